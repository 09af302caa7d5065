// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "frameview.h"

#include <QImage>

namespace stampdesk::scan {

/// A QImage seen as a FrameView: its own pixels where the decoder reads the
/// format as it is (Grayscale8, RGB32, RGB888, BGR888, RGBX8888), else one
/// conversion that this object keeps: an image with alpha is laid on white
/// (a QR code saved with a transparent background), any other format becomes
/// Grayscale8. Keeps the image alive as long as the view.
class ImageFrame
{
public:
    explicit ImageFrame(const QImage &image);

    /// Invalid for a null image.
    const FrameView &view() const { return m_view; }
    /// Whether the pixels had to be converted (a copy was made).
    bool converted() const { return m_converted; }

private:
    QImage m_image;
    FrameView m_view;
    bool m_converted = false;
};

} // namespace stampdesk::scan

// SPDX-License-Identifier: Apache-2.0
#pragma once

// The module Stampdesk.Scan: `import Stampdesk.Scan`, then
//   VideoScanner { videoSink: output.videoSink; onScanned: (result) => ... }
//   CameraSource { videoSink: output.videoSink; active: true }
//   FileSource { file: "/path/card.png"; videoSink: output.videoSink; active: true }
//   FramePicture { id: picture } (software renderer), then picture.videoSink
// The classes live in the scan library, which knows nothing of QML.

#include "scan/barcodegun.h"
#include "scan/camerasource.h"
#include "scan/filesource.h"
#include "scan/framesource.h"
#include "scan/scanresult.h"
#include "scan/videoscanner.h"

#include <QObject>
#include <QQmlEngine>

namespace stampdesk::scan::qml {

struct VideoScannerType
{
    Q_GADGET
    QML_FOREIGN(stampdesk::scan::VideoScanner)
    QML_NAMED_ELEMENT(VideoScanner)
};

struct FrameSourceType
{
    Q_GADGET
    QML_FOREIGN(stampdesk::scan::FrameSource)
    QML_NAMED_ELEMENT(FrameSource)
    QML_UNCREATABLE("FrameSource is the common type of CameraSource and FileSource.")
};

struct CameraSourceType
{
    Q_GADGET
    QML_FOREIGN(stampdesk::scan::CameraSource)
    QML_NAMED_ELEMENT(CameraSource)
};

struct FileSourceType
{
    Q_GADGET
    QML_FOREIGN(stampdesk::scan::FileSource)
    QML_NAMED_ELEMENT(FileSource)
};

struct BarcodeGunType
{
    Q_GADGET
    QML_FOREIGN(stampdesk::scan::BarcodeGun)
    QML_NAMED_ELEMENT(BarcodeGun)
    QML_UNCREATABLE("The application makes the one BarcodeGun, an event filter on itself.")
};

struct ScanResultType
{
    Q_GADGET
    QML_FOREIGN(stampdesk::scan::ScanResult)
    QML_VALUE_TYPE(scanResult)
};

} // namespace stampdesk::scan::qml

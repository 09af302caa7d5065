// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/keys.h"
#include "decoder.h"
#include "framelayout.h"
#include "scanresult.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QVideoFrame>
#include <QVideoSink>

#include <functional>

namespace stampdesk::scan {

/// What the worker made of one frame.
struct FrameOutcome
{
    QList<Decoded> codes;
    FrameAccess access = FrameAccess::Unreadable;
    qint64 nanoseconds = 0; ///< map, decode and unmap
};

/// Reads one frame as the scanner's worker does: maps it, builds the view
/// (in place where the format allows), decodes, unmaps. Also the
/// benchmark's "scanner path".
FrameOutcome scanFrame(const QVideoFrame &frame, const DecodeOptions &options);

/// Reads codes from the frames of a QVideoSink (a VideoOutput's, fed by a
/// camera or a video file), as a QML element: `VideoScanner { videoSink:
/// output.videoSink }` (module Stampdesk.Scan).
///
/// The sink delivers its frames on the GUI thread (GStreamer backend), so
/// this object only keeps the frame (implicitly shared: no pixel copy) and
/// hands it to its worker thread, which maps it, decodes the luminance in
/// place and posts the codes back. A frame that arrives while the worker is
/// busy is dropped and counted, never queued: a queue would only make the
/// scanner fall behind the camera. The same text read again within
/// repeatWindow is reported once; every new code becomes one `scanned`
/// signal with the payload parsed and checked against the keyring.
class VideoScanner : public QObject
{
    Q_OBJECT
    Q_PROPERTY(
        QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged FINAL)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged FINAL)
    Q_PROPERTY(Symbologies symbologies READ symbologies WRITE setSymbologies NOTIFY
                   symbologiesChanged FINAL)
    Q_PROPERTY(
        int repeatWindow READ repeatWindow WRITE setRepeatWindow NOTIFY repeatWindowChanged FINAL)
    Q_PROPERTY(qreal framesPerSecond READ framesPerSecond NOTIFY statisticsChanged FINAL)
    Q_PROPERTY(qreal decodeMilliseconds READ decodeMilliseconds NOTIFY statisticsChanged FINAL)
    Q_PROPERTY(int decodedFrames READ decodedFrames NOTIFY statisticsChanged FINAL)
    Q_PROPERTY(int droppedFrames READ droppedFrames NOTIFY statisticsChanged FINAL)
    Q_PROPERTY(int convertedFrames READ convertedFrames NOTIFY statisticsChanged FINAL)
    Q_PROPERTY(int unreadableFrames READ unreadableFrames NOTIFY statisticsChanged FINAL)

public:
    /// The decoder's Symbology, for QML: `symbologies: VideoScanner.QRCode`.
    enum Symbology {
        QRCode = int(scan::Symbology::QRCode),
        Code128 = int(scan::Symbology::Code128),
        EAN13 = int(scan::Symbology::EAN13),
        PDF417 = int(scan::Symbology::PDF417),
        Aztec = int(scan::Symbology::Aztec),
        DataMatrix = int(scan::Symbology::DataMatrix),
    };
    Q_DECLARE_FLAGS(Symbologies, Symbology)
    Q_FLAG(Symbologies)

    /// How long the same text is reported once, by default.
    static constexpr int defaultRepeatWindow = 1500;

    explicit VideoScanner(QObject *parent = nullptr);
    /// Waits for a decode in progress, so that nothing outlives this object.
    ~VideoScanner() override;

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);

    /// Off: frames are ignored (not counted as dropped). On by default.
    bool isActive() const { return m_active; }
    void setActive(bool active);

    /// All of the decoder's by default.
    Symbologies symbologies() const { return m_symbologies; }
    void setSymbologies(Symbologies symbologies);

    /// Milliseconds during which the same text is reported once: from the
    /// last frame that showed it, so a card held in front of the camera is
    /// one scan however long it stays. 0 reports every read.
    int repeatWindow() const { return m_repeatWindow; }
    void setRepeatWindow(int milliseconds);

    /// The public keys that payloads are checked against (the store's).
    void setKeyring(Keyring keyring) { m_keyring = std::move(keyring); }

    /// Frames the worker finished per second, over the last second of work.
    qreal framesPerSecond() const { return m_framesPerSecond; }
    /// The median time of the last decodes (map, decode, unmap), in ms.
    qreal decodeMilliseconds() const { return m_decodeMilliseconds; }
    int decodedFrames() const { return m_decodedFrames; }
    int droppedFrames() const { return m_droppedFrames; }
    /// Frames whose format had to go through QVideoFrame::toImage().
    int convertedFrames() const { return m_convertedFrames; }
    /// Frames that gave nothing to read: a camera whose format Qt cannot
    /// convert would show here, and nowhere else.
    int unreadableFrames() const { return m_unreadableFrames; }

    /// For tests: runs on the worker thread before each decode (e.g. to hold
    /// the worker busy while more frames arrive). Set it before frames come.
    void setWorkerHook(std::function<void()> hook) { m_workerHook = std::move(hook); }
    /// For tests: the clock of the repeat window, in ms (default: a
    /// monotonic timer).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    /// A new code was read and checked. The one signal of the scanner.
    void scanned(const stampdesk::scan::ScanResult &result);
    void videoSinkChanged();
    void activeChanged();
    void symbologiesChanged();
    void repeatWindowChanged();
    void statisticsChanged();

private:
    void takeFrame(const QVideoFrame &frame);
    void finish(const FrameOutcome &outcome);
    void report(const Decoded &code);
    void countStatistics(const FrameOutcome &outcome);

    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_sinkConnection;
    bool m_active = true;
    Symbologies m_symbologies;
    int m_repeatWindow = defaultRepeatWindow;
    Keyring m_keyring;

    // The worker: a thread and an object living in it, the context of the
    // decode calls posted to it. m_busy is touched on the GUI thread only.
    QThread m_thread;
    QObject *m_workerContext = nullptr;
    bool m_busy = false;
    std::function<void()> m_workerHook;

    // The repeat window: the last text reported and when it was last seen.
    std::function<qint64()> m_clock;
    QElapsedTimer m_monotonic;
    QString m_lastText;
    qint64 m_lastSeen = 0;

    QList<qint64> m_finishedAt; ///< ns, the last second's
    QList<qint64> m_decodeNanoseconds; ///< the last few, for the median
    qreal m_framesPerSecond = 0;
    qreal m_decodeMilliseconds = 0;
    int m_decodedFrames = 0;
    int m_droppedFrames = 0;
    int m_convertedFrames = 0;
    int m_unreadableFrames = 0;
};

} // namespace stampdesk::scan

Q_DECLARE_OPERATORS_FOR_FLAGS(stampdesk::scan::VideoScanner::Symbologies)

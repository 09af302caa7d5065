// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QVideoSink>

namespace stampdesk::scan {

/// Where the scanner's frames come from: something that feeds a video sink
/// (a VideoOutput's) and says, in words for the cashier, whether it works.
/// The camera and the virtual camera (a file) are its two kinds; both go
/// through the same sink and the same VideoScanner.
///
/// A source counts as Active once frames reach the sink, not when its
/// backend says it started: with GStreamer a camera that another program
/// holds starts without error and then gives no picture.
class FrameSource : public QObject
{
    Q_OBJECT
    Q_PROPERTY(
        QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged FINAL)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged FINAL)
    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    Q_PROPERTY(QString stateText READ stateText NOTIFY stateChanged FINAL)
    Q_PROPERTY(QString name READ name NOTIFY stateChanged FINAL)

public:
    enum class State {
        Off, ///< not asked to run
        NoCamera, ///< none connected, or not the one asked for
        Starting, ///< asked to run, no picture yet
        Active, ///< frames are coming
        Busy, ///< starts but gives no picture: most likely in use by another program
        Denied, ///< connected, but this user may not open it
        Failed, ///< an error; see stateText
    };
    Q_ENUM(State)

    /// How long a started source may take for its first frame.
    static constexpr int defaultFirstFrameTimeout = 8000;

    explicit FrameSource(QObject *parent = nullptr);
    ~FrameSource() override;

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    bool isActive() const { return m_active; }
    void setActive(bool active);

    State state() const { return m_state; }
    /// The state in the current language, with what to do about it.
    QString stateText() const;
    /// The camera's description or the file's name; empty if none.
    QString name() const { return m_name; }

    /// Call after the UI language changed: stateText is made anew.
    void retranslate() { Q_EMIT stateChanged(); }
    void setFirstFrameTimeout(int milliseconds) { m_firstFrameTimer.setInterval(milliseconds); }

Q_SIGNALS:
    void videoSinkChanged();
    void activeChanged();
    void stateChanged();

protected:
    /// Starts feeding videoSink() (not null); reports through setState().
    /// The sink may be destroyed while the source runs: restart() stops it
    /// first.
    virtual void start() = 0;
    virtual void stop() = 0;
    /// What the subclass knows about a failure, for stateText.
    void setState(State state, const QString &detail = {});
    void setName(const QString &name);
    QString detail() const { return m_detail; }
    /// Stops a running source; subclasses call it in their destructors,
    /// while what stop() needs still exists.
    void halt();
    /// The subclass's text for a state, or empty for the common one.
    virtual QString describe(State state) const;

    /// Stops and starts again, if active (another camera chosen, one
    /// plugged in).
    void restart();

private:
    void frameArrived();

    QPointer<QVideoSink> m_sink;
    bool m_active = false;
    bool m_running = false;
    State m_state = State::Off;
    QString m_detail;
    QString m_name;
    QTimer m_firstFrameTimer;
};

} // namespace stampdesk::scan

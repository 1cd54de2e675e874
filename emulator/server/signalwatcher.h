#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM/SIGINT into a Qt signal: the handler only write()s the signal number to a socket pair
// (async-signal-safe); a QSocketNotifier reads it on the event loop.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool install();

signals:
    void terminationRequested(int signalNumber);

private:
    static void handler(int signalNumber);
    void onActivated();

    QSocketNotifier *m_notifier = nullptr;
};

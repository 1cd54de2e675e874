#pragma once

#include <QObject>

class QSocketNotifier;

namespace lasctl {

// Turns SIGINT/SIGTERM into a Qt signal (self-pipe), so an interrupted upload can cancel its requests and
// report every file instead of dying mid-line. A second signal ends the process at once.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace lasctl

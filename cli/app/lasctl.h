#pragma once

#include "args/commandline.h"
#include "commands/commandspec.h"
#include "commands/commandtable.h"
#include "output/jsonprinter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

namespace las {
class Client;
class Error;
class PageWalker;
class Reply;
} // namespace las

namespace lasctl {

class DocumentUploadQueue;

// One run of lasctl: parse the command line, resolve credentials, run the command's API call(s) on the
// event loop and say how it ended with done(exitCode). Never blocks and never nests event loops: the
// caller runs QCoreApplication::exec() once and quits on done().
class LasCtl : public QObject
{
    Q_OBJECT
public:
    explicit LasCtl(const QStringList &arguments, QObject *parent = nullptr);
    ~LasCtl() override;

    // Everything that needs no network: parsing, help, credentials, argument conversion. Returns the exit
    // code when the run is already over (help, usage or credentials error), nullopt when start() has work.
    std::optional<int> prepare();
    // Starts the work (call from the event loop); done() follows, exactly once.
    void start();
    // SIGINT/SIGTERM: cancel what is in flight and end with ExitCodes::Cancelled.
    void interrupt();

Q_SIGNALS:
    void done(int exitCode);

private:
    void runSingle();
    void runAllPages();
    void runUpload();
    void onResult(las::Reply *reply);
    void onError(const las::Error &error);
    void finish(int exitCode);

    QStringList m_arguments;
    CommandTable m_table;
    CommandLine::Result m_parsed;
    JsonPrinter m_printer;
    std::unique_ptr<las::Client> m_client;
    std::optional<Call> m_call;
    std::optional<UploadPlan> m_upload;
    QPointer<las::Reply> m_reply;
    QPointer<las::PageWalker> m_walker;
    QPointer<DocumentUploadQueue> m_queue;
    QJsonObject m_firstPage;
    QJsonArray m_items;
    bool m_interrupted = false;
    bool m_done = false;
};

} // namespace lasctl

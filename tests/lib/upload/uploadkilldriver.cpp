// Test driver for tst_uploadfaults: uploads every file of a folder with las::UploadEngine and its journal,
// resuming whatever an earlier (killed) run left. Credentials from LAS_* variables.
// Usage: uploadkilldriver JOURNAL FOLDER. Exit 0 when every row is finished and none failed.

#include "api/client.h"
#include "auth/credentialsfile.h"
#include "core/retrypolicy.h"
#include "core/transport.h"
#include "upload/uploadengine.h"
#include "upload/uploadjournal.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    const std::optional<las::Credentials> credentials = las::CredentialsFile::fromEnvironment();
    if (!credentials)
        return 2;
    las::Client client(*credentials);
    las::RetryPolicy policy;
    policy.baseDelayMs = 5;
    policy.maxDelayMs = 50;
    client.transport()->setRetryPolicy(policy);
    las::UploadJournal journal;
    if (!journal.open(args.at(1))) {
        QTextStream(stderr) << journal.error() << '\n';
        return 2;
    }
    las::UploadEngine engine(&client, &journal);
    engine.setConcurrency(4);
    engine.start();
    if (engine.items().isEmpty()) // first run: one drop of the whole folder (one transaction)
        engine.addPaths({args.at(2)});
    int retries = 0;
    QObject::connect(&engine, &las::UploadEngine::idle, &app, [&] {
        if (engine.isPaused() && retries++ < 5) {
            engine.resume();
            return;
        }
        if (engine.totals().failed > 0 && retries++ < 5) {
            engine.retryFailed();
            return;
        }
        app.exit(engine.totals().failed == 0 && engine.totals().done > 0 ? 0 : 1);
    });
    return app.exec();
}

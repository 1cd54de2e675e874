#include "app/lasctl.h"

#include "api/client.h"
#include "api/pagewalker.h"
#include "app/credentialsresolver.h"
#include "commands/commandsupport.h"
#include "core/transport.h"
#include "output/errorformatter.h"
#include "output/exitcodes.h"
#include "upload/documentuploadqueue.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLasCtl, "lasctl", QtWarningMsg)

namespace lasctl {

LasCtl::LasCtl(const QStringList &arguments, QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_table(CommandTable::standard())
{}

LasCtl::~LasCtl() = default;

std::optional<int> LasCtl::prepare()
{
    m_parsed = CommandLine::parse(m_arguments, m_table);
    const Invocation &inv = m_parsed.invocation;
    m_printer = JsonPrinter(inv.isSet(u"compact"_s));

    switch (m_parsed.action) {
    case CommandLine::Action::Error:
        m_printer.error(m_parsed.error);
        return ExitCodes::Usage;
    case CommandLine::Action::Help:
        if (m_parsed.spec)
            m_printer.text(CommandTable::commandHelp(*m_parsed.spec));
        else if (!inv.resource.isEmpty())
            m_printer.text(m_table.resourceHelp(inv.resource));
        else
            m_printer.text(m_table.helpText());
        return ExitCodes::Success;
    case CommandLine::Action::Version:
        m_printer.text(u"lasctl %1\n"_s.arg(QCoreApplication::applicationVersion()));
        return ExitCodes::Success;
    case CommandLine::Action::Run:
        break;
    }

    if (inv.isSet(u"verbose"_s)) {
        // The library's categories redact Authorization, x-api-key, client_secret and tokens.
        QLoggingCategory::setFilterRules(u"las.*.debug=true\nlasctl.debug=true"_s);
    }

    QString error;
    const std::optional<int> timeout = inv.intValue(u"timeout"_s, 1, 3600, 0, &error);
    if (!timeout) {
        m_printer.error(error);
        return ExitCodes::Usage;
    }
    const CommandSpec &spec = *m_parsed.spec;
    if (spec.isList()) {
        las::PaginationOptions probe;
        if (!CommandSupport::pagination(inv, {}, &probe, &error)) {
            m_printer.error(error);
            return ExitCodes::Usage;
        }
    }

    const auto credentials = CredentialsResolver::resolve(inv, &error);
    if (!credentials) {
        m_printer.error(error);
        return ExitCodes::Credentials;
    }
    qCDebug(lcLasCtl).noquote() << tr("credentials from %1; API %2; auth %3")
                                       .arg(credentials->source, credentials->credentials.apiEndpoint,
                                            credentials->credentials.authEndpoint);

    m_client = std::make_unique<las::Client>(credentials->credentials);
    if (*timeout > 0)
        m_client->transport()->setDefaultTimeout(*timeout * 1000);

    if (spec.prepareUpload)
        m_upload = spec.prepareUpload(*m_client, inv, &error);
    else
        m_call = spec.prepare(*m_client, inv, &error);
    if (!m_upload && !m_call) {
        m_printer.error(error);
        return ExitCodes::Usage;
    }
    return std::nullopt;
}

void LasCtl::start()
{
    if (m_upload)
        runUpload();
    else if (m_parsed.spec->isList() && m_parsed.invocation.isSet(u"all"_s))
        runAllPages();
    else
        runSingle();
}

void LasCtl::runSingle()
{
    las::Reply *reply = (*m_call)(QString());
    m_reply = reply;
    connect(reply, &las::Reply::succeeded, this, [this, reply] { onResult(reply); });
    connect(reply, &las::Reply::failed, this, &LasCtl::onError);
}

void LasCtl::onResult(las::Reply *reply)
{
    QJsonValue result = reply->json();
    if (m_parsed.spec->present) {
        QString error;
        const std::optional<QJsonValue> shown = m_parsed.spec->present(result, m_parsed.invocation, &error);
        if (!shown) {
            m_printer.error(error);
            finish(ExitCodes::Failure);
            return;
        }
        result = *shown;
    }
    m_printer.print(result);
    finish(ExitCodes::Success);
}

void LasCtl::onError(const las::Error &error)
{
    if (m_interrupted) {
        finish(ExitCodes::Cancelled);
        return;
    }
    m_printer.error(ErrorFormatter::toText(error));
    finish(ExitCodes::forError(error));
}

void LasCtl::runAllPages()
{
    auto *walker = new las::PageWalker(*m_call, this);
    m_walker = walker;
    const QString key = m_parsed.spec->listKey;
    connect(walker, &las::PageWalker::page, this, [this, key](las::Reply *reply) {
        const QJsonObject page = reply->json().toObject();
        if (m_firstPage.isEmpty())
            m_firstPage = page;
        for (const QJsonValue item : page.value(key).toArray())
            m_items.append(item);
        qCDebug(lcLasCtl).noquote() << tr("page %1: %n item(s)", nullptr,
                                          int(page.value(key).toArray().size()))
                                           .arg(m_walker ? m_walker->pagesFetched() : 0);
    });
    connect(walker, &las::PageWalker::succeeded, this, [this, key] {
        if (m_interrupted) {
            finish(ExitCodes::Cancelled);
            return;
        }
        // The first page's shape (echoed filters, IDs) with every page's items and no further page.
        QJsonObject merged = m_firstPage;
        merged.insert(key, m_items);
        merged.insert(u"nextToken"_s, QJsonValue::Null);
        m_printer.print(merged);
        finish(ExitCodes::Success);
    });
    connect(walker, &las::PageWalker::failed, this, &LasCtl::onError);
    walker->start();
}

void LasCtl::runUpload()
{
    auto *queue = new DocumentUploadQueue(
        m_client.get(), {m_upload->concurrency, m_upload->options, m_upload->journalPath}, this);
    m_queue = queue;
    connect(queue, &DocumentUploadQueue::fileFinished, this,
            [this](const DocumentUploadQueue::Result &result) {
                m_printer.printLine(result.toJson());
                if (!result.ok())
                    m_printer.error(tr("%1: %2").arg(result.file, ErrorFormatter::toText(result.error)));
            });
    connect(queue, &DocumentUploadQueue::finished, this, [this, queue] {
        const int total = int(queue->results().size());
        const int failed = queue->failedCount();
        if (failed > 0)
            m_printer.error(tr("%1 of %n file(s) failed", nullptr, total).arg(failed));
        qCDebug(lcLasCtl).noquote() << tr("%n file(s) uploaded", nullptr, total - failed);
        finish(m_interrupted ? int(ExitCodes::Cancelled) : queue->exitCode());
    });
    queue->start(m_parsed.invocation.positionals);
}

void LasCtl::interrupt()
{
    if (m_done)
        return;
    m_interrupted = true;
    m_printer.error(tr("interrupted: cancelling"));
    if (m_queue)
        m_queue->cancel(); // reports the files not done, then finished()
    else if (m_walker)
        m_walker->stop();
    else if (m_reply)
        m_reply->cancel();
    else
        finish(ExitCodes::Cancelled);
}

void LasCtl::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT done(exitCode);
}

} // namespace lasctl

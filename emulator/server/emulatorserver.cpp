#include "server/emulatorserver.h"

#include "api/assetsapi.h"
#include "api/batchesapi.h"
#include "api/documentsapi.h"
#include "api/ids.h"
#include "api/logsapi.h"
#include "api/modelsapi.h"
#include "api/predictionsapi.h"
#include "api/secretsapi.h"
#include "api/transitionsapi.h"
#include "api/usersapi.h"
#include "api/workflowsapi.h"
#include "engine/predictor.h"
#include "engine/workflowengine.h"
#include "seed/demoseeder.h"
#include "server/httpserver.h"
#include "server/tokenissuer.h"
#include "store/database.h"
#include "store/documentstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace {

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

struct QuotaTarget
{
    const char16_t *name;
    const char16_t *operation;
    const char16_t *kind;
};

constexpr QuotaTarget QuotaTargets[] = {
    {u"documents", u"POST /documents", u"document"},
    {u"predictions", u"POST /predictions", u"prediction"},
    {u"workflowExecutions", u"POST /workflows/{workflowId}/executions", u"workflow-execution"},
    {u"workflows", u"POST /workflows", u"workflow"},
    {u"transitions", u"POST /transitions", u"transition"},
    {u"secrets", u"POST /secrets", u"secret"},
    {u"assets", u"POST /assets", u"asset"},
    {u"batches", u"POST /batches", u"batch"},
    {u"users", u"POST /users", u"user"},
};

bool isQuotaName(const QString &name)
{
    for (const QuotaTarget &target : QuotaTargets) {
        if (name == QStringView(target.name))
            return true;
    }
    return false;
}

} // namespace

EmulatorServer::EmulatorServer(EmulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_quotas(m_options.quotas)
{}

EmulatorServer::~EmulatorServer()
{
    stop();
}

bool EmulatorServer::start(QString *error)
{
#ifdef __GLIBC__
    // A document post allocates and frees a few buffers of megabytes (body, parsed JSON, the content as
    // UTF-16, the decoded bytes). With glibc's defaults each one is a fresh mmap or heap growth that is
    // trimmed again on free, so every request paid for faulting in zeroed pages (a quarter of its CPU
    // time). Keep freed memory in the heap for reuse instead: RSS stays near its high-water mark.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
    for (auto it = m_quotas.begin(); it != m_quotas.end(); ++it) {
        if (!isQuotaName(it.key())) {
            *error = u"Unknown quota %1"_s.arg(it.key());
            return false;
        }
    }
    if (m_options.dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/las-emulator-XXXXXX"_s);
        if (!m_tempDir->isValid()) {
            *error = u"Cannot create a temporary data directory: %1"_s.arg(m_tempDir->errorString());
            return false;
        }
        m_dataDir = m_tempDir->path();
    } else {
        m_dataDir = QDir(m_options.dataDir).absolutePath();
        if (!QDir().mkpath(m_dataDir)) {
            *error = u"Cannot create the data directory %1"_s.arg(m_dataDir);
            return false;
        }
    }
    if (!secureDataDir(error))
        return false;
    m_db = std::make_unique<Database>();
    if (!m_db->open(m_dataDir + u"/emulator.sqlite"_s, error))
        return false;
    if (!loadCredentials(error))
        return false;
    m_documents = std::make_unique<DocumentStore>(m_db.get(), m_dataDir);
    m_predictor = std::make_unique<Predictor>(m_db.get(), m_documents.get());
    m_engine = new WorkflowEngine(m_db.get(), m_documents.get(), m_predictor.get(),
                                  m_options.claimTimeoutSeconds, this);

    ApiContext context;
    context.db = m_db.get();
    context.documents = m_documents.get();
    context.predictor = m_predictor.get();
    context.engine = m_engine;
    auto install = [this](auto api) {
        api->registerRoutes(m_router);
        m_apis.push_back(api);
    };
    install(std::make_shared<AssetsApi>(context));
    install(std::make_shared<BatchesApi>(context));
    install(std::make_shared<DocumentsApi>(context));
    install(std::make_shared<LogsApi>(context));
    install(std::make_shared<ModelsApi>());
    install(std::make_shared<PredictionsApi>(context));
    install(std::make_shared<SecretsApi>(context));
    install(std::make_shared<TransitionsApi>(context));
    install(std::make_shared<UsersApi>(context));
    install(std::make_shared<WorkflowsApi>(context));
    m_router.setStrictResponses(m_options.strictResponses);
    const QStringList missing = m_router.missingHandlers();
    if (!missing.isEmpty()) {
        *error = u"Operations without a handler: %1"_s.arg(missing.join(u", "_s));
        return false;
    }

    if (!DemoSeeder(context).seed(m_options.demoDocuments, error))
        return false;
    m_engine->resume();

    m_adminToken = randomToken(32).toLatin1();
    HttpServer::Hooks hooks;
    hooks.onHeaders = [this](const HttpRequest &request) { return onHeaders(request); };
    hooks.onRequest = [this](HttpRequest &&request) { return onRequest(std::move(request)); };
    HttpServer::Limits limits;
    limits.maxBodyBytes = DocumentsApi::MaxContentChars + 1024 * 1024;
    limits.idleTimeoutSeconds = unsigned(m_options.idleTimeoutSeconds);
    m_http = new HttpServer(limits, hooks, this);
    if (!m_http->listen(m_options.bind, m_options.port, error))
        return false;

    // DNS rebinding: a web page can make the browser send requests to 127.0.0.1 under its own host name,
    // so only the names of this address and port are answered.
    const QByteArray port = ':' + QByteArray::number(m_http->port());
    m_allowedHosts = {"127.0.0.1" + port, "localhost" + port, "[::1]" + port};
    if (!m_options.bind.isLoopback() && m_options.bind != QHostAddress::Any &&
        m_options.bind != QHostAddress::AnyIPv4 && m_options.bind != QHostAddress::AnyIPv6) {
        const QByteArray host = m_options.bind.toString().toLatin1().toLower();
        m_allowedHosts.insert(
            (m_options.bind.protocol() == QAbstractSocket::IPv6Protocol ? '[' + host + ']' : host) + port);
    }
    if (m_http->port() == 80) {
        const QSet<QByteArray> withPort = m_allowedHosts;
        for (const QByteArray &host : withPort)
            m_allowedHosts.insert(host.chopped(port.size()));
    }
    return true;
}

bool EmulatorServer::secureDataDir(QString *error) const
{
    // The data directory holds the client secret and every document: owner only, whatever the umask was
    // when it was made. Fix what an older version or another tool left readable.
    constexpr QFile::Permissions DirMode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    constexpr QFile::Permissions FileMode = QFile::ReadOwner | QFile::WriteOwner;
    if (!QFile::setPermissions(m_dataDir, DirMode)) {
        *error = u"Cannot make the data directory %1 private (mode 0700)"_s.arg(m_dataDir);
        return false;
    }
    QDirIterator it(m_dataDir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry(it.next());
        if (entry.isSymLink())
            continue;
        const QFile::Permissions wanted = entry.isDir() ? DirMode : FileMode;
        if (entry.permissions() != wanted && !QFile::setPermissions(entry.filePath(), wanted)) {
            *error = u"Cannot make %1 private"_s.arg(entry.filePath());
            return false;
        }
    }
    return true;
}

void EmulatorServer::stop()
{
    if (m_http)
        m_http->close();
    if (m_db)
        m_db->close();
}

bool EmulatorServer::loadCredentials(QString *error)
{
    auto remembered = [this](const QString &key, const std::optional<QString> &given, int bytes) {
        if (given)
            return *given;
        QString value = m_db->setting(key);
        if (value.isEmpty()) {
            value = randomToken(bytes);
            m_db->setSetting(key, value);
        }
        return value;
    };
    const QString clientId = remembered(u"clientId"_s, m_options.clientId, 18);
    const QString clientSecret = remembered(u"clientSecret"_s, m_options.clientSecret, 30);
    m_apiKey = remembered(u"apiKey"_s, m_options.apiKey, 24);
    if (clientId.isEmpty() || clientSecret.isEmpty()) {
        *error = u"client id and secret must not be empty"_s;
        return false;
    }
    m_tokens = std::make_unique<TokenIssuer>(clientId, clientSecret, m_options.tokenLifetimeSeconds);
    m_callerId =
        u"las:app-client:"_s +
        QString::fromLatin1(QCryptographicHash::hash(clientId.toUtf8(), QCryptographicHash::Md5).toHex());
    return true;
}

QJsonObject EmulatorServer::startLine() const
{
    QString host = m_options.bind.toString();
    if (m_options.bind == QHostAddress::Any || m_options.bind == QHostAddress::AnyIPv4)
        host = u"127.0.0.1"_s;
    else if (m_options.bind.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    const QString root = u"http://%1:%2"_s.arg(host).arg(m_http ? m_http->port() : 0);
    return QJsonObject{{u"event"_s, u"listening"_s},
                       {u"baseUrl"_s, QString(root + m_options.basePath)},
                       {u"authEndpoint"_s, root},
                       {u"tokenUrl"_s, QString(root + u"/oauth2/token"_s)},
                       {u"adminUrl"_s, QString(root + u"/_emulator"_s)},
                       {u"adminToken"_s, QString::fromLatin1(m_adminToken)},
                       {u"clientId"_s, m_tokens->clientId()},
                       {u"clientSecret"_s, m_tokens->clientSecret()},
                       {u"apiKey"_s, m_apiKey},
                       {u"dataDir"_s, m_dataDir}};
}

EmulatorServer::Classified EmulatorServer::classify(const HttpRequest &request) const
{
    Classified result;
    const QString method = QString::fromLatin1(request.method);
    const QString &path = request.path;
    if (path == u"/_emulator"_s || path.startsWith(u"/_emulator/"_s)) {
        result.area = Area::Admin;
    } else if (path == u"/oauth2/token"_s || path == u"/token"_s) {
        result.area = Area::Token;
        result.methodPath = method + u' ' + path;
    } else {
        const QString base = m_options.basePath == u"/"_s ? QString() : m_options.basePath;
        if (base.isEmpty() || path == base || path.startsWith(base + u'/')) {
            result.area = Area::Api;
            result.apiPath = path.mid(base.size());
            if (result.apiPath.isEmpty())
                result.apiPath = u"/"_s;
            if (result.apiPath.size() > 1 && result.apiPath.endsWith(u'/'))
                result.apiPath.chop(1);
            result.methodPath = method + u' ' + result.apiPath;
        } else {
            result.methodPath = method + u' ' + path;
        }
    }
    return result;
}

std::optional<HttpResponse> EmulatorServer::checkHost(const HttpRequest &request) const
{
    if (!request.headers.contains("host"))
        return HttpResponse::error(400, u"Missing Host header"_s);
    if (!m_allowedHosts.contains(request.header("host").toLower()))
        return HttpResponse::error(421, u"This server answers only for its own address and port"_s);
    return std::nullopt;
}

std::optional<HttpResponse> EmulatorServer::checkAdminAccess(const HttpRequest &request) const
{
    if (!request.peer.isLoopback())
        return HttpResponse::error(403, u"The admin endpoints answer loopback clients only"_s);
    const QByteArray token = request.header(AdminTokenHeader);
    if (token.isEmpty())
        return HttpResponse::error(401, u"The admin endpoints need the adminToken of the start line in "
                                        u"the X-Emulator-Admin-Token header"_s);
    // Compare without an early exit, so the time taken says nothing about how much of the token matched.
    unsigned char difference = token.size() == m_adminToken.size() ? 0 : 1;
    if (difference == 0) {
        for (qsizetype i = 0; i < token.size(); ++i)
            difference |= static_cast<unsigned char>(token[i] ^ m_adminToken[i]);
    }
    if (difference != 0)
        return HttpResponse::error(403, u"Wrong admin token"_s);
    // Only JSON bodies: a page's form post (text/plain, form-urlencoded) is never taken as a command.
    if (request.method != "GET" && request.method != "HEAD") {
        const QByteArray mediaType = request.header("content-type").split(';').first().trimmed().toLower();
        if (mediaType != "application/json")
            return HttpResponse::error(415, u"The admin endpoints accept application/json bodies only"_s);
    }
    return std::nullopt;
}

HttpServer::HeaderVerdict EmulatorServer::onHeaders(const HttpRequest &request)
{
    using Action = HttpServer::HeaderVerdict::Action;
    if (std::optional<HttpResponse> refusal = checkHost(request))
        return {Action::Reject, std::move(*refusal)};
    const Classified c = classify(request);
    if (c.area == Area::Admin) {
        if (std::optional<HttpResponse> refusal = checkAdminAccess(request))
            return {Action::Reject, std::move(*refusal)};
        return {};
    }
    if (c.area == Area::Token)
        ++m_tokenRequests;
    ++m_requestCounts[c.methodPath];
    if (c.area != Area::Other && m_faults.takeDropBeforeBody(c.methodPath, c.area == Area::Api))
        return {Action::Drop, {}};
    return {};
}

HttpServer::Outcome EmulatorServer::onRequest(HttpRequest &&request)
{
    const Classified c = classify(request);
    if (c.area == Area::Admin)
        return {handleAdmin(request, request.path), false, 0};
    if (c.area == Area::Other)
        return {HttpResponse::error(404, u"Not found: %1"_s.arg(request.path)), false, 0};
    const FaultInjector::Decision decision = m_faults.decide(c.methodPath, c.area == Area::Api);
    HttpResponse response;
    if (decision.kind != FaultInjector::Decision::Kind::Answer) {
        response = HttpResponse::error(decision.status, decision.message);
        if (!decision.retryAfter.isEmpty())
            response.addHeader("Retry-After", decision.retryAfter);
    } else if (c.area == Area::Token) {
        response = m_tokens->handleTokenRequest(request);
    } else {
        response = handleApi(request, c.apiPath);
        if (response.status == 200 && c.methodPath == u"POST /documents"_s)
            ++m_documentsCreated;
    }
    static const bool accessLog = qEnvironmentVariableIsSet("LAS_EMULATOR_ACCESS_LOG");
    if (accessLog) {
        // Debugging aid: one line per answered request on stderr. Never a header (Authorization,
        // x-api-key) nor the query or body of a request (client secret); the token endpoint's answers
        // carry the access token, so their bodies are left out too.
        const QByteArray shown = c.area == Area::Token ? QByteArray("[redacted]") : response.body.left(300);
        std::fprintf(stderr, "las-emulator: %s -> %d %s\n", qPrintable(c.methodPath), response.status,
                     shown.constData());
        std::fflush(stderr);
    }
    // A stalled or slow answer is written later from a timer; the event loop keeps serving others.
    return {std::move(response), decision.dropAfterBody, decision.delayMs};
}

HttpResponse EmulatorServer::handleApi(const HttpRequest &request, const QString &apiPath)
{
    // The contract's OPTIONS operations are the hosted gateway's CORS preflight. Answered without any
    // Access-Control-* header: a web page in the reviewer's browser must not read the emulator's answers.
    if (request.method == "OPTIONS")
        return HttpResponse::json(200, QJsonObject{});
    // The gateway checks the API key first (403), then the bearer token (401).
    if (!m_apiKey.isEmpty() && request.header("x-api-key") != m_apiKey.toUtf8())
        return HttpResponse::error(403, u"Forbidden"_s);
    const QByteArray authorization = request.header("authorization");
    if (!authorization.toLower().startsWith("bearer ") || !m_tokens->isValid(authorization.mid(7).trimmed()))
        return HttpResponse::error(401, u"Unauthorized"_s);

    const QString operation = m_router.operationKey(QString::fromLatin1(request.method), apiPath);
    const QString kind = quotaKind(operation);
    if (!kind.isEmpty()) {
        for (const QuotaTarget &target : QuotaTargets) {
            if (QStringView(target.kind) == kind) {
                const auto limit = m_quotas.constFind(QString::fromUtf16(target.name));
                if (limit != m_quotas.constEnd() && m_db->count(kind) >= limit.value())
                    return HttpResponse::error(429, u"Limit Exceeded"_s);
            }
        }
    }
    return m_router.route(request, apiPath, m_callerId);
}

QString EmulatorServer::quotaKind(const QString &operationKey) const
{
    for (const QuotaTarget &target : QuotaTargets) {
        if (operationKey == QStringView(target.operation))
            return QString::fromUtf16(target.kind);
    }
    return {};
}

HttpResponse EmulatorServer::handleAdmin(const HttpRequest &request, const QString &path)
{
    const QString action = path.mid(QStringLiteral("/_emulator").size());
    const bool post = request.method == "POST";
    QJsonObject body;
    if (post && !request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (!document.isObject())
            return HttpResponse::error(400, u"Body must be a JSON object"_s);
        body = document.object();
    }
    if (action == u"/faults"_s && post) {
        QString error;
        if (!m_faults.configure(body, &error))
            return HttpResponse::error(400, error);
        return HttpResponse::noContent();
    }
    if (action == u"/faults/reset"_s && post) {
        m_faults.reset();
        return HttpResponse::noContent();
    }
    if (action == u"/tokens/expire"_s && post) {
        m_tokens->expireAll();
        return HttpResponse::noContent();
    }
    if (action == u"/stats"_s && request.method == "GET") {
        QJsonObject requests;
        for (auto it = m_requestCounts.begin(); it != m_requestCounts.end(); ++it)
            requests.insert(it.key(), it.value());
        return HttpResponse::json(200, QJsonObject{{u"tokenRequests"_s, m_tokenRequests},
                                                   {u"requests"_s, requests},
                                                   {u"documentsCreated"_s, m_documentsCreated}});
    }
    if (action == u"/stats/reset"_s && post) {
        m_requestCounts.clear();
        m_tokenRequests = 0;
        m_documentsCreated = 0;
        return HttpResponse::noContent();
    }
    if (action == u"/settings"_s && post) {
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() != u"tokenLifetimeSeconds"_s && it.key() != u"quotas"_s)
                return HttpResponse::error(400, u"Unknown setting %1"_s.arg(it.key()));
        }
        if (body.contains(u"tokenLifetimeSeconds"_s)) {
            const int seconds = body.value(u"tokenLifetimeSeconds"_s).toInt(-1);
            if (seconds < 1)
                return HttpResponse::error(400, u"tokenLifetimeSeconds must be a positive integer"_s);
            m_tokens->setLifetimeSeconds(seconds);
        }
        if (body.contains(u"quotas"_s)) {
            const QJsonObject quotas = body.value(u"quotas"_s).toObject();
            QHash<QString, int> next = m_quotas;
            for (auto it = quotas.begin(); it != quotas.end(); ++it) {
                if (!isQuotaName(it.key()))
                    return HttpResponse::error(400, u"Unknown quota %1"_s.arg(it.key()));
                if (it.value().isNull()) {
                    next.remove(it.key());
                    continue;
                }
                const int limit = it.value().toInt(-1);
                if (limit < 0)
                    return HttpResponse::error(400,
                                               u"Quota %1 must be an integer >= 0 or null"_s.arg(it.key()));
                next.insert(it.key(), limit);
            }
            m_quotas = next;
        }
        return HttpResponse::noContent();
    }
    return HttpResponse::error(
        404, u"Unknown admin endpoint %1 %2"_s.arg(QString::fromLatin1(request.method), path));
}

#pragma once

#include "api/apicontext.h"
#include "api/apirouter.h"
#include "server/emulatoroptions.h"
#include "server/faultinjector.h"
#include "server/httpserver.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

class Database;
class DocumentStore;
class Predictor;
class QTemporaryDir;
class TokenIssuer;
class WorkflowEngine;

// The whole emulator: the HTTP front (admin endpoints, token endpoint, auth, quotas, fault injection,
// request statistics) in front of the contract router and its resource handlers.
class EmulatorServer : public QObject
{
    Q_OBJECT
public:
    explicit EmulatorServer(EmulatorOptions options, QObject *parent = nullptr);
    ~EmulatorServer() override;

    bool start(QString *error); // opens the store, seeds the demo, listens
    void stop();
    QJsonObject startLine() const;

    // The header that carries the admin token on /_emulator requests.
    static constexpr const char *AdminTokenHeader = "x-emulator-admin-token";

private:
    enum class Area { Admin, Token, Api, Other };
    struct Classified
    {
        Area area = Area::Other;
        QString apiPath;    // for Api: the path without the base path
        QString methodPath; // "METHOD /path" for stats and fault patterns
    };

    Classified classify(const HttpRequest &request) const;
    HttpServer::HeaderVerdict onHeaders(const HttpRequest &request);
    HttpServer::Outcome onRequest(HttpRequest &&request);
    std::optional<HttpResponse> checkHost(const HttpRequest &request) const;
    std::optional<HttpResponse> checkAdminAccess(const HttpRequest &request) const;
    bool secureDataDir(QString *error) const;
    HttpResponse handleAdmin(const HttpRequest &request, const QString &path);
    HttpResponse handleApi(const HttpRequest &request, const QString &apiPath);
    bool loadCredentials(QString *error);
    QString quotaKind(const QString &operationKey) const;

    EmulatorOptions m_options;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentStore> m_documents;
    std::unique_ptr<Predictor> m_predictor;
    WorkflowEngine *m_engine = nullptr;
    std::unique_ptr<TokenIssuer> m_tokens;
    ApiRouter m_router;
    std::vector<std::shared_ptr<void>> m_apis;
    FaultInjector m_faults;
    HttpServer *m_http = nullptr;
    QString m_apiKey;
    QByteArray m_adminToken;
    QSet<QByteArray> m_allowedHosts; // lower-case "host:port" values of the Host header we answer
    QString m_callerId;
    QHash<QString, int> m_quotas;
    QHash<QString, int> m_requestCounts;
    int m_tokenRequests = 0;
    int m_documentsCreated = 0;
};

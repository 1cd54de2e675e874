#pragma once

#include "api/apicontext.h"
#include "api/apirouter.h"
#include "server/emulatoroptions.h"
#include "server/faultinjector.h"
#include "server/httpconnection.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <memory>
#include <vector>

class Database;
class DocumentStore;
class HttpServer;
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

private:
    enum class Area { Admin, Token, Api, Other };
    struct Classified
    {
        Area area = Area::Other;
        QString apiPath;    // for Api: the path without the base path
        QString methodPath; // "METHOD /path" for stats and fault patterns
    };

    Classified classify(const HttpRequest &request) const;
    HttpConnection::HeaderVerdict onHeaders(const HttpRequest &request);
    void onRequest(HttpConnection *connection, HttpRequest &&request);
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
    QString m_callerId;
    QHash<QString, int> m_quotas;
    QHash<QString, int> m_requestCounts;
    int m_tokenRequests = 0;
    int m_documentsCreated = 0;
};

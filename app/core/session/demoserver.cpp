#include "core/session/demoserver.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

std::optional<DemoServer> DemoServer::fromStartLine(const QByteArray &line, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject()) {
        *error = u"not a JSON object: "_s + parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (o.value(u"event"_s).toString() != "listening"_L1) {
        *error = u"expected the \"listening\" event"_s;
        return std::nullopt;
    }
    DemoServer server;
    server.baseUrl = o.value(u"baseUrl"_s).toString();
    server.authEndpoint = o.value(u"authEndpoint"_s).toString();
    server.clientId = o.value(u"clientId"_s).toString();
    server.clientSecret = o.value(u"clientSecret"_s).toString();
    server.apiKey = o.value(u"apiKey"_s).toString();
    server.dataDir = o.value(u"dataDir"_s).toString();
    server.adminToken = o.value(u"adminToken"_s).toString();
    if (server.authEndpoint.isEmpty()) {
        // Derive it from the token URL when only that is given.
        const QUrl token(o.value(u"tokenUrl"_s).toString());
        if (token.isValid() && !token.host().isEmpty())
            server.authEndpoint = token.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
    }
    if (server.baseUrl.isEmpty() || server.authEndpoint.isEmpty() || server.clientId.isEmpty() ||
        server.clientSecret.isEmpty()) {
        *error = u"the start-up line lacks baseUrl, authEndpoint, clientId or clientSecret"_s;
        return std::nullopt;
    }
    return server;
}

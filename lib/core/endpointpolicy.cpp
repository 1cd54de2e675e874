#include "core/endpointpolicy.h"

#include <QHostAddress>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace las {

bool EndpointPolicy::isLoopbackHost(const QString &host)
{
    // Only names that never reach a resolver's upstream: "localhost" itself and loopback IP literals.
    // "*.localhost" is not enough (RFC 6761 asks resolvers to keep it local, but not all do), and plain http
    // carries the client secret.
    QString h = host.toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h == u"localhost"_s || h == u"localhost."_s)
        return true;
    for (const QChar c : std::as_const(h)) {
        // An IP literal has hex digits, dots and colons only (QHostAddress would also accept whitespace).
        if (!c.isDigit() && !(c >= u'a' && c <= u'f') && c != u'.' && c != u':')
            return false;
    }
    QHostAddress address;
    if (h.isEmpty() || !address.setAddress(h))
        return false;
    if (address.isLoopback())
        return true;
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok); // IPv4-mapped IPv6 (::ffff:127.0.0.1)
    return ok && (v4 >> 24) == 127;
}

std::optional<Error> EndpointPolicy::check(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error::invalidInput(u"endpoint"_s, u"Not a valid URL: %1"_s.arg(url.toString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return std::nullopt;
    if (scheme == u"http"_s) {
        if (isLoopbackHost(url.host()))
            return std::nullopt;
        return Error(Error::Kind::Insecure,
                     u"Refusing plain http:// to %1: only loopback hosts may use http"_s.arg(url.host()));
    }
    return Error(Error::Kind::Insecure, u"Unsupported URL scheme '%1'"_s.arg(url.scheme()));
}

QUrl EndpointPolicy::tokenUrl(const Credentials &credentials)
{
    QString endpoint = credentials.authEndpoint.trimmed();
    if (!endpoint.contains(u"://"_s))
        endpoint = u"https://"_s + endpoint;
    QUrl url(endpoint, QUrl::StrictMode);
    if (!url.isValid())
        return url;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    QString tokenPath = credentials.tokenPath.isEmpty() ? u"/oauth2/token"_s : credentials.tokenPath;
    if (!tokenPath.startsWith(u'/'))
        tokenPath.prepend(u'/');
    url.setPath(path + tokenPath);
    QUrlQuery query;
    query.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    url.setQuery(query);
    return url;
}

QUrl EndpointPolicy::apiUrl(const QString &apiEndpoint, const QString &path,
                            const QList<std::pair<QString, QString>> &query)
{
    QString base = apiEndpoint.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    QString p = path;
    if (!p.isEmpty() && !p.startsWith(u'/'))
        p.prepend(u'/');
    // Paths are appended verbatim (IDs carry colons); percent-encode only what a path may not hold.
    QUrl url(base + QString::fromLatin1(QUrl::toPercentEncoding(p, "/:@!$&'()*+,;=-._~")), QUrl::StrictMode);
    if (!query.isEmpty()) {
        // Form encoding of values: ':' → %3A, space → '+', '+' → %2B (api-notes.md, Pagination and queries).
        QByteArray q;
        for (const auto &[key, value] : query) {
            if (!q.isEmpty())
                q += '&';
            q += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value, " ").replace(' ', '+');
        }
        url.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
    }
    return url;
}

QString EndpointPolicy::origin(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == u"https"_s ? 443 : 80);
    return scheme + u"://"_s + url.host().toLower() + u':' + QString::number(port);
}

} // namespace las

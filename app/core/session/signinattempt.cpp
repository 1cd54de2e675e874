#include "core/session/signinattempt.h"

#include "api/client.h"
#include "auth/tokenprovider.h"
#include "core/endpointpolicy.h"
#include "core/transport.h"

#include <QTimer>

SignInAttempt::SignInAttempt(const las::Credentials &credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
{}

SignInAttempt::~SignInAttempt() = default;

void SignInAttempt::start()
{
    const QUrl tokenUrl = las::EndpointPolicy::tokenUrl(m_credentials);
    const QUrl apiUrl = las::EndpointPolicy::apiUrl(m_credentials.apiEndpoint, {});
    for (const QUrl &url : {tokenUrl, apiUrl}) {
        if (const std::optional<las::Error> refused = las::EndpointPolicy::check(url)) {
            const QString shown = url.adjusted(QUrl::RemoveQuery).toDisplayString();
            const SignInProblem problem = refused->kind() == las::Error::Kind::Insecure
                                              ? SignInProblem::plainHttpRefused(shown)
                                              : SignInProblem::fromError(*refused, shown);
            // Asynchronously, as promised.
            QTimer::singleShot(0, this, [this, problem] { fail(problem); });
            return;
        }
    }
    m_client = new las::Client(m_credentials, this);
    m_client->transport()->setDefaultTimeout(m_timeoutMs);
    las::TokenProvider *tokens = m_client->transport()->tokenProvider();
    tokens->setRequestTimeout(m_timeoutMs);
    const QString authShown = tokenUrl.adjusted(QUrl::RemoveQuery).toDisplayString();
    tokens->requestToken(this, [this, authShown](const las::AccessToken &, const las::Error &error) {
        if (error.isError()) {
            fail(SignInProblem::fromError(error, authShown));
            return;
        }
        callApi();
    });
}

void SignInAttempt::callApi()
{
    las::ListDocumentsOptions options;
    options.maxResults = 1;
    auto *reply = m_client->listDocuments(options);
    const QString apiShown = m_credentials.apiEndpoint;
    connect(reply, &las::Reply::succeeded, this, [this] { Q_EMIT succeeded(); });
    connect(reply, &las::Reply::failed, this,
            [this, apiShown](const las::Error &error) { fail(SignInProblem::fromError(error, apiShown)); });
}

las::Client *SignInAttempt::takeClient()
{
    las::Client *client = m_client.data();
    if (client) {
        client->setParent(nullptr);
        m_client = nullptr;
    }
    return client;
}

void SignInAttempt::fail(const SignInProblem &problem)
{
    Q_EMIT failed(problem);
}

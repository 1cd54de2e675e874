#include "core/fields/groundtruthsaver.h"

#include "api/client.h"

namespace {

bool groundTruthSaverOutcomeUnknown(const las::Error &error)
{
    switch (error.kind()) {
    case las::Error::Kind::Network:
    case las::Error::Kind::Timeout:
    case las::Error::Kind::Server:
    case las::Error::Kind::RateLimited:
        return true;
    default:
        return false;
    }
}

} // namespace

GroundTruthSaver::GroundTruthSaver(QObject *parent)
    : QObject(parent)
{}

void GroundTruthSaver::setClient(las::Client *client)
{
    if (client != m_client)
        cancel();
    m_client = client;
}

void GroundTruthSaver::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void GroundTruthSaver::save(const QString &documentId, std::optional<qint64> baseUpdated,
                            const QList<las::GroundTruth> &base, const QList<las::GroundTruth> &mine)
{
    ++m_generation;
    m_documentId = documentId;
    m_baseUpdated = baseUpdated;
    m_base = base;
    m_mine = mine;
    m_resends = 0;
    check();
}

void GroundTruthSaver::resolve(const QList<las::GroundTruth> &merged)
{
    if (m_state != State::Conflict)
        return;
    ++m_generation;
    m_base = m_theirs.groundTruth.value_or(QList<las::GroundTruth>{});
    m_baseUpdated = m_theirs.updated;
    m_mine = merged;
    m_resends = 0;
    check(); // the document may have changed again while the reviewer chose
}

void GroundTruthSaver::cancel()
{
    ++m_generation;
    setState(State::Idle);
}

void GroundTruthSaver::check()
{
    if (!m_client) {
        fail(las::Error(las::Error::Kind::Network, QStringLiteral("not connected")), false);
        return;
    }
    setState(State::Checking);
    const quint64 generation = m_generation;
    auto *reply = m_client->getDocument(m_documentId);
    connect(reply, &las::Reply::succeeded, this, [this, reply, generation] {
        if (generation == m_generation)
            onChecked(reply->result());
    });
    connect(reply, &las::Reply::failed, this, [this, generation](const las::Error &error) {
        if (generation == m_generation)
            fail(error, false);
    });
}

void GroundTruthSaver::onChecked(const las::LasDocument &current)
{
    const QList<las::GroundTruth> theirs = current.groundTruth.value_or(QList<las::GroundTruth>{});
    if (theirs == m_mine) {
        // Already there (someone made the same change, or an earlier save did land).
        setState(State::Idle);
        Q_EMIT saved(current);
        return;
    }
    // `updated` also moves when a prediction runs; only a changed ground truth is a conflict.
    const bool changed = current.updated != m_baseUpdated && theirs != m_base;
    if (changed) {
        m_theirs = current;
        setState(State::Conflict);
        Q_EMIT conflict(FieldConflict::compare(m_base, m_mine, theirs), current);
        return;
    }
    send();
}

void GroundTruthSaver::send()
{
    setState(State::Sending);
    Q_EMIT sending(m_mine);
    const quint64 generation = m_generation;
    auto *reply = m_client->updateDocument(m_documentId, las::UpdateDocumentOptions{m_mine});
    connect(reply, &las::Reply::succeeded, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        const las::LasDocument document = reply->result();
        setState(State::Idle);
        Q_EMIT saved(document);
    });
    connect(reply, &las::Reply::failed, this, [this, generation](const las::Error &error) {
        if (generation != m_generation)
            return;
        if (groundTruthSaverOutcomeUnknown(error))
            verify();
        else
            fail(error, false);
    });
}

void GroundTruthSaver::verify()
{
    setState(State::Verifying);
    const quint64 generation = m_generation;
    auto *reply = m_client->getDocument(m_documentId);
    connect(reply, &las::Reply::succeeded, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        const las::LasDocument current = reply->result();
        const QList<las::GroundTruth> theirs = current.groundTruth.value_or(QList<las::GroundTruth>{});
        if (theirs == m_mine) {
            setState(State::Idle);
            Q_EMIT saved(current);
        } else if (theirs == m_base && m_resends < 1) {
            ++m_resends; // it did not land: send once more
            send();
        } else if (theirs == m_base) {
            fail(las::Error(las::Error::Kind::Network, QStringLiteral("save did not arrive")), false);
        } else {
            m_theirs = current;
            setState(State::Conflict);
            Q_EMIT conflict(FieldConflict::compare(m_base, m_mine, theirs), current);
        }
    });
    connect(reply, &las::Reply::failed, this, [this, generation](const las::Error &error) {
        if (generation == m_generation)
            fail(error, true);
    });
}

void GroundTruthSaver::fail(const las::Error &error, bool outcomeUnknown)
{
    setState(State::Idle);
    QString message = describe(error);
    if (outcomeUnknown)
        message = tr("It is not known whether the save reached the server (%1). Your edits are kept; save "
                     "again to check and finish.")
                      .arg(message);
    Q_EMIT failed(message, outcomeUnknown);
}

QString GroundTruthSaver::describe(const las::Error &error)
{
    switch (error.kind()) {
    case las::Error::Kind::Network:
        return tr("The server cannot be reached. Your edits are kept as a draft; save again when the "
                  "connection is back.");
    case las::Error::Kind::Timeout:
        return tr("The server did not answer in time. Your edits are kept as a draft; try again.");
    case las::Error::Kind::InvalidInput:
    case las::Error::Kind::BadRequest:
        return tr("The service refused the ground truth: %1").arg(error.message());
    case las::Error::Kind::NotFound:
        return tr("The document no longer exists on the server.");
    case las::Error::Kind::Auth:
    case las::Error::Kind::Forbidden:
        return tr("The server refused the credentials. Sign in again; your edits are kept as a draft.");
    case las::Error::Kind::RateLimited:
        return tr("The server is busy. Your edits are kept as a draft; try again in a moment.");
    case las::Error::Kind::QuotaExceeded:
        return tr("The account's quota is used up.");
    case las::Error::Kind::Server:
        return tr("The server had a problem (%1). Your edits are kept as a draft; try again.")
            .arg(error.httpStatus());
    default:
        return tr("The save failed: %1").arg(error.message());
    }
}

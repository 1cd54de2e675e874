#pragma once

#include "core/fields/fieldconflict.h"

#include "core/error.h"
#include "types/lasdocument.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <optional>

namespace las {
class Client;
}

// Saves a document's ground truth without ever overwriting someone else's change silently:
//   1. fetch the document again and compare its `updated` (and ground truth) with the ones the edit
//      started from; if someone else changed the ground truth meanwhile → conflict(), the reviewer picks
//      per field and resolve() goes on from the server's version;
//   2. PATCH the ground truth (updateDocument);
//   3. when the outcome is unknown (network dropped, timeout, 5xx after the retries), fetch again: our
//      ground truth there → saved; still the old one → send once more; anything else → conflict().
// saved() comes only when the server holds exactly the reviewer's ground truth.
class GroundTruthSaver : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Checking, Conflict, Sending, Verifying };
    Q_ENUM(State)

    explicit GroundTruthSaver(QObject *parent = nullptr);

    void setClient(las::Client *client);
    State state() const { return m_state; }
    bool isBusy() const { return m_state != State::Idle; }

    void save(const QString &documentId, std::optional<qint64> baseUpdated,
              const QList<las::GroundTruth> &base, const QList<las::GroundTruth> &mine);
    // After conflict(): the merged ground truth to send; the server's version becomes the base.
    void resolve(const QList<las::GroundTruth> &merged);
    // Gives up (the draft stays).
    void cancel();

    // A message for the reviewer about a failed save.
    static QString describe(const las::Error &error);

Q_SIGNALS:
    void stateChanged(GroundTruthSaver::State state);
    // Right before the PATCH is sent: from here on the outcome may be unknown until saved()/failed().
    void sending(const QList<las::GroundTruth> &groundTruth);
    void saved(const las::LasDocument &document);
    void conflict(const QList<FieldConflict::Row> &rows, const las::LasDocument &theirs);
    // `outcomeUnknown`: the server may have the new ground truth; the draft must stay marked as sent.
    void failed(const QString &message, bool outcomeUnknown);

private:
    void setState(State state);
    void check();
    void onChecked(const las::LasDocument &current);
    void send();
    void verify();
    void fail(const las::Error &error, bool outcomeUnknown);

    QPointer<las::Client> m_client;
    State m_state = State::Idle;
    quint64 m_generation = 0; // answers of a cancelled save are ignored
    QString m_documentId;
    std::optional<qint64> m_baseUpdated;
    QList<las::GroundTruth> m_base;
    QList<las::GroundTruth> m_mine;
    las::LasDocument m_theirs;
    int m_resends = 0;
};

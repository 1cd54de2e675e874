#pragma once

#include "api/client.h"
#include "emulatorcredentials.h"
#include "emulatorprocess.h"

#include <QRandomGenerator>
#include <QSignalSpy>

#include <memory>
#include <optional>

// Shared set-up of the wire tests: a (possibly shared, spec-proxied) las-emulator and a Client for it, and
// bounded waits for replies. Test code only.
class WireFixture
{
public:
    bool start(QString *error)
    {
        if (!m_emulator.start({}, error))
            return false;
        const las::Credentials c = emulatorCredentials(m_emulator);
        m_client = std::make_unique<las::Client>(c);
        return true;
    }

    las::Client *client() const { return m_client.get(); }
    EmulatorProcess &emulator() { return m_emulator; }

    // Waits (bounded) for a typed reply and deletes it; the result on success, otherwise nullopt and *error.
    template<typename T>
    static std::optional<T> wait(las::ResultReply<T> *reply, las::Error *error = nullptr)
    {
        reply->setAutoDelete(false);
        std::unique_ptr<las::ResultReply<T>> owner(reply);
        const las::Error e = waitFinished(reply);
        if (error)
            *error = e;
        if (e.isError()) {
            if (!error)
                qWarning("reply failed: %s", qPrintable(e.toString()));
            return std::nullopt;
        }
        return reply->result();
    }

    // Waits (bounded) for any reply and deletes it; its error (Kind::None on success) and, optionally, its
    // JSON.
    static las::Error waitRaw(las::Reply *reply, QJsonValue *json = nullptr)
    {
        reply->setAutoDelete(false);
        std::unique_ptr<las::Reply> owner(reply);
        const las::Error e = waitFinished(reply);
        if (json)
            *json = reply->json();
        return e;
    }

    static las::Error waitFinished(las::Reply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &las::Reply::finished);
            if (!spy.wait(60000))
                return las::Error(las::Error::Kind::Timeout,
                                  QStringLiteral("test: reply did not finish in 60 s"));
        }
        return reply->error();
    }

    static QString randomHex32()
    {
        QString s;
        for (int i = 0; i < 32; ++i)
            s += QChar(u"0123456789abcdef"[QRandomGenerator::global()->bounded(16)]);
        return s;
    }

    static QString samplePath(const QString &name)
    {
        return QStringLiteral(LAS_SAMPLES_DIR "/invoices/") + name;
    }

private:
    EmulatorProcess m_emulator{EmulatorProcess::Mode::SharedIfSet};
    std::unique_ptr<las::Client> m_client;
};

#pragma once

#include <QJsonObject>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// A real las-emulator for a test: spawned on port 0 with a fresh data dir, or (for wire tests run under
// spec-proxy) the shared emulator named by LAS_TEST_EMULATOR_JSON, reached through LAS_SPEC_PROXY_URL.
//
// The emulator prints one JSON line when listening:
// {"event":"listening","baseUrl":"http://127.0.0.1:P/v1","authEndpoint":"http://127.0.0.1:P",
//  "tokenUrl":"http://127.0.0.1:P/oauth2/token","adminUrl":"http://127.0.0.1:P/_emulator",
//  "adminToken":"…","clientId":"…","clientSecret":"…","apiKey":"…","dataDir":"…"}
// Admin requests must carry adminToken in the X-Emulator-Admin-Token header: use adminRequest().
class EmulatorProcess
{
public:
    enum class Mode {
        Own,         // always spawn a private emulator (fault-injection tests)
        SharedIfSet, // use the shared, spec-proxied emulator when the environment names one
    };

    explicit EmulatorProcess(Mode mode = Mode::Own);
    ~EmulatorProcess();

    // Starts (or attaches). extraArgs go to las-emulator (e.g. {"--demo","3"}); ignored when attached.
    // Waits (bounded, 30 s) for the JSON line. Returns false and sets *error on failure.
    bool start(const QStringList &extraArgs = {}, QString *error = nullptr);
    // An environment variable for the next start() (on top of this process's environment).
    void setEnvironmentVariable(const QString &name, const QString &value) { m_extraEnv.insert(name, value); }
    void stop(); // SIGTERM, wait for a clean exit
    bool isAttached() const { return m_attached; }
    bool isProxied() const; // API traffic goes through spec-proxy

    QUrl apiUrl() const;          // base URL incl. /v1, the proxy's when proxied
    QUrl directApiUrl() const;    // the emulator's own base URL
    QString authEndpoint() const; // "http://127.0.0.1:P"
    QUrl adminUrl() const;        // ".../_emulator"
    QString adminToken() const;
    QByteArray hostHeader() const; // "127.0.0.1:P": the Host value the emulator answers (raw-socket tests)
    // A request to adminUrl() + action with the admin token and a JSON content type set.
    QNetworkRequest adminRequest(const QString &action) const;
    static constexpr const char *AdminTokenHeader = "X-Emulator-Admin-Token";
    QString clientId() const;
    QString clientSecret() const;
    QString apiKey() const;
    QString dataDir() const;
    QJsonObject info() const { return m_info; }
    QProcess *process() const { return m_process.get(); }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    // The emulator's resident memory (VmRSS) and its peak (VmHWM) in kB from /proc; -1 if unknown.
    qint64 residentKb() const { return procStatusKb("VmRSS:"); }
    qint64 peakResidentKb() const { return procStatusKb("VmHWM:"); }

private:
    qint64 procStatusKb(const QByteArray &field) const;

    Mode m_mode;
    bool m_attached = false;
    QJsonObject m_info;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    QProcessEnvironment m_extraEnv;
};

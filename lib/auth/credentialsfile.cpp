#include "auth/credentialsfile.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace las {

namespace {

QString &overridePath()
{
    static QString path;
    return path;
}

// Python configparser semantics, as the official SDK reads the file with ConfigParser():
// sections "[name]" (case-sensitive), options "key = value" or "key: value" (keys lower-cased, both sides
// stripped), full-line comments starting with '#' or ';', indented lines continue the previous value, and
// [DEFAULT] supplies values to every section. Inline comments are not stripped (configparser's default).
struct IniFile
{
    QStringList sections; // file order, without DEFAULT
    QHash<QString, QHash<QString, QString>> values;
    QHash<QString, QString> defaults;
    QString error;

    bool parse(const QByteArray &bytes)
    {
        QString text = QString::fromUtf8(bytes);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        const QStringList lines = text.split(u'\n');
        QString current;
        bool inSection = false;
        QString lastKey;
        static const QRegularExpression sectionRe(u"^\\[(.+)\\]\\s*$"_s);
        int lineNo = 0;
        for (QString line : lines) {
            ++lineNo;
            if (line.endsWith(u'\r'))
                line.chop(1);
            const QString stripped = line.trimmed();
            if (stripped.isEmpty()) {
                lastKey.clear(); // configparser keeps empty lines inside values only when followed by indent;
                continue;        // the SDK's keys are single-line, so an empty line ends a value here.
            }
            if (stripped.startsWith(u'#') || stripped.startsWith(u';'))
                continue;
            const bool indented = line.at(0).isSpace();
            if (indented && !lastKey.isEmpty()) {
                QString &value =
                    inSection && current != u"DEFAULT"_s ? values[current][lastKey] : defaults[lastKey];
                value += u'\n' + stripped;
                continue;
            }
            if (const auto m = sectionRe.match(stripped); m.hasMatch()) {
                current = m.captured(1);
                inSection = true;
                lastKey.clear();
                if (current != u"DEFAULT"_s && !sections.contains(current)) {
                    sections.append(current);
                    values.insert(current, {});
                }
                continue;
            }
            if (!inSection) {
                error = u"line %1: an option before any [section]"_s.arg(lineNo);
                return false;
            }
            const qsizetype eq = stripped.indexOf(u'=');
            const qsizetype colon = stripped.indexOf(u':');
            qsizetype sep = eq;
            if (sep < 0 || (colon >= 0 && colon < sep))
                sep = colon;
            QString key;
            QString value;
            if (sep < 0) {
                key = stripped; // a key without a value (allow_no_value is off in the SDK: treat as empty)
            } else {
                key = stripped.left(sep).trimmed();
                value = stripped.mid(sep + 1).trimmed();
            }
            key = key.toLower();
            if (key.isEmpty()) {
                error = u"line %1: an option without a name"_s.arg(lineNo);
                return false;
            }
            if (current == u"DEFAULT"_s)
                defaults.insert(key, value);
            else
                values[current].insert(key, value);
            lastKey = key;
        }
        return true;
    }

    std::optional<QString> get(const QString &section, const QString &key) const
    {
        const auto s = values.constFind(section);
        if (s != values.cend()) {
            const auto v = s->constFind(key);
            if (v != s->cend())
                return *v;
        }
        const auto d = defaults.constFind(key);
        if (d != defaults.cend())
            return *d;
        return std::nullopt;
    }
};

bool readIni(IniFile &ini, QString *error)
{
    const QString path = CredentialsFile::path();
    QFile file(path);
    if (!file.exists()) {
        if (error)
            *error = u"No credentials file at %1"_s.arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"Cannot read %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // A credentials file is tiny; refuse something that is obviously not one.
    if (file.size() > 1024LL * 1024) {
        if (error)
            *error = u"%1 is too large to be a credentials file"_s.arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!ini.parse(file.readAll())) {
        if (error)
            *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), ini.error);
        return false;
    }
    return true;
}

} // namespace

QString CredentialsFile::path()
{
    if (!overridePath().isEmpty())
        return overridePath();
    return QDir::homePath() + u"/.lucidtech/credentials.cfg"_s;
}

void CredentialsFile::setPath(const QString &path)
{
    overridePath() = path;
}

std::optional<Credentials> CredentialsFile::fromEnvironment()
{
    const QString clientId = qEnvironmentVariable("LAS_CLIENT_ID");
    const QString clientSecret = qEnvironmentVariable("LAS_CLIENT_SECRET");
    const QString apiKey = qEnvironmentVariable("LAS_API_KEY");
    const QString authEndpoint = qEnvironmentVariable("LAS_AUTH_ENDPOINT");
    const QString apiEndpoint = qEnvironmentVariable("LAS_API_ENDPOINT");
    // As the SDK's guess_credentials(): the environment counts only when every variable is set.
    if (clientId.isEmpty() || clientSecret.isEmpty() || apiKey.isEmpty() || authEndpoint.isEmpty() ||
        apiEndpoint.isEmpty())
        return std::nullopt;
    Credentials c;
    c.clientId = clientId;
    c.clientSecret = clientSecret;
    c.apiKey = apiKey;
    c.authEndpoint = authEndpoint;
    c.apiEndpoint = apiEndpoint;
    return c;
}

std::optional<CredentialsFile::Profile> CredentialsFile::loadProfile(const QString &profile, QString *error)
{
    IniFile ini;
    if (!readIni(ini, error))
        return std::nullopt;
    if (!ini.sections.contains(profile)) {
        if (error) {
            *error = u"No profile '%1' in %2"_s.arg(profile, QDir::toNativeSeparators(path()));
            if (!ini.sections.isEmpty())
                *error += u" (profiles: %1)"_s.arg(ini.sections.join(u", "_s));
        }
        return std::nullopt;
    }
    Profile p;
    const QStringList required{u"client_id"_s, u"client_secret"_s, u"auth_endpoint"_s, u"api_endpoint"_s};
    for (const QString &key : required) {
        const auto value = ini.get(profile, key);
        if (!value || value->isEmpty()) {
            if (error)
                *error =
                    u"Profile '%1' in %2 has no %3"_s.arg(profile, QDir::toNativeSeparators(path()), key);
            return std::nullopt;
        }
    }
    p.credentials.clientId = *ini.get(profile, u"client_id"_s);
    p.credentials.clientSecret = *ini.get(profile, u"client_secret"_s);
    p.credentials.authEndpoint = *ini.get(profile, u"auth_endpoint"_s);
    p.credentials.apiEndpoint = *ini.get(profile, u"api_endpoint"_s);
    // The API stopped requiring the key (Sept 2021) and later SDKs made it optional.
    p.credentials.apiKey = ini.get(profile, u"api_key"_s).value_or(QString());
    return p;
}

std::optional<Credentials> CredentialsFile::load(const QString &profile, QString *error)
{
    // As the SDK's guess_credentials(profile): a named profile comes from the file only; the default one
    // from the environment when all LAS_* variables are set, else from the file's [default] section.
    const QString name = profile.isEmpty() ? u"default"_s : profile;
    if (name == u"default"_s) {
        if (auto env = fromEnvironment())
            return env;
    }
    if (auto p = loadProfile(name, error))
        return p->credentials;
    return std::nullopt;
}

QStringList CredentialsFile::profiles()
{
    IniFile ini;
    if (!readIni(ini, nullptr))
        return {};
    return ini.sections;
}

} // namespace las

#pragma once

#include <QJsonValue>
#include <QString>

#include <cstdio>

namespace lasctl {

// Writes results as JSON to stdout (pretty by default, one line each with compact) and human-readable
// messages to stderr. Flushes after every write so line-oriented consumers see results as they happen.
class JsonPrinter
{
public:
    explicit JsonPrinter(bool compact = false, std::FILE *out = stdout, std::FILE *err = stderr);

    bool isCompact() const { return m_compact; }
    // A result: indented unless compact. Scalars (a 204's null) print as JSON scalars.
    void print(const QJsonValue &value) const;
    // Always one line (streamed per-file results), whatever the compact setting.
    void printLine(const QJsonValue &value) const;
    // "lasctl: <message>" on stderr.
    void error(const QString &message) const;
    // Text as is on stdout (help).
    void text(const QString &text) const;

    static QByteArray serialize(const QJsonValue &value, bool compact);

private:
    bool m_compact;
    std::FILE *m_out;
    std::FILE *m_err;
};

} // namespace lasctl

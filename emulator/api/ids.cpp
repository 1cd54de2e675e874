#include "api/ids.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <chrono>

using namespace Qt::StringLiterals;

QString Ids::hex32()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString out;
    for (quint32 w : words)
        out += u"%1"_s.arg(qulonglong(w), 8, 16, QChar(u'0'));
    return out;
}

QString Ids::newId(const QString &prefix)
{
    return prefix + hex32();
}

QString Ids::timestamp()
{
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const qint64 micros = std::chrono::duration_cast<std::chrono::microseconds>(now).count();
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC);
    return time.toString(u"yyyy-MM-dd HH:mm:ss"_s) +
           u".%1"_s.arg(qlonglong(micros % 1000000), 6, 10, QChar(u'0'));
}

qint64 Ids::epochMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool Ids::isId(const QString &value, const QString &prefix)
{
    static const QRegularExpression hex(u"^[a-f0-9]{32}$"_s);
    return value.startsWith(prefix) && hex.match(QStringView(value).mid(prefix.size())).hasMatch();
}

#include "types/timestamp.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace las {

QDateTime Timestamp::parse(const QString &text)
{
    // The spec's pattern: ^[0-9]{4}-?[0-9]{2}-?[0-9]{2} ?[0-9]{2}:?[0-9]{2}:?[0-9]{2}.?[0-9]{6}, extended
    // with ISO 8601's 'T', any fraction length and a Z / ±hh:mm suffix.
    static const QRegularExpression re(
        uR"(^(\d{4})-?(\d{2})-?(\d{2})[ T]?(\d{2}):?(\d{2}):?(\d{2})(?:[.,]?(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$)"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int msec = 0;
    if (const QString frac = m.captured(7); !frac.isEmpty())
        msec = QString(frac + u"00"_s).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSeconds = 0;
    if (const QString zone = m.captured(8); !zone.isEmpty() && zone != u"Z"_s) {
        const QString digits = zone.mid(1).remove(u':');
        offsetSeconds = (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60) *
                        (zone.startsWith(u'-') ? -1 : 1);
    }
    const QDateTime dt(date, time, Qt::OffsetFromUTC, offsetSeconds);
    return dt.toUTC();
}

QString Timestamp::format(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u'.' +
           QString::number(utc.time().msec() * 1000).rightJustified(6, u'0');
}

} // namespace las

#include "core/retryafter.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;

namespace las {

namespace {

int monthFromName(QStringView name)
{
    static const char *const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

QDateTime makeUtc(int year, int month, int day, int h, int m, int s)
{
    const QDate date(year, month, day);
    const QTime time(h, m, s);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

QDateTime RetryAfter::parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).trimmed();
    // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    static const QRegularExpression imf(
        u"^[A-Za-z]{3}, (\\d{1,2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"_s);
    // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
    static const QRegularExpression rfc850(
        u"^[A-Za-z]+, (\\d{1,2})-([A-Za-z]{3})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"_s);
    // asctime: Sun Nov  6 08:49:37 1994
    static const QRegularExpression asctime(
        u"^[A-Za-z]{3} ([A-Za-z]{3}) +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"_s);

    if (const auto m = imf.match(text); m.hasMatch()) {
        return makeUtc(m.captured(3).toInt(), monthFromName(m.capturedView(2)), m.captured(1).toInt(),
                       m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    }
    if (const auto m = rfc850.match(text); m.hasMatch()) {
        int year = m.captured(3).toInt();
        // Two-digit years: RFC 9110 says interpret as the most recent past year with those digits; 1970-2069
        // is the usual approximation.
        year += year < 70 ? 2000 : 1900;
        return makeUtc(year, monthFromName(m.capturedView(2)), m.captured(1).toInt(), m.captured(4).toInt(),
                       m.captured(5).toInt(), m.captured(6).toInt());
    }
    if (const auto m = asctime.match(text); m.hasMatch()) {
        return makeUtc(m.captured(6).toInt(), monthFromName(m.capturedView(1)), m.captured(2).toInt(),
                       m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5).toInt());
    }
    return {};
}

std::optional<int> RetryAfter::parseSeconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool allDigits = true;
    for (char c : trimmed) {
        if (c < '0' || c > '9') {
            allDigits = false;
            break;
        }
    }
    if (allDigits) {
        bool ok = false;
        const qlonglong seconds = trimmed.toLongLong(&ok);
        if (!ok) // more digits than fit: effectively "very long"
            return std::numeric_limits<int>::max();
        return int(qMin<qlonglong>(seconds, std::numeric_limits<int>::max()));
    }
    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid())
        return std::nullopt;
    const qint64 ms = now.msecsTo(when);
    if (ms <= 0)
        return 0;
    return int(qMin<qint64>((ms + 999) / 1000, std::numeric_limits<int>::max()));
}

QByteArray RetryAfter::formatHttpDate(const QDateTime &when)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = when.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return QByteArray(days[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()).rightJustified(2, '0') +
           ' ' + months[d.month() - 1] + ' ' + QByteArray::number(d.year()) + ' ' +
           QByteArray::number(t.hour()).rightJustified(2, '0') + ':' +
           QByteArray::number(t.minute()).rightJustified(2, '0') + ':' +
           QByteArray::number(t.second()).rightJustified(2, '0') + " GMT";
}

} // namespace las

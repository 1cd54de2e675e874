#include "core/fields/valuenormaliser.h"

#include "core/fields/locatorkeywords.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace {

bool isNormaliserGroupSpace(QChar c)
{
    return c == u' ' || c == u'\u00A0' || c == u'\u202F' || c == u'\u2009' || c == u'\'' || c == u'\u2019';
}

bool isNormaliserDash(QChar c)
{
    return c == u'-' || c == u'\u2212' || c == u'\u2013' || c == u'\u2012';
}

// Currency signs and codes an amount may carry before or after it.
const QStringList &normaliserCurrencies()
{
    static const QStringList list = {
        u"US$"_s, u"$"_s,   u"€"_s,   u"£"_s,   u"¥"_s,   u"₹"_s,   u"₨"_s,   u"kr."_s, u"kr"_s,
        u"NOK"_s, u"SEK"_s, u"DKK"_s, u"EUR"_s, u"USD"_s, u"GBP"_s, u"CHF"_s, u"INR"_s, u"JPY"_s,
        u"CAD"_s, u"AUD"_s, u"PLN"_s, u"CZK"_s, u"Rs."_s, u"Rs"_s,  u"Fr."_s, u"CHF"_s, u"zł"_s,
    };
    return list;
}

QString stripNormaliserCurrency(QString s)
{
    bool changed = true;
    while (changed) {
        changed = false;
        s = s.trimmed();
        for (const QString &c : normaliserCurrencies()) {
            if (s.startsWith(c, Qt::CaseInsensitive)) {
                const QString rest = s.mid(c.size());
                // A code glued to letters is a word, not a currency ("kraft", "Rs" in "Rsx").
                if (!rest.isEmpty() && rest.front().isLetter())
                    continue;
                s = rest;
                changed = true;
                break;
            }
            if (s.endsWith(c, Qt::CaseInsensitive)) {
                const QString rest = s.left(s.size() - c.size());
                if (!rest.isEmpty() && rest.back().isLetter())
                    continue;
                s = rest;
                changed = true;
                break;
            }
        }
    }
    return s;
}

QString canonicalNormaliserDecimal(bool negative, QString intPart, QString fraction)
{
    while (intPart.size() > 1 && intPart.front() == u'0')
        intPart.remove(0, 1);
    if (intPart.isEmpty())
        intPart = u"0"_s;
    while (!fraction.isEmpty() && fraction.back() == u'0')
        fraction.chop(1);
    QString out = intPart;
    if (!fraction.isEmpty())
        out += u'.' + fraction;
    if (negative && out != u"0"_s)
        out.prepend(u'-');
    return out;
}

// Groups after the first must be three digits; the first one to three.
bool validNormaliserGroups(const QStringList &groups)
{
    if (groups.isEmpty() || groups.front().isEmpty() || groups.front().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups[i].size() != 3)
            return false;
    }
    return true;
}

bool allNormaliserDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString foldNormaliserDiacritics(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out.toCaseFolded();
}

// Month names (diacritics folded) in the languages invoices here come in.
int normaliserMonth(QStringView token)
{
    static const std::array<QStringList, 12> names = {{
        {u"january"_s, u"januar"_s, u"janvier"_s, u"januari"_s, u"enero"_s, u"gennaio"_s, u"janv"_s},
        {u"february"_s, u"februar"_s, u"fevrier"_s, u"februari"_s, u"febrero"_s, u"febbraio"_s, u"fevr"_s},
        {u"march"_s, u"mars"_s, u"marz"_s, u"maart"_s, u"marzo"_s},
        {u"april"_s, u"avril"_s, u"abril"_s, u"aprile"_s},
        {u"may"_s, u"mai"_s, u"maj"_s, u"mei"_s, u"mayo"_s, u"maggio"_s},
        {u"june"_s, u"juni"_s, u"juin"_s, u"junio"_s, u"giugno"_s},
        {u"july"_s, u"juli"_s, u"juillet"_s, u"julio"_s, u"luglio"_s, u"juil"_s},
        {u"august"_s, u"augusti"_s, u"aout"_s, u"augustus"_s, u"agosto"_s},
        {u"september"_s, u"septembre"_s, u"septiembre"_s, u"settembre"_s, u"sept"_s},
        {u"october"_s, u"oktober"_s, u"octobre"_s, u"octubre"_s, u"ottobre"_s},
        {u"november"_s, u"novembre"_s, u"noviembre"_s},
        {u"december"_s, u"desember"_s, u"dezember"_s, u"decembre"_s, u"diciembre"_s, u"dicembre"_s},
    }};
    const QString t = foldNormaliserDiacritics(token);
    if (t.size() < 3)
        return 0;
    int found = 0;
    for (int m = 0; m < 12; ++m) {
        for (const QString &name : names[m]) {
            // Whole names, and abbreviations of three letters or more ("Apr", "Sept", "déc").
            if (name == t || name.startsWith(t)) {
                if (found && found != m + 1)
                    return 0; // "jui": juin or juillet
                found = m + 1;
            }
        }
    }
    return found;
}

bool isNormaliserWeekday(QStringView token)
{
    static const QStringList days = {
        u"monday"_s,  u"tuesday"_s,  u"wednesday"_s, u"thursday"_s, u"friday"_s,   u"saturday"_s,
        u"sunday"_s,  u"mandag"_s,   u"tirsdag"_s,   u"onsdag"_s,   u"torsdag"_s,  u"fredag"_s,
        u"lordag"_s,  u"sondag"_s,   u"montag"_s,    u"dienstag"_s, u"mittwoch"_s, u"donnerstag"_s,
        u"freitag"_s, u"samstag"_s,  u"sonntag"_s,   u"lundi"_s,    u"mardi"_s,    u"mercredi"_s,
        u"jeudi"_s,   u"vendredi"_s, u"samedi"_s,    u"dimanche"_s, u"mon"_s,      u"tue"_s,
        u"wed"_s,     u"thu"_s,      u"fri"_s,       u"sat"_s,      u"sun"_s,
    };
    return days.contains(foldNormaliserDiacritics(token));
}

int normaliserYear(QStringView digits)
{
    if (digits.size() == 4)
        return digits.toInt();
    if (digits.size() == 2) {
        const int yy = digits.toInt();
        return yy < 70 ? 2000 + yy : 1900 + yy;
    }
    return -1;
}

void addNormaliserDate(QList<QDate> &out, int y, int m, int d)
{
    const QDate date(y, m, d);
    if (date.isValid() && !out.contains(date))
        out.append(date);
}

} // namespace

QStringList ValueNormaliser::amountReadings(QStringView text)
{
    QString s = stripNormaliserCurrency(text.toString());
    if (s.isEmpty())
        return {};
    bool negative = false;
    if (s.startsWith(u'(') && s.endsWith(u')')) {
        negative = true;
        s = stripNormaliserCurrency(s.mid(1, s.size() - 2));
    }
    if (!s.isEmpty() && (isNormaliserDash(s.front()) || s.front() == u'+')) {
        negative = isNormaliserDash(s.front());
        s = stripNormaliserCurrency(s.mid(1));
    }
    // Norwegian/Swedish whole amounts: "1 234,-"
    for (const QString &suffix : {u",-"_s, u".-"_s, u",--"_s, u",–"_s}) {
        if (s.endsWith(suffix)) {
            s.chop(suffix.size());
            break;
        }
    }
    if (!s.isEmpty() && isNormaliserDash(s.back())) {
        negative = true;
        s.chop(1);
    }
    s = s.trimmed();
    if (s.isEmpty() || !s.front().isDigit() || !s.back().isDigit())
        return {};
    // Only digits, '.', ',' and group spaces; collapse runs of spaces.
    QString compact;
    for (QChar c : s) {
        if (c.isDigit() && c.unicode() < 128)
            compact += c;
        else if (c == u'.' || c == u',')
            compact += c;
        else if (isNormaliserGroupSpace(c)) {
            if (!compact.endsWith(u' '))
                compact += u' ';
        } else
            return {};
    }
    const qsizetype lastDot = compact.lastIndexOf(u'.');
    const qsizetype lastComma = compact.lastIndexOf(u',');
    QStringList readings;
    auto tryReading = [&](QChar decimal) {
        // `decimal` is the decimal separator (or null: none); every other separator groups by three.
        QString intPart = compact;
        QString fraction;
        if (!decimal.isNull()) {
            const qsizetype at = compact.lastIndexOf(decimal);
            intPart = compact.left(at);
            fraction = compact.mid(at + 1);
            if (!allNormaliserDigits(fraction))
                return;
        }
        if (intPart.isEmpty())
            return;
        static const QRegularExpression groupSeparators(u"[ .,]"_s);
        const QStringList groups = intPart.split(groupSeparators);
        if (groups.size() > 1) {
            // One kind of group separator only.
            QChar sep;
            for (QChar c : intPart) {
                if (!c.isDigit()) {
                    if (sep.isNull())
                        sep = c;
                    else if (c != sep)
                        return;
                }
            }
            if (sep == decimal || !validNormaliserGroups(groups))
                return;
        }
        const QString reading = canonicalNormaliserDecimal(negative, groups.join(QString()), fraction);
        if (!readings.contains(reading))
            readings.append(reading);
    };
    if (lastDot < 0 && lastComma < 0) {
        tryReading(QChar());
    } else if (lastDot >= 0 && lastComma >= 0) {
        tryReading(lastDot > lastComma ? u'.' : u',');
    } else {
        const QChar sep = lastDot >= 0 ? u'.' : u',';
        const qsizetype count = compact.count(sep);
        const qsizetype digitsAfter = compact.size() - compact.lastIndexOf(sep) - 1;
        if (count > 1) {
            tryReading(QChar()); // 1.234.567
        } else if (digitsAfter == 3) {
            tryReading(QChar()); // 1,234 (grouping) preferred ...
            tryReading(sep);     // ... 1.234 possible
        } else {
            tryReading(sep);
        }
    }
    return readings;
}

std::optional<QString> ValueNormaliser::parseAmount(QStringView text)
{
    const QStringList readings = amountReadings(text);
    if (readings.isEmpty())
        return std::nullopt;
    return readings.front();
}

QList<QDate> ValueNormaliser::dateReadings(QStringView text)
{
    QList<QDate> out;
    QString s = text.toString().trimmed();
    if (s.isEmpty() || s.size() > 40)
        return out;
    // ISO with time: "2014-04-19T10:00:00Z"
    static const QRegularExpression iso(
        u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$"_s);
    if (const auto m = iso.match(s); m.hasMatch()) {
        addNormaliserDate(out, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return out;
    }
    // Tokens: numbers and words; separators are spaces, '.', '/', '-', ','.
    static const QRegularExpression tokenRe(u"(\\d+)(?:st|nd|rd|th|er|e)?|([^\\W\\d_]+)"_s,
                                            QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression allowed(u"^[\\w\\s./,\\-]+$"_s,
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (!allowed.match(s).hasMatch())
        return out;
    struct Token
    {
        QString digits;
        int month = 0;
    };
    QList<Token> tokens;
    QChar numericSeparator;
    bool mixedSeparators = false;
    auto it = tokenRe.globalMatch(s);
    qsizetype last = 0;
    while (it.hasNext()) {
        const auto m = it.next();
        const QString between = s.mid(last, m.capturedStart() - last).trimmed();
        last = m.capturedEnd();
        for (QChar c : between) {
            if (c == u'.' || c == u'/' || c == u'-') {
                if (numericSeparator.isNull())
                    numericSeparator = c;
                else if (numericSeparator != c)
                    mixedSeparators = true;
            }
        }
        if (!m.captured(1).isEmpty()) {
            tokens.append({m.captured(1), 0});
        } else {
            const QString word = m.captured(2);
            if (isNormaliserWeekday(word) || word.compare(u"den"_s, Qt::CaseInsensitive) == 0 ||
                word.compare(u"le"_s, Qt::CaseInsensitive) == 0 ||
                word.compare(u"de"_s, Qt::CaseInsensitive) == 0 ||
                word.compare(u"of"_s, Qt::CaseInsensitive) == 0)
                continue;
            const int month = normaliserMonth(word);
            if (!month)
                return out;
            tokens.append({QString(), month});
        }
    }
    if (!s.mid(last).trimmed().remove(u'.').isEmpty())
        return out;
    if (tokens.size() != 3)
        return out;
    const int monthTokens =
        int(std::count_if(tokens.cbegin(), tokens.cend(), [](const Token &t) { return t.month; }));
    if (monthTokens > 1)
        return out;
    auto dayOk = [](const Token &t) { return t.month == 0 && t.digits.size() <= 2; };
    if (monthTokens == 1) {
        // [d mon y], [mon d y], [y mon d]
        if (tokens[1].month && dayOk(tokens[0]) && !tokens[2].digits.isEmpty())
            addNormaliserDate(out, normaliserYear(tokens[2].digits), tokens[1].month,
                              tokens[0].digits.toInt());
        else if (tokens[0].month && dayOk(tokens[1]) && !tokens[2].digits.isEmpty())
            addNormaliserDate(out, normaliserYear(tokens[2].digits), tokens[0].month,
                              tokens[1].digits.toInt());
        else if (tokens[1].month && tokens[0].digits.size() == 4 && dayOk(tokens[2]))
            addNormaliserDate(out, tokens[0].digits.toInt(), tokens[1].month, tokens[2].digits.toInt());
        return out;
    }
    // All numeric: one kind of separator, no spaces only ("12 03 2014" is more often a phone number).
    if (numericSeparator.isNull() || mixedSeparators)
        return out;
    const QString &a = tokens[0].digits;
    const QString &b = tokens[1].digits;
    const QString &c = tokens[2].digits;
    if (a.size() == 4 && b.size() <= 2 && c.size() <= 2) {
        addNormaliserDate(out, a.toInt(), b.toInt(), c.toInt());
    } else if (a.size() <= 2 && b.size() <= 2 && (c.size() == 4 || c.size() == 2)) {
        const int y = normaliserYear(c);
        addNormaliserDate(out, y, b.toInt(), a.toInt()); // day first (Europe)
        addNormaliserDate(out, y, a.toInt(), b.toInt()); // month first (US)
    }
    return out;
}

std::optional<QDate> ValueNormaliser::parseDate(QStringView text)
{
    const QList<QDate> readings = dateReadings(text);
    if (readings.isEmpty())
        return std::nullopt;
    return readings.front();
}

QString ValueNormaliser::normaliseIdentifier(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || isNormaliserDash(c) || c == u'.' || c == u'/' || c == u'_')
            continue;
        out += c;
    }
    return out.toUpper();
}

QString ValueNormaliser::normaliseText(QStringView text)
{
    QString s = text.toString().toCaseFolded().simplified();
    static const QString punctuation = u".,:;()[]{}\"'«»“”‘’*#"_s;
    while (!s.isEmpty() && punctuation.contains(s.front()))
        s.remove(0, 1);
    while (!s.isEmpty() && punctuation.contains(s.back()))
        s.chop(1);
    return s.trimmed();
}

ValueNormaliser::Kind ValueNormaliser::kindFor(QStringView label, QStringView value)
{
    const QStringList words = LocatorKeywords::labelWords(label).split(u' ', Qt::SkipEmptyParts);
    auto has = [&](std::initializer_list<const char16_t *> list) {
        for (const char16_t *w : list) {
            if (words.contains(QString::fromUtf16(w)))
                return true;
        }
        return false;
    };
    const bool idWords = has({u"number", u"no",  u"nr",        u"id",    u"iban",    u"bic",   u"swift",
                              u"kid",    u"ocr", u"code",      u"gstin", u"cin",     u"siren", u"siret",
                              u"coc",    u"org", u"reference", u"ref",   u"account", u"vat"});
    const bool amountWords =
        has({u"amount", u"total", u"sum", u"price", u"subtotal", u"untaxed", u"net", u"gross", u"tax",
             u"balance", u"due", u"paid", u"belop", u"betrag", u"montant", u"bedrag"});
    const bool dateWords = has({u"date", u"dato", u"datum", u"day", u"issued", u"check"}) ||
                           label.contains(u"date"_s, Qt::CaseInsensitive);
    if (dateWords && !dateReadings(value).isEmpty())
        return Kind::Date;
    if (amountWords && !(idWords && !has({u"amount", u"total"})) && !amountReadings(value).isEmpty())
        return Kind::Amount;
    if (idWords && !normaliseIdentifier(value).isEmpty() && !value.trimmed().contains(u"  "_s))
        return Kind::Identifier;
    // Judge by the value itself.
    if (!dateReadings(value).isEmpty())
        return Kind::Date;
    const QString trimmed = value.trimmed().toString();
    if (!amountReadings(trimmed).isEmpty() && (trimmed.contains(u'.') || trimmed.contains(u',')))
        return Kind::Amount;
    static const QRegularExpression idShape(u"^(?=.*\\d)[A-Za-z0-9][A-Za-z0-9 ./\\-]*$"_s);
    if (idShape.match(trimmed).hasMatch() && trimmed.count(u' ') <= 8)
        return Kind::Identifier;
    return Kind::Text;
}

QStringList ValueNormaliser::keys(Kind kind, QStringView text)
{
    switch (kind) {
    case Kind::Amount:
        return amountReadings(text);
    case Kind::Date: {
        QStringList out;
        for (const QDate &d : dateReadings(text))
            out.append(d.toString(Qt::ISODate));
        return out;
    }
    case Kind::Identifier: {
        const QString id = normaliseIdentifier(text);
        return id.isEmpty() ? QStringList() : QStringList{id};
    }
    case Kind::Text: {
        const QString t = normaliseText(text);
        return t.isEmpty() ? QStringList() : QStringList{t};
    }
    }
    return {};
}

ValueNormaliser::Parsed ValueNormaliser::parse(QStringView text, std::optional<Kind> hint)
{
    auto as = [&](Kind kind) -> Parsed {
        Parsed p;
        p.kind = kind;
        switch (kind) {
        case Kind::Amount:
            if (const auto a = parseAmount(text)) {
                p.key = *a;
                // Two decimals at least, as amounts are written.
                const qsizetype dot = a->indexOf(u'.');
                p.display = dot < 0 ? *a + u".00"_s : (a->size() - dot == 2 ? *a + u'0' : *a);
            }
            break;
        case Kind::Date:
            if (const auto d = parseDate(text)) {
                p.key = d->toString(Qt::ISODate);
                p.display = p.key;
            }
            break;
        case Kind::Identifier:
            p.key = normaliseIdentifier(text);
            p.display = p.key;
            break;
        case Kind::Text:
            p.key = normaliseText(text);
            p.display = text.toString().simplified();
            break;
        }
        return p;
    };
    if (hint) {
        const Parsed p = as(*hint);
        if (p.ok())
            return p;
    }
    const Parsed p = as(kindFor(QStringView(), text));
    return p.ok() ? p : as(Kind::Text);
}

QString ValueNormaliser::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Amount:
        return u"amount"_s;
    case Kind::Date:
        return u"date"_s;
    case Kind::Identifier:
        return u"identifier"_s;
    case Kind::Text:
        return u"text"_s;
    }
    return {};
}

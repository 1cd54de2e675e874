#include "model/invoicemodel.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr double ImageConfidence = 0.05; // no text layer: nothing could be read
constexpr double NextLineFactor = 0.75;  // a value on the line after its keyword is a weaker match
constexpr int MaxLinesExamined = 5000;   // bounds the per-label scans on hostile text layers
constexpr int MaxLineLength = 400;

const QString LabelInvoiceId = u"invoice_id"_s;
const QString LabelInvoiceDate = u"invoice_date"_s;
const QString LabelDueDate = u"due_date"_s;
const QString LabelTotal = u"total_amount"_s;
const QString LabelVat = u"vat_amount"_s;
const QString LabelCurrency = u"currency"_s;
const QString LabelSupplierName = u"supplier_name"_s;
const QString LabelSupplierVatId = u"supplier_vat_id"_s;
const QString LabelIban = u"iban"_s;
const QString LabelPurchaseOrder = u"purchase_order"_s;

QRegularExpression ci(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption |
                                       QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    return re;
}

struct Keyword
{
    QRegularExpression re;
    double confidence;
};

struct Candidate
{
    QString value;
    double confidence = 0.0;
    int line = 0;
};

// ---- amounts ----------------------------------------------------------------------------------------

struct AmountMatch
{
    QString value; // normalised "1234.50"
    qsizetype start = 0;
    qsizetype end = 0;
    bool percent = false;
};

QList<AmountMatch> findAmounts(const QString &text)
{
    // Integer part with optional thousands groups (space, NBSP, dot, comma, apostrophe), then an optional
    // decimal part of two digits (or ",-" / ",--" for whole amounts). Not glued to letters or other digits.
    static const QRegularExpression re(
        uR"((?<![\w.,/])(-?)(\d{1,3}(?:[ \x{00A0}\x{202F}.,']\d{3})+|\d+)(?:([.,])(\d{2}|--?)(?!\d))?(?![\w/]))"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    QList<AmountMatch> result;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QString integer = m.captured(2);
        integer.remove(QRegularExpression(uR"([ \x{00A0}\x{202F}.,'])"_s));
        if (integer.size() > 15)
            continue;
        QString decimals = m.captured(4);
        if (decimals.startsWith(u'-') || decimals.isEmpty())
            decimals = u"00"_s;
        AmountMatch a;
        a.value = m.captured(1) % QString::number(integer.toLongLong()) % u'.' % decimals;
        a.start = m.capturedStart(0);
        a.end = m.capturedEnd(0);
        qsizetype i = a.end;
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        a.percent = i < text.size() && text.at(i) == u'%';
        result.append(a);
    }
    return result;
}

// ---- dates ------------------------------------------------------------------------------------------

const QHash<QString, int> &monthNames()
{
    static const QHash<QString, int> names = [] {
        QHash<QString, int> h;
        const QList<QStringList> perMonth = {
            {u"january"_s, u"jan"_s, u"januari"_s, u"januar"_s, u"janvier"_s},
            {u"february"_s, u"feb"_s, u"februari"_s, u"februar"_s, u"février"_s, u"fevrier"_s},
            {u"march"_s, u"mar"_s, u"maart"_s, u"märz"_s, u"maerz"_s, u"mars"_s},
            {u"april"_s, u"apr"_s, u"avril"_s},
            {u"may"_s, u"mei"_s, u"mai"_s},
            {u"june"_s, u"jun"_s, u"juni"_s, u"juin"_s},
            {u"july"_s, u"jul"_s, u"juli"_s, u"juillet"_s},
            {u"august"_s, u"aug"_s, u"augustus"_s, u"août"_s, u"aout"_s},
            {u"september"_s, u"sep"_s, u"sept"_s, u"septembre"_s},
            {u"october"_s, u"oct"_s, u"oktober"_s, u"okt"_s, u"octobre"_s},
            {u"november"_s, u"nov"_s, u"novembre"_s},
            {u"december"_s, u"dec"_s, u"dezember"_s, u"desember"_s, u"des"_s, u"décembre"_s, u"decembre"_s,
             u"dez"_s}};
        for (int m = 0; m < perMonth.size(); ++m)
            for (const QString &n : perMonth.at(m))
                h.insert(n, m + 1);
        return h;
    }();
    return names;
}

QString monthAlternation()
{
    QStringList names = monthNames().keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    return names.join(u'|');
}

QString isoDate(int y, int m, int d)
{
    if (y < 100)
        y += 2000;
    const QDate date(y, m, d);
    if (!date.isValid() || y < 1900 || y > 2100)
        return {};
    return date.toString(Qt::ISODate);
}

QString firstDate(const QString &text)
{
    static const QString months = monthAlternation();
    static const QRegularExpression iso(uR"((?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d))"_s);
    static const QRegularExpression numeric(
        uR"((?<![\d.\/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.\/-]?\d))"_s);
    static const QRegularExpression dayMonth =
        ci(uR"((?<![\w])(\d{1,2})\.?\s+()"_s % months % uR"()\.?\s*,?\s+(\d{4})(?!\d))"_s);
    static const QRegularExpression monthDay =
        ci(uR"((?<![\w])()"_s % months % uR"()\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})(?!\d))"_s);
    struct Hit
    {
        qsizetype pos;
        QString date;
    };
    std::optional<Hit> best;
    auto consider = [&](qsizetype pos, const QString &date) {
        if (!date.isEmpty() && (!best || pos < best->pos))
            best = Hit{pos, date};
    };
    if (const auto m = iso.match(text); m.hasMatch())
        consider(m.capturedStart(),
                 isoDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    if (const auto m = numeric.match(text); m.hasMatch()) {
        int a = m.captured(1).toInt(), b = m.captured(3).toInt();
        // Day first (European), unless only month-first makes a valid date (US "03/25/2024").
        const QString dayFirst = isoDate(m.captured(4).toInt(), b, a);
        consider(m.capturedStart(), dayFirst.isEmpty() ? isoDate(m.captured(4).toInt(), a, b) : dayFirst);
    }
    if (const auto m = dayMonth.match(text); m.hasMatch())
        consider(m.capturedStart(),
                 isoDate(m.captured(3).toInt(), monthNames().value(m.captured(2).toLower()),
                         m.captured(1).toInt()));
    if (const auto m = monthDay.match(text); m.hasMatch())
        consider(m.capturedStart(),
                 isoDate(m.captured(3).toInt(), monthNames().value(m.captured(1).toLower()),
                         m.captured(2).toInt()));
    return best ? best->date : QString();
}

// ---- text helpers -------------------------------------------------------------------------------------

QStringList splitLines(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    text.replace(QChar(0x00A0), u' ');
    text.replace(QChar(0x202F), u' ');
    text.replace(QChar(0xFFFE), u' ');
    QStringList lines;
    const auto parts = text.split(u'\n');
    for (const QString &part : parts) {
        QString line = part.simplified();
        if (line.size() > MaxLineLength)
            line.truncate(MaxLineLength);
        lines.append(line);
        if (lines.size() >= MaxLinesExamined)
            break;
    }
    return lines;
}

QStringList tokens(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

int nextNonEmpty(const QStringList &lines, int i)
{
    for (int j = i + 1; j < lines.size() && j <= i + 2; ++j)
        if (!lines.at(j).isEmpty())
            return j;
    return -1;
}

bool containsDigit(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

QString clip(const QString &value)
{
    return value.left(64);
}

// Keeps the best candidate: higher confidence wins, the earlier line on a tie.
void offer(std::optional<Candidate> &best, const Candidate &c)
{
    if (c.value.isEmpty())
        return;
    if (!best || c.confidence > best->confidence + 1e-9)
        best = c;
}

// An identifier token (invoice number, order number): has a digit, is not a date or a bare amount word.
QString identifierToken(const QString &token)
{
    static const QRegularExpression shape(uR"(^[A-Za-z0-9][A-Za-z0-9\-/._]{0,40}$)"_s);
    QString t = token;
    while (!t.isEmpty() && (t.endsWith(u'.') || t.endsWith(u',') || t.endsWith(u':') || t.endsWith(u';')))
        t.chop(1);
    if (t.size() < 2 || !shape.match(t).hasMatch())
        return {};
    if (!std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); }))
        return {};
    if (!firstDate(t).isEmpty())
        return {};
    return t;
}

// The text after a keyword, without the separators that usually follow it.
QString afterKeyword(const QString &line, qsizetype end)
{
    static const QRegularExpression lead(uR"(^[\s:#.°º\-–|*]+)"_s);
    QString rest = line.mid(end);
    rest.remove(lead);
    return rest;
}

// ---- field finders ----------------------------------------------------------------------------------

using ValueFromText = std::function<QString(const QString &text, bool headerLayout, bool keywordAtStart)>;

// Scans every line for each keyword; the value is read after the keyword on the same line, else from the
// next non-empty line (lower confidence). Lines matching `exclude` are skipped.
// With headerRows, a keyword that starts a row of labels without values ("Fakturanummer Fakturadato
// Forfallsdato") takes the first value of the next line, the row of values under it.
std::optional<Candidate> findByKeywords(const QStringList &lines, const QList<Keyword> &keywords,
                                        const ValueFromText &valueFrom,
                                        const QRegularExpression *exclude = nullptr, bool headerRows = false)
{
    std::optional<Candidate> best;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.isEmpty() || (exclude && exclude->match(line).hasMatch()))
            continue;
        for (const Keyword &k : keywords) {
            const auto m = k.re.match(line);
            if (!m.hasMatch())
                continue;
            const QString rest = afterKeyword(line, m.capturedEnd());
            QString v = valueFrom(rest, false, true);
            if (!v.isEmpty()) {
                offer(best, {v, k.confidence, i});
                continue;
            }
            const bool atStart = m.capturedStart() == 0;
            const bool labelRow = headerRows && atStart && !containsDigit(rest) && tokens(rest).size() <= 6;
            if (!rest.isEmpty() && !rest.endsWith(u':') && !labelRow)
                continue; // something else follows the keyword: not a label of the next line
            const int j = nextNonEmpty(lines, i);
            if (j < 0)
                continue;
            v = valueFrom(lines.at(j), !atStart, atStart);
            if (!v.isEmpty())
                offer(best, {v, k.confidence * NextLineFactor, j});
        }
    }
    return best;
}

QString identifierFrom(const QString &text, bool headerLayout, bool keywordAtStart)
{
    const QStringList t = tokens(text);
    if (t.isEmpty())
        return {};
    if (headerLayout) // keyword was the last column of a header row: the value is the row's last cell
        return identifierToken(t.last());
    Q_UNUSED(keywordAtStart)
    return identifierToken(t.first());
}

QString dateFrom(const QString &text, bool, bool)
{
    return firstDate(text);
}

QString amountFrom(const QString &text, bool, bool)
{
    const auto amounts = findAmounts(text);
    for (auto it = amounts.crbegin(); it != amounts.crend(); ++it)
        if (!it->percent)
            return it->value;
    return {};
}

// A bare document title: "INVOICE", "Tax invoice", "RECHNUNG", "FAKTURA", "Facture", "Factuur", "Kvittering".
const QRegularExpression &invoiceTitle()
{
    static const QRegularExpression re = ci(
        uR"(^(?:tax\s*|commercial\s*|proforma\s*)?(?:invoice|rechnung|faktura|facture|factuur|fattura|kvittering|receipt)\b[.:]?)"_s);
    return re;
}

// After a bare title: the number alone on the same line ("INVOICE 2024-118", "RECHNUNG Nr. 17") or alone on
// the next line ("INVOICE" / "# 2024-118"). Alone means one token: "4471 889 22" is a longer number (a phone,
// an account) of which a part must not be taken.
std::optional<Candidate> invoiceIdUnderTitle(const QStringList &lines)
{
    static const QRegularExpression prefix = ci(uR"(^(?:#|no\.?|nr\.?|n[°º]\.?|num[ée]ro|number)\s*:?\s*)"_s);
    auto lone = [](QString text) -> QString {
        text.remove(prefix);
        const QStringList t = tokens(text);
        return t.size() == 1 ? identifierToken(t.first()) : QString();
    };
    for (int i = 0; i < lines.size(); ++i) {
        const auto m = invoiceTitle().match(lines.at(i));
        if (!m.hasMatch())
            continue;
        const QString rest = afterKeyword(lines.at(i), m.capturedEnd());
        if (!rest.isEmpty()) {
            if (const QString v = lone(rest); !v.isEmpty())
                return Candidate{v, 0.8, i};
            continue;
        }
        const int j = nextNonEmpty(lines, i);
        if (j < 0)
            continue;
        if (const QString v = lone(lines.at(j)); !v.isEmpty())
            return Candidate{v, 0.65, j};
    }
    return std::nullopt;
}

std::optional<Candidate> findInvoiceId(const QStringList &lines)
{
    // The number's keyword per language: one word or two, with or without a hyphen or a dot.
    static const QList<Keyword> keywords = {
        {ci(uR"(\binv(?:oice)?\.?\s*(?:(?:number|num|no|nr|id|ref)(?![a-z])\.?|#))"_s), 0.95},
        {ci(uR"(\b(?:factuur|faktura|rechnungs?|fakt)[\s.\-]*(?:(?:nummer|numero|nr|no|n[°º])(?![a-z])\.?|#))"_s),
         0.95},
        {ci(uR"(\bfacture\s*(?:n\s*[°ºo]|num[ée]ro|no)(?![a-z])\.?|\b(?:n[°º]|num[ée]ro|no)\.?\s*(?:de\s*(?:la\s*)?)?facture\b)"_s),
         0.95},
        {ci(uR"(\b(?:receipt|bill|kvittering)\s*(?:number|no\.?|nr\.?|#))"_s), 0.7},
        {ci(uR"(\bbooking\s*id\b)"_s), 0.6},
        {ci(uR"(\bfactuur$)"_s), 0.6},
    };
    auto best = findByKeywords(lines, keywords, identifierFrom, nullptr, true);
    if (const auto titled = invoiceIdUnderTitle(lines);
        titled && (!best || best->confidence < titled->confidence))
        best = titled;
    return best;
}

std::optional<Candidate> findDueDate(const QStringList &lines)
{
    static const QList<Keyword> keywords = {
        {ci(uR"(\b(?:due\s*date|date\s*due|payment\s*due(?:\s*date)?|pay\s*by|due\s*by)\b)"_s), 0.95},
        {ci(uR"(\b(?:vervaldatum|f[äa]lligkeitsdatum|f[äa]llig\s*am|zahlbar\s*bis|forfallsdato|forfallsdatum|f[öo]rfallodatum|forfaldsdato|betalingsfrist)\b)"_s),
         0.95},
        {ci(uR"(\b(?:date\s*d'[ée]ch[ée]ance|[ée]ch[ée]ance)\b)"_s), 0.9},
        {ci(uR"(\b(?:forfall|f[äa]llig)\b)"_s), 0.8},
    };
    return findByKeywords(lines, keywords, dateFrom);
}

std::optional<Candidate> findInvoiceDate(const QStringList &lines, const std::optional<Candidate> &due)
{
    static const QList<Keyword> strong = {
        {ci(uR"(\b(?:invoice|inv\.?|bill|receipt)\s*date\b|\bdate\s*of\s*(?:issue|invoice)\b|\bissue\s*date\b)"_s),
         0.95},
        {ci(uR"(\b(?:factuurdatum|factuur\s*datum|rechnungsdatum|fakturadato|fakturadatum|date\s*de\s*(?:la\s*)?facture)\b)"_s),
         0.95},
    };
    static const QList<Keyword> weak = {{ci(uR"(\b(?:date|datum|dato)\b)"_s), 0.75}};
    static const QRegularExpression notInvoiceDate = ci(
        uR"(\b(?:due|order|delivery|delivered|ship(?:ping)?|check|period|f[äa]llig|forfall|expiry|valid)\b|orderdatum|leverdatum|lieferdatum|vervaldatum|bestel)"_s);
    auto best = findByKeywords(lines, strong, dateFrom);
    if (!best)
        best = findByKeywords(lines, weak, dateFrom, &notInvoiceDate);
    if (best)
        return best;
    // Without a keyword: the first date in the text that is not the due date.
    for (int i = 0; i < lines.size(); ++i) {
        const QString d = firstDate(lines.at(i));
        if (!d.isEmpty() && (!due || due->value != d) && !notInvoiceDate.match(lines.at(i)).hasMatch())
            return Candidate{d, 0.4, i};
    }
    return std::nullopt;
}

std::optional<Candidate> findTotal(const QStringList &lines)
{
    static const QList<Keyword> keywords = {
        {ci(uR"(\btotal\s*(?:amount\s*)?(?:due|to\s*pay|payable|incl\.?(?:uding)?\s*(?:vat|tax|mva|moms|btw|gst)|inc\.?\s*vat)\b)"_s),
         0.95},
        {ci(uR"(\b(?:amount\s*(?:due|payable|to\s*pay)|balance\s*due|grand\s*total|total\s*ttc|net\s*[àa]\s*payer|gesamtbetrag|rechnungsbetrag|endbetrag|zu\s*zahlen|bel[øo]p\s*[åa]\s*betale|[åa]\s*betale|summa\s*att\s*betala|att\s*betala|te\s*betalen|factuur\s*totaal|totaalbedrag)\b)"_s),
         0.95},
        {ci(uR"(\b(?:totaal|total|totalt|summe|gesamt|sum)\b)"_s), 0.8},
    };
    static const QRegularExpression notTotal = ci(
        uR"(\b(?:excl\.?|excluding|exclusief|ex\.?\s*(?:vat|mva|moms|btw)|untaxed|net(?!\s*[àa]\s*payer)|netto|ht|hors|before|eks\.?|eksl\.?|exkl\.?|ohne|sub\s*total|vat|mva|moms|btw|tva|mwst|tax)\b)"_s);
    auto best = findByKeywords(lines, {keywords.at(0), keywords.at(1)}, amountFrom);
    if (!best)
        best = findByKeywords(lines, {keywords.at(2)}, amountFrom, &notTotal);
    return best;
}

std::optional<Candidate> findVat(const QStringList &lines)
{
    static const QList<Keyword> strong = {
        {ci(uR"(\b(?:total\s*)?(?:vat|tax|mva|moms|btw|mwst|ust|tva|gst)\s*(?:amount|bedrag|bel[øo]p|belopp|betrag|total)\b|\b(?:mehrwertsteuer|umsatzsteuer|merverdiavgift|montant\s*tva)\b)"_s),
         0.95},
    };
    static const QList<Keyword> lineStart = {
        {ci(uR"(^(?:vat|tax|mva|moms|btw|mwst|ust|tva|gst|sales\s*tax)\b)"_s), 0.8}};
    static const QRegularExpression notVat =
        ci(uR"(\b(?:excl|exclusief|incl|inkl|nummer|number|no|nr|id|idnr|reg|org)\b|-?nummer)"_s);
    auto best = findByKeywords(lines, strong, amountFrom);
    if (!best)
        best = findByKeywords(lines, lineStart, amountFrom, &notVat);
    return best;
}

std::optional<Candidate> findCurrency(const QStringList &lines)
{
    struct Sign
    {
        QRegularExpression re;
        QString code;
        double weight;
    };
    static const QList<Sign> signs = {
        {QRegularExpression(uR"((?<![A-Za-z])(EUR)(?![A-Za-z]))"_s), u"EUR"_s, 1.0},
        {QRegularExpression(uR"((?<![A-Za-z])(USD)(?![A-Za-z]))"_s), u"USD"_s, 1.0},
        {QRegularExpression(uR"((?<![A-Za-z])(GBP)(?![A-Za-z]))"_s), u"GBP"_s, 1.0},
        {QRegularExpression(uR"((?<![A-Za-z])(NOK)(?![A-Za-z]))"_s), u"NOK"_s, 1.0},
        {QRegularExpression(uR"((?<![A-Za-z])(SEK)(?![A-Za-z]))"_s), u"SEK"_s, 1.0},
        {QRegularExpression(uR"((?<![A-Za-z])(DKK)(?![A-Za-z]))"_s), u"DKK"_s, 1.0},
        {QRegularExpression(uR"((?<![A-Za-z])(CHF)(?![A-Za-z]))"_s), u"CHF"_s, 1.0},
        {QRegularExpression(uR"((?<![A-Za-z])(INR)(?![A-Za-z]))"_s), u"INR"_s, 1.0},
        {QRegularExpression(uR"((?<![A-Za-z])(PLN)(?![A-Za-z]))"_s), u"PLN"_s, 1.0},
        {QRegularExpression(uR"((?<![A-Za-z])(JPY)(?![A-Za-z]))"_s), u"JPY"_s, 1.0},
        {QRegularExpression(u"\u20AC"_s), u"EUR"_s, 1.0},
        {QRegularExpression(uR"(\$)"_s), u"USD"_s, 0.8},
        {QRegularExpression(u"\u00A3"_s), u"GBP"_s, 1.0},
        {QRegularExpression(u"\u20B9"_s), u"INR"_s, 1.0},
        {QRegularExpression(uR"(\bRs\.?\s?\d)"_s), u"INR"_s, 1.0},
        {ci(uR"(\bUS\s*dollars?\b)"_s), u"USD"_s, 1.0},
        {ci(uR"(\bnorske\s*kroner\b)"_s), u"NOK"_s, 1.0},
        {QRegularExpression(uR"(\bkr\.?\s?\d|\d\s?kr\b)"_s), u"NOK"_s, 0.4},
    };
    QHash<QString, double> score;
    double total = 0;
    int firstLine = -1;
    for (int i = 0; i < lines.size(); ++i) {
        for (const Sign &s : signs) {
            auto it = s.re.globalMatch(lines.at(i));
            while (it.hasNext()) {
                it.next();
                score[s.code] += s.weight;
                total += s.weight;
                if (firstLine < 0)
                    firstLine = i;
            }
        }
    }
    if (total <= 0)
        return std::nullopt;
    QString bestCode;
    double bestScore = 0;
    for (auto it = score.cbegin(); it != score.cend(); ++it)
        if (it.value() > bestScore || (it.value() == bestScore && it.key() < bestCode)) {
            bestScore = it.value();
            bestCode = it.key();
        }
    // Agreement between the signs found, and a lone ambiguous sign ("$", "kr") weighs less than a code.
    const double share = bestScore / total;
    const double strength = std::min(1.0, bestScore);
    return Candidate{bestCode, std::clamp(0.5 + 0.45 * share * strength, 0.0, 0.95), firstLine};
}

// ---- supplier -------------------------------------------------------------------------------------------

// A company's legal form at the end of its name. Two-letter forms only in capitals ("AS", not "as").
const QRegularExpression &companySuffix()
{
    static const QRegularExpression re(
        uR"((?:^|[\s,])(?:AS|ASA|AB|A/S|ApS|AG|KG|OG|SA|SE|NV|BV|(?i:B\.V\.?|N\.V\.?|GmbH(?:\s*&\s*Co\.?\s*KG)?|e\.\s?K\.|UG|Ltd\.?|Limited|Inc\.?|LLC|LLP|S\.A\.S?\.?|SAS|SARL|S\.?r\.?l\.?|SpA|Oy|Oyj|plc|Corp\.?|Corporation|Co\.|Company|Pvt\.?\s*Ltd\.?|Pty\.?\s*Ltd\.?|Enkeltpersonforetak|ENK|DA|ANS|HB|KB|IVS|VOF|Vof|EURL|SASU|SNC|Sàrl))$)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Postcode and city, the last line of an address before the country: "0101 Oslo", "3542 AD Utrecht",
// "114 55 Stockholm", "Leeds LS2 8AB", "Austin, TX 78701".
bool looksLikePostcodeCity(const QString &text)
{
    static const QRegularExpression postcode(
        uR"((?:^|[\s,])(?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2})?\s+\p{Lu}[\p{L}.'\-]+(?:\s+[\p{L}.'\-]+){0,3}$)"_s
        uR"(|(?:^|[\s,])\d{3}\s\d{2}\s+\p{Lu}[\p{L}\-]+)"_s
        uR"(|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b)"_s
        uR"(|,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return postcode.match(text).hasMatch();
}

// Street and number, postcode and city, post boxes: a line (or part of one) of an address.
bool looksLikeAddress(const QString &text)
{
    static const QRegularExpression street = ci(
        uR"((?:^|[\s,])\d{1,5}[a-z]?,?\s+(?:[\p{L}.'\-]+\s+){0,4}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|boulevard|blvd|court|ct|place|pl|square|sq|terrace|close|crescent|parkway|highway|hwy)\b)"_s
        uR"(|(?:^|[\s,])\d{1,5}[a-z]?,?\s+(?:rue|avenue|av|boulevard|bd|chemin|place|pl|all[ée]e|route|quai|impasse|cours)\b)"_s
        uR"(|[\p{L}\-]*(?:stra(?:ß|ss)e|str\.|weg|gasse|allee|platz|ring|damm|ufer|gate|gata|gatan|gaten|veien|vei|vegen|veg|v[äa]gen|vej|gade|straat|laan|plein|gracht|kade|singel|dijk)\s*\d{1,5}[a-z]?\b)"_s
        uR"(|^(?:am|an\s+der|im|auf\s+der|in\s+der)\s+[\p{L}\-]+\s+\d{1,4}[a-z]?$)"_s
        uR"(|\b(?:p\.?\s*o\.?\s*box|postboks|postfach|postbus|box|bo[îi]te\s+postale|suite)\s*\d+)"_s);
    return street.match(text).hasMatch() || looksLikePostcodeCity(text);
}

bool looksLikeContact(const QString &text)
{
    static const QRegularExpression contact = ci(
        uR"(\b(?:tel|tlf|telefon|telephone|phone|fax|telefax|mobil|mobile|mob|e-?mail|web|website|internet)\b\s*[.:]?|\b[tfe]\s*:|@|\bwww\.|https?://|^\+?\(?\d[\d\s()./\-]{6,}$)"_s);
    return contact.match(text).hasMatch();
}

// The issuer's identifiers: VAT and organisation numbers, company registers, bank accounts.
bool hasIssuerIdentifier(const QString &text)
{
    static const QRegularExpression re = ci(
        uR"(\b(?:vat|btw|tva|mva|moms|ust|mwst|gst|gstin|abn|cvr|kvk|siret|siren|rcs|hrb|hra|iban|bic|swift|org\.?\s*n[or]|organisasjonsnummer|foretaksregisteret|momsreg|steuernummer|st\.?-?nr|ust-?id(?:nr)?|handelsregister|amtsgericht|registergericht|company\s*(?:no|number|reg)|registered\s*(?:in|office|number)|capital|kapital|kontonummer|konto|bankgiro|plusgiro|account\s*(?:no|number))\b)"_s);
    return re.match(text).hasMatch();
}

// Words of the invoice's own vocabulary: a line holding one is a label or a sentence, not a name.
bool hasFieldWord(const QString &text)
{
    static const QRegularExpression re = ci(
        uR"(\b(?:invoice|rechnung|faktura|facture|factuur|receipt|quittung|kvittering|date|datum|dato|due|total|totaal|totalt|summe|sum|subtotal|amount|betrag|bel[øo]p|bedrag|montant|vat|mva|moms|btw|tva|mwst|tax|iban|bic|page|seite|side|pagina|description|beschreibung|beskrivelse|omschrijving|d[ée]signation|qty|quantity|menge|antall|aantal|price|preis|pris|prijs|prix|thank|thanks|danke|takk|tack|merci|bedankt|order|bestellung|ordre|customer|kunde|kunden|client|klant|payment|zahlung|betaling|paiement|betalning|reference|referenz|referanse|referentie|number|nummer|no|nr|account|konto|bank|summary|statement|note|notes|terms|page)\b)"_s);
    return re.match(text).hasMatch();
}

// Could this be a company's or a person's name: short, mostly letters, not an address, contact, date,
// amount or label.
bool looksLikeName(const QString &text)
{
    if (text.size() < 2 || text.size() > 64 || tokens(text).size() > 8)
        return false;
    const auto letters = std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
    const auto digits = std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    if (letters < 2 || digits * 3 > letters)
        return false;
    if (text.contains(u':') || text.startsWith(u'(') || text.startsWith(u'*'))
        return false;
    if ((text.endsWith(u'.') || text.endsWith(u'!')) && tokens(text).size() > 4)
        return false; // a sentence
    return !looksLikeAddress(text) && !looksLikeContact(text) && !hasIssuerIdentifier(text) &&
           !hasFieldWord(text) && firstDate(text).isEmpty() && !invoiceTitle().match(text).hasMatch();
}

// The lines of the customer's block: after a label (Bill to, Ship to, Customer, Rechnungsempfänger, Kunde,
// Faktureres til, Klant, Client, Facturé à ...), or before and after an "Attn"/"T.a.v."/"z. Hd." line
// (the recipient's attention line sits inside the customer's address).
QList<bool> customerLines(const QStringList &lines)
{
    static const QRegularExpression label = ci(
        uR"(^(?:bill(?:ed)?\s*to|invoice\s*to|invoiced\s*to|ship(?:ped)?\s*to|deliver(?:ed|y)?\s*to|sold\s*to|customer|client|buyer|recipient|kunde|kundin|rechnungsempf[äa]nger|rechnungsadresse|lieferadresse|lieferanschrift|empf[äa]nger|faktureres\s*til|fakturamottaker|fakturaadresse|leveringsadresse|leveres\s*til|mottaker|kj[øo]per|k[öo]pare|kund|faktureringsadress|leveransadress|klant|factuuradres|afleveradres|aan|factur[ée]\s*[àa]|adresse\s*de\s*(?:facturation|livraison)|livr[ée]\s*[àa]|destinataire|acheteur|to)(?![\p{L}\-])\s*(?!(?:no|nr|number|nummer|id|ref|reference|n°)\b)[:.]?\s*(.*)$)"_s);
    static const QRegularExpression attention = ci(
        uR"(^(?:attn|attention|t\.?\s*a\.?\s*v\.?|z\.?\s*hd\.?|c/o|à\s*l'attention\s*de)(?![\p{L}])\s*[:.]?\s*)"_s);
    static const QRegularExpression sectionEnd = ci(
        uR"(\b(?:invoice|rechnung|faktura|facture|factuur|date|datum|dato|total|description|beschreibung|beskrivelse|omschrijving|d[ée]signation|qty|pos\.?|item|artikel)\b)"_s);
    QList<bool> customer(lines.size(), false);
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const bool attn = attention.match(line).hasMatch();
        const auto m = label.match(line);
        if (!attn && !m.hasMatch())
            continue;
        customer[i] = true;
        if (attn && i > 0 && !lines.at(i - 1).isEmpty() && !invoiceTitle().match(lines.at(i - 1)).hasMatch())
            customer[i - 1] = true; // "Strategic Corp" / "T.a.v. bosd"
        // The block: name, street, postcode and city, and a country after the city at most.
        bool cityPassed = m.hasMatch() && looksLikePostcodeCity(m.captured(1));
        for (int j = i + 1, taken = 0; j < lines.size() && taken < 4; ++j) {
            const QString &next = lines.at(j);
            if (next.isEmpty() || sectionEnd.match(next).hasMatch() || label.match(next).hasMatch())
                break;
            if (cityPassed &&
                (tokens(next).size() > 2 || containsDigit(next) || companySuffix().match(next).hasMatch()))
                break;
            customer[j] = true;
            ++taken;
            if (cityPassed)
                break;
            cityPassed = looksLikePostcodeCity(next);
        }
    }
    return customer;
}

// The first part of a line of parts ("Müller GmbH · Hauptstraße 5 · 10115 Berlin", "Durand SAS - 4 place
// Bellecour - TVA FR..."): a sender line or a footer, the part before the first separator names the company.
QStringList lineParts(const QString &line)
{
    static const QRegularExpression separator(
        uR"(\s*[·•|]\s*|\s+[–—\-]\s+|\s*,\s+(?=\d|[\p{Lu}][\p{L}]+\s+\d))"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return line.split(separator, Qt::SkipEmptyParts);
}

// The issuer is who sends the invoice: named after a "From:"/"Supplier:" label, as the account holder, on
// a line with a legal form, at the head of a block with its address and identifiers (VAT ID, org number,
// IBAN) at the top or in the footer. Never a line of the customer's block, and never an address, contact
// or label line. A bare name without any of these signs is not enough: null rather than a guess.
std::optional<Candidate> findSupplierName(const QStringList &lines)
{
    static const QRegularExpression keyword = ci(
        uR"(^(?:from|supplier|seller|vendor|sold\s*by|issued\s*by|service\s*provider|leverand[øo]r|selger|avsender|lieferant|verk[äa]ufer|absender|rechnungssteller|leverancier|verkoper|afzender|fournisseur|vendeur|[ée]metteur|s[äa]ljare|leverant[öo]r|s[æa]lger)(?![\p{L}])\s*:?\s*)"_s);
    // The payee of a bank transfer is the supplier.
    static const QRegularExpression accountHolder = ci(
        uR"(\b(?:account\s*holder|account\s*name|beneficiary|payee|titulaire\s*du\s*compte|kontoinhaber|rekeninghouder|kontoinnehaver|begunstigde)\s*:\s*)"_s);

    const QList<bool> customer = customerLines(lines);
    std::optional<Candidate> best;
    auto nameAfter = [&](int i, const QString &rest) -> std::optional<Candidate> {
        if (!rest.isEmpty())
            return looksLikeName(rest) || companySuffix().match(rest).hasMatch()
                       ? std::optional<Candidate>(Candidate{rest, 0.9, i})
                       : std::nullopt;
        for (int j = i + 1; j < lines.size() && j <= i + 3; ++j)
            if (!customer.at(j) && looksLikeName(lines.at(j)))
                return Candidate{lines.at(j), 0.9, j};
        return std::nullopt;
    };

    // Lines whose text is a name (or starts with one) and what surrounds them.
    int nonEmptySeen = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.isEmpty())
            continue;
        ++nonEmptySeen;
        if (customer.at(i))
            continue;
        if (const auto m = keyword.match(line); m.hasMatch()) {
            if (const auto c = nameAfter(i, line.mid(m.capturedEnd()).trimmed()))
                offer(best, *c);
            continue;
        }
        if (const auto m = accountHolder.match(line); m.hasMatch()) {
            const QString v = line.mid(m.capturedEnd()).trimmed();
            if (!v.isEmpty() && v.size() <= 64)
                offer(best, {v, 0.8, i});
        }

        QString name = line;
        double score = 0;
        if (!looksLikeName(line) && !(companySuffix().match(line).hasMatch() && line.size() <= 60 &&
                                      tokens(line).size() <= 6 && !looksLikeAddress(line))) {
            // A sender or footer line: its first part names the company when the rest is address/identifiers.
            const QStringList parts = lineParts(line);
            if (parts.size() < 2)
                continue;
            name = parts.first().trimmed();
            const QString rest = line.mid(line.indexOf(parts.at(1)));
            if (!looksLikeName(name) && !(companySuffix().match(name).hasMatch() && name.size() <= 60))
                continue;
            if (hasIssuerIdentifier(rest))
                score += 0.35;
            else if (looksLikeAddress(rest) || looksLikeContact(rest))
                score += 0.25;
            else
                continue;
        }
        score += 0.3;
        if (companySuffix().match(name).hasMatch())
            score += 0.4;
        // The head of an issuer block: address, contact or identifiers on the next lines.
        bool address = false;
        bool identifier = false;
        for (int j = i + 1; j < lines.size() && j <= i + 4 && !lines.at(j).isEmpty() && !customer.at(j);
             ++j) {
            address = address || looksLikeAddress(lines.at(j)) || looksLikeContact(lines.at(j));
            identifier = identifier || hasIssuerIdentifier(lines.at(j));
        }
        score += (address ? 0.15 : 0.0) + (identifier ? 0.15 : 0.0);
        // Named again elsewhere (letterhead and footer, sender line and signature).
        for (int j = 0; j < lines.size(); ++j)
            if (j != i && !customer.at(j) && lines.at(j).startsWith(name, Qt::CaseInsensitive)) {
                score += 0.1;
                break;
            }
        if (nonEmptySeen <= 5)
            score += 0.05; // the letterhead
        if (nonEmptySeen <= 3) {
            // Above the document's title ("Harbor Freight Services" / "INVOICE"): the letterhead.
            for (int j = i + 1; j < lines.size() && j <= i + 3; ++j)
                if (invoiceTitle().match(lines.at(j)).hasMatch()) {
                    score += 0.15;
                    break;
                }
        }
        if (score >= 0.5 - 1e-9)
            offer(best, {name, std::min(score, 0.9), i});
    }
    return best;
}

QString normaliseVatId(const QString &raw)
{
    QString v = raw.toUpper();
    v.remove(QRegularExpression(uR"([\s.\-])"_s));
    const int digits = int(std::count_if(v.cbegin(), v.cend(), [](QChar c) { return c.isDigit(); }));
    if (digits < 8 || digits > 14 || v.size() > 20)
        return {};
    return v;
}

QString vatIdFrom(const QString &text, bool, bool)
{
    static const QRegularExpression re(
        uR"((?<![A-Za-z0-9])(?:[A-Z]{2}\d[\dA-Z]{7,13}|(?:[A-Z]{2}\s?)?\d[\d .]{6,16}\d(?:\s?MVA)?)(?![A-Za-z0-9]))"_s);
    const auto m = re.match(text);
    return m.hasMatch() ? normaliseVatId(m.captured(0)) : QString();
}

std::optional<Candidate> findSupplierVatId(const QStringList &lines)
{
    static const QList<Keyword> keywords = {
        {ci(uR"(\b(?:vat|btw|tva|mva|moms|ust|mwst|gst)[\s\-]*(?:id|no|nr|number|nummer|reg(?:istration)?(?:\s*no\.?)?|identification(?:\s*number)?)?\.?(?![a-z]))"_s),
         0.9},
        {ci(uR"(\b(?:ust-?id(?:nr)?|ust\.?\s*id\.?\s*nr|org(?:anisation|anization)?\.?\s*(?:nr|no|number|nummer)|foretaksregisteret|gstin|tax\s*id)\.?(?![a-z]))"_s),
         0.85},
    };
    static const QRegularExpression customer =
        ci(uR"(\b(?:uw|your|customer|klant|kunde|client|ihre|deres)\b)"_s);
    auto best = findByKeywords(lines, keywords, vatIdFrom, &customer);
    if (best)
        return best;
    static const QRegularExpression norwegian(uR"(\bNO\s?\d{3}\s?\d{3}\s?\d{3}\s?MVA\b)"_s);
    for (int i = 0; i < lines.size(); ++i)
        if (const auto m = norwegian.match(lines.at(i));
            m.hasMatch() && !customer.match(lines.at(i)).hasMatch())
            return Candidate{normaliseVatId(m.captured(0)), 0.7, i};
    return std::nullopt;
}

int ibanLength(const QString &country)
{
    static const QHash<QString, int> lengths = {
        {u"AT"_s, 20}, {u"BE"_s, 16}, {u"CH"_s, 21}, {u"CZ"_s, 24}, {u"DE"_s, 22}, {u"DK"_s, 18},
        {u"EE"_s, 20}, {u"ES"_s, 24}, {u"FI"_s, 18}, {u"FR"_s, 27}, {u"GB"_s, 22}, {u"IE"_s, 22},
        {u"IS"_s, 26}, {u"IT"_s, 27}, {u"LT"_s, 20}, {u"LU"_s, 20}, {u"LV"_s, 21}, {u"NL"_s, 18},
        {u"NO"_s, 15}, {u"PL"_s, 28}, {u"PT"_s, 25}, {u"SE"_s, 24}, {u"SI"_s, 19}, {u"SK"_s, 24}};
    return lengths.value(country, 0);
}

std::optional<Candidate> findIban(const QStringList &lines)
{
    static const QRegularExpression start(uR"((?<![A-Za-z0-9])([A-Z]{2}\d{2})((?:\s?[A-Z0-9]){11,30}))"_s);
    static const QRegularExpression keyword = ci(uR"(\biban\b)"_s);
    std::optional<Candidate> best;
    for (int i = 0; i < lines.size(); ++i) {
        auto it = start.globalMatch(lines.at(i));
        while (it.hasNext()) {
            const auto m = it.next();
            QString compact = m.captured(1) % m.captured(2);
            compact.remove(u' ');
            const int known = ibanLength(compact.left(2));
            QString found;
            for (qsizetype len = std::min<qsizetype>(compact.size(), 34); len >= 15; --len) {
                if (known && len != known)
                    continue;
                if (InvoiceModel::isValidIban(compact.left(len))) {
                    found = compact.left(len);
                    break;
                }
            }
            if (!found.isEmpty())
                offer(best, {found, keyword.match(lines.at(i)).hasMatch() ? 0.95 : 0.85, i});
        }
    }
    return best;
}

std::optional<Candidate> findPurchaseOrder(const QStringList &lines)
{
    static const QList<Keyword> keywords = {
        {ci(uR"(\b(?:purchase\s*order(?:\s*(?:number|no|nr)(?![a-z])\.?)?|p\.?o\.?\s*(?:(?:number|no|nr)(?![a-z])\.?|#)|p\.?o\.?(?=\s*:))|\bPO(?=\s+[A-Z0-9-]*\d))"_s),
         0.95},
        {ci(uR"(\b(?:order\s*(?:number|no|nr)(?![a-z])\.?|ordernummer|ordernr\.?|bestellnummer|bestelnummer|bestillingsnummer|ordrenummer|ordrenr\.?|your\s*order|ihre\s*bestellung)\b)"_s),
         0.85},
        {ci(uR"(\b(?:your\s*ref(?:erence)?|deres\s*ref(?:eranse)?|uw\s*referentie|ihr\s*zeichen|votre\s*r[ée]f[ée]rence)\b\.?)"_s),
         0.7},
    };
    return findByKeywords(lines, keywords, identifierFrom);
}

QList<ModelPrediction> nullPredictions(double confidence)
{
    QList<ModelPrediction> result;
    const QStringList labels = InvoiceModel::labels();
    for (const QString &label : labels)
        result.append({label, QJsonValue(QJsonValue::Null), confidence});
    return result;
}

bool looksLikeImage(const QByteArray &content, const QString &contentType)
{
    if (contentType.startsWith(u"image/"_s))
        return true;
    return content.startsWith("\xFF\xD8\xFF") || content.startsWith("\x89PNG") || content.startsWith("II*") ||
           content.startsWith("MM\x00*");
}

} // namespace

QString InvoiceModel::modelId()
{
    // Fixed across runs and machines: derived from a constant name.
    static const QString id =
        u"las:model:"_s %
        QString::fromLatin1(
            QCryptographicHash::hash("las-emulator demo invoice model v1", QCryptographicHash::Md5).toHex());
    return id;
}

QJsonObject InvoiceModel::modelJson()
{
    return QJsonObject{
        {u"modelId"_s, modelId()},
        {u"name"_s, u"Demo invoice model"_s},
        {u"description"_s,
         u"Built-in stand-in of las-emulator: finds invoice fields in the PDF text layer (no OCR)."_s},
        {u"width"_s, 1052},
        {u"height"_s, 1488},
        {u"preprocessConfig"_s,
         QJsonObject{{u"autoRotate"_s, false}, {u"imageQuality"_s, u"LOW"_s}, {u"maxPages"_s, MaxPagesRead}}},
    };
}

QStringList InvoiceModel::labels()
{
    return {LabelInvoiceId, LabelInvoiceDate,  LabelDueDate,       LabelTotal, LabelVat,
            LabelCurrency,  LabelSupplierName, LabelSupplierVatId, LabelIban,  LabelPurchaseOrder};
}

QList<ModelPrediction> InvoiceModel::predict(const QByteArray &content, const QString &contentType,
                                             int maxPages, bool autoRotate)
{
    Q_UNUSED(autoRotate) // the text layer does not depend on the page's orientation
    if (content.isEmpty() || content.size() > MaxContentBytes)
        return nullPredictions(0.0);
    if (looksLikeImage(content, contentType))
        return nullPredictions(ImageConfidence);
    if (!content.left(1024).contains("%PDF-"))
        return nullPredictions(0.0);

    QByteArray bytes = content; // QBuffer needs a non-const array; this is a shallow copy
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return nullPredictions(0.0);
    QPdfDocument document;
    document.load(&buffer); // synchronous for a random-access device
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() <= 0)
        return nullPredictions(0.0);

    const int pages = std::min({std::clamp(maxPages, 1, MaxPagesRead), document.pageCount()});
    QString text;
    for (int page = 0; page < pages && text.size() < MaxTextLength; ++page) {
        text += document.getAllText(page).text();
        text += u'\n';
    }
    document.close();
    if (text.size() > MaxTextLength)
        text.truncate(MaxTextLength);
    if (text.trimmed().isEmpty())
        return nullPredictions(ImageConfidence); // a scanned PDF: no text layer
    return predictFromText(text);
}

QList<ModelPrediction> InvoiceModel::predictFromText(const QString &rawText)
{
    const QStringList lines = splitLines(rawText.left(MaxTextLength));
    QHash<QString, std::optional<Candidate>> found;
    found.insert(LabelInvoiceId, findInvoiceId(lines));
    const auto due = findDueDate(lines);
    found.insert(LabelDueDate, due);
    found.insert(LabelInvoiceDate, findInvoiceDate(lines, due));
    found.insert(LabelTotal, findTotal(lines));
    found.insert(LabelVat, findVat(lines));
    found.insert(LabelCurrency, findCurrency(lines));
    found.insert(LabelSupplierName, findSupplierName(lines));
    found.insert(LabelSupplierVatId, findSupplierVatId(lines));
    found.insert(LabelIban, findIban(lines));
    found.insert(LabelPurchaseOrder, findPurchaseOrder(lines));

    QList<ModelPrediction> result;
    const QStringList all = labels();
    for (const QString &label : all) {
        const auto &c = found.value(label);
        const QString value = c ? clip(c->value.trimmed()) : QString();
        if (value.isEmpty())
            result.append({label, QJsonValue(QJsonValue::Null), 0.1}); // looked, found nothing
        else
            result.append({label, value, std::clamp(c->confidence, 0.0, 1.0)});
    }
    return result;
}

QString InvoiceModel::normaliseAmount(const QString &text)
{
    return amountFrom(text.left(MaxLineLength), false, true);
}

QString InvoiceModel::normaliseDate(const QString &text)
{
    return firstDate(text.left(MaxLineLength));
}

bool InvoiceModel::isValidIban(const QString &iban)
{
    QString s = iban.toUpper();
    s.remove(u' ');
    if (s.size() < 15 || s.size() > 34)
        return false;
    for (QChar c : std::as_const(s))
        if (!(c.isDigit() || (c >= u'A' && c <= u'Z')))
            return false;
    if (!s.at(0).isLetter() || !s.at(1).isLetter() || !s.at(2).isDigit() || !s.at(3).isDigit())
        return false;
    const QString rearranged = s.mid(4) + s.left(4);
    int remainder = 0;
    for (QChar c : rearranged) {
        const int v = c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10;
        remainder = v >= 10 ? (remainder * 100 + v) % 97 : (remainder * 10 + v) % 97;
    }
    return remainder == 1;
}

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
std::optional<Candidate> findByKeywords(const QStringList &lines, const QList<Keyword> &keywords,
                                        const ValueFromText &valueFrom,
                                        const QRegularExpression *exclude = nullptr)
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
            if (!rest.isEmpty() && !rest.endsWith(u':'))
                continue; // something else follows the keyword: not a label of the next line
            const int j = nextNonEmpty(lines, i);
            if (j < 0)
                continue;
            const bool atStart = m.capturedStart() == 0;
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

std::optional<Candidate> findInvoiceId(const QStringList &lines)
{
    static const QList<Keyword> keywords = {
        {ci(uR"(\binv(?:oice)?\.?\s*(?:(?:number|num|no|nr|id)(?![a-z])\.?|#))"_s), 0.95},
        {ci(uR"(\b(?:factuur|faktura|rechnungs?)\s*(?:(?:nummer|nr|no)(?![a-z])\.?|#))"_s), 0.95},
        {ci(uR"(\b(?:factuurnummer|fakturanummer|fakturanr|rechnungsnummer|rechnungsnr)\b\.?)"_s), 0.95},
        {ci(uR"(\bfacture\s*(?:n\s*[°ºo]|num[ée]ro)\.?|\bn[°º]\s*de\s*facture)"_s), 0.95},
        {ci(uR"(\b(?:receipt|bill)\s*(?:number|no\.?|nr\.?|#))"_s), 0.7},
        {ci(uR"(\bbooking\s*id\b)"_s), 0.6},
        {ci(uR"(\bfactuur$)"_s), 0.6},
    };
    return findByKeywords(lines, keywords, identifierFrom);
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

std::optional<Candidate> findSupplierName(const QStringList &lines)
{
    static const QRegularExpression suffix(
        uR"((?:^|[\s,])(?:AS|ASA|AB|A/S|ApS|B\.?V\.?|N\.?V\.?|GmbH|AG|KG|Ltd\.?|Limited|Inc\.?|LLC|S\.?A\.?S?|SARL|Sarl|S\.?r\.?l\.?|SpA|Oy|Oyj|plc|PLC|Corp\.?|Corporation|Pvt\.?\s*Ltd\.?)$)"_s);
    static const QRegularExpression keyword = ci(
        uR"(^(?:from|supplier|seller|vendor|leverandør|leverancier|lieferant|fournisseur|sold\s*by)\s*:?\s*)"_s);
    // The payee of a bank transfer is the supplier.
    static const QRegularExpression accountHolder = ci(
        uR"(\b(?:account\s*holder|account\s*name|beneficiary|titulaire\s*du\s*compte|kontoinhaber|rekeninghouder|kontoinnehaver)\s*:\s*)"_s);
    static const QRegularExpression customerBlock = ci(
        uR"(^(?:bill(?:ed)?\s*to|invoice\s*to|ship\s*to|customer|client|kunde|klant|factuuradres|afleveradres|to|faktureres\s*til|fakturamottaker|mottaker|rechnungsempf[äa]nger|attn|t\.a\.v)\b)"_s);
    static const QRegularExpression title = ci(
        uR"(^(?:invoice|factuur|faktura|rechnung|facture|receipt|payment\s*receipt|tax\s*invoice|kopie\s*factuur|credit\s*note)\.?$)"_s);
    int customerUntil = -1;
    std::optional<Candidate> best;
    QString firstLine;
    int firstLineIndex = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.isEmpty())
            continue;
        if (customerBlock.match(line).hasMatch()) {
            customerUntil = i + 3; // the customer's name follows its label
            continue;
        }
        if (const auto m = accountHolder.match(line); m.hasMatch()) {
            const QString v = line.mid(m.capturedEnd()).trimmed();
            if (!v.isEmpty() && v.size() <= 64)
                offer(best, {v, 0.8, i});
        }
        if (const auto m = keyword.match(line); m.hasMatch()) {
            const QString v = line.mid(m.capturedEnd()).trimmed();
            if (!v.isEmpty() && v.size() <= 64)
                offer(best, {v, 0.9, i});
        }
        if (i <= customerUntil)
            continue;
        if (firstLineIndex < 0 && !title.match(line).hasMatch() &&
            std::any_of(line.cbegin(), line.cend(), [](QChar c) { return c.isLetter(); })) {
            firstLine = line;
            firstLineIndex = i;
        }
        if (line.size() <= 60 && tokens(line).size() <= 6 && suffix.match(line).hasMatch())
            offer(best, {line, 0.85, i});
    }
    if (!best && firstLineIndex >= 0 && firstLine.size() <= 64)
        best = Candidate{firstLine, 0.3, firstLineIndex};
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

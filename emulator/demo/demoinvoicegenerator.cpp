#include "demo/demoinvoicegenerator.h"

#include <QBuffer>
#include <QDate>
#include <QFont>
#include <QImage>
#include <QImageWriter>
#include <QJsonObject>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// Page geometry in PostScript points (A4); both the PDF and the scan are drawn in this space.
constexpr int PageWidth = 595;
constexpr int PageHeight = 842;
constexpr int ScanDpi = 100;

enum class Language { English, Norwegian, Dutch, German };
enum class AmountStyle { SpaceComma, DotComma, CommaDot };

struct Supplier
{
    QString name, street, city, country, currency;
    QString vatPrefix; // country code in the VAT id
    Language language;
    AmountStyle amounts;
    QString dateFormat; // QDate format, or "long" for "1 March 2025"
    int vatRate;        // percent
    QString ibanCountry;
    int ibanBbanLength;
    QString bankLetters; // leading letters of the BBAN (NL, GB), may be empty
};

const std::array<Supplier, 8> &suppliers()
{
    static const std::array<Supplier, 8> list = {{
        {u"Nordlys Kontorrekvisita AS"_s,
         u"Storgata 12"_s,
         u"0155 Oslo"_s,
         u"Norway"_s,
         u"NOK"_s,
         u"NO"_s,
         Language::Norwegian,
         AmountStyle::SpaceComma,
         u"dd.MM.yyyy"_s,
         25,
         u"NO"_s,
         11,
         {}},
        {u"Fjordkraft Teknikk AS"_s,
         u"Bryggen 4"_s,
         u"5003 Bergen"_s,
         u"Norway"_s,
         u"NOK"_s,
         u"NO"_s,
         Language::English,
         AmountStyle::SpaceComma,
         u"yyyy-MM-dd"_s,
         25,
         u"NO"_s,
         11,
         {}},
        {u"Svea Byggvaror AB"_s,
         u"Kungsgatan 33"_s,
         u"411 19 Göteborg"_s,
         u"Sweden"_s,
         u"SEK"_s,
         u"SE"_s,
         Language::English,
         AmountStyle::SpaceComma,
         u"yyyy-MM-dd"_s,
         25,
         u"SE"_s,
         20,
         {}},
        {u"Van der Berg Logistiek B.V."_s, u"Oudegracht 120"_s, u"3511 AX Utrecht"_s, u"Netherlands"_s,
         u"EUR"_s, u"NL"_s, Language::Dutch, AmountStyle::DotComma, u"dd-MM-yyyy"_s, 21, u"NL"_s, 14,
         u"ABNA"_s},
        {u"Hoffmann Maschinenbau GmbH"_s,
         u"Leopoldstraße 8"_s,
         u"80802 München"_s,
         u"Germany"_s,
         u"EUR"_s,
         u"DE"_s,
         Language::German,
         AmountStyle::DotComma,
         u"dd.MM.yyyy"_s,
         19,
         u"DE"_s,
         18,
         {}},
        {u"Brightwater Supplies Ltd"_s, u"14 Castle Street"_s, u"Edinburgh EH2 3AH"_s, u"United Kingdom"_s,
         u"GBP"_s, u"GB"_s, Language::English, AmountStyle::CommaDot, u"long"_s, 20, u"GB"_s, 18, u"NWBK"_s},
        {u"Kastrup Design ApS"_s,
         u"Amagerbrogade 51"_s,
         u"2300 København S"_s,
         u"Denmark"_s,
         u"DKK"_s,
         u"DK"_s,
         Language::English,
         AmountStyle::DotComma,
         u"dd-MM-yyyy"_s,
         25,
         u"DK"_s,
         14,
         {}},
        {u"Lumière Services SARL"_s,
         u"12 rue de la République"_s,
         u"69002 Lyon"_s,
         u"France"_s,
         u"EUR"_s,
         u"FR"_s,
         Language::English,
         AmountStyle::SpaceComma,
         u"dd/MM/yyyy"_s,
         20,
         u"FR"_s,
         23,
         {}},
    }};
    return list;
}

struct Customer
{
    QString name, street, city;
};

const QList<Customer> &customers()
{
    static const QList<Customer> list = {
        {u"Acme Retail AS"_s, u"Karl Johans gate 22"_s, u"0159 Oslo, Norway"_s},
        {u"Polaris Shipping ASA"_s, u"Strandkaien 6"_s, u"4005 Stavanger, Norway"_s},
        {u"Granite Foods AB"_s, u"Drottninggatan 71"_s, u"111 36 Stockholm, Sweden"_s},
        {u"Bluefin Consulting Ltd"_s, u"3 Quay Street"_s, u"Manchester M3 3JZ, United Kingdom"_s},
        {u"Kestrel Media B.V."_s, u"Keizersgracht 300"_s, u"1016 EX Amsterdam, Netherlands"_s},
        {u"Alpenblick Hotels GmbH"_s, u"Maximilianstraße 15"_s, u"6020 Innsbruck, Austria"_s},
    };
    return list;
}

const QStringList &items()
{
    static const QStringList list = {u"Consulting hours"_s,
                                     u"Office chairs, ergonomic"_s,
                                     u"Printer paper A4, 5 boxes"_s,
                                     u"Software licence, annual"_s,
                                     u"Freight Oslo - Bergen"_s,
                                     u"Installation and set-up"_s,
                                     u"Laptop stand, aluminium"_s,
                                     u"Cleaning service, monthly"_s,
                                     u"Network switch 24 ports"_s,
                                     u"Training workshop, 1 day"_s,
                                     u"Desk lamps LED"_s,
                                     u"Cloud storage 1 TB"_s};
    return list;
}

struct Labels
{
    QString title, invoiceNo, invoiceDate, dueDate, order, billTo, description, qty, unitPrice, amount,
        subtotal, vat, total, vatId, iban, accountHolder;
};

Labels labelsFor(Language language)
{
    switch (language) {
    case Language::Norwegian:
        return {u"FAKTURA"_s,
                u"Fakturanummer:"_s,
                u"Fakturadato:"_s,
                u"Forfallsdato:"_s,
                u"Bestillingsnummer:"_s,
                u"Fakturamottaker:"_s,
                u"Beskrivelse"_s,
                u"Antall"_s,
                u"Enhetspris"_s,
                u"Beløp"_s,
                u"Sum eks. mva"_s,
                u"MVA %1 %"_s,
                u"Å betale"_s,
                u"Org.nr:"_s,
                u"IBAN:"_s,
                u"Kontoinnehaver:"_s};
    case Language::Dutch:
        return {u"FACTUUR"_s,
                u"Factuurnummer:"_s,
                u"Factuurdatum:"_s,
                u"Vervaldatum:"_s,
                u"Ordernummer:"_s,
                u"Factuuradres:"_s,
                u"Omschrijving"_s,
                u"Aantal"_s,
                u"Prijs"_s,
                u"Bedrag"_s,
                u"Subtotaal"_s,
                u"BTW %1%"_s,
                u"Totaal te betalen"_s,
                u"BTW-nummer:"_s,
                u"IBAN:"_s,
                u"Rekeninghouder:"_s};
    case Language::German:
        return {u"RECHNUNG"_s,        u"Rechnungsnummer:"_s,
                u"Rechnungsdatum:"_s, u"Fällig am:"_s,
                u"Bestellnummer:"_s,  u"Rechnungsempfänger:"_s,
                u"Beschreibung"_s,    u"Menge"_s,
                u"Einzelpreis"_s,     u"Betrag"_s,
                u"Zwischensumme"_s,   u"MwSt. %1 %"_s,
                u"Gesamtbetrag"_s,    u"USt-IdNr.:"_s,
                u"IBAN:"_s,           u"Kontoinhaber:"_s};
    case Language::English:
        break;
    }
    return {u"INVOICE"_s,         u"Invoice number:"_s, u"Invoice date:"_s, u"Due date:"_s,
            u"Purchase order:"_s, u"Bill to:"_s,        u"Description"_s,   u"Qty"_s,
            u"Unit price"_s,      u"Amount"_s,          u"Subtotal"_s,      u"VAT %1%"_s,
            u"Total due"_s,       u"VAT no.:"_s,        u"IBAN:"_s,         u"Account holder:"_s};
}

QString formatAmount(qint64 cents, AmountStyle style)
{
    const bool negative = cents < 0;
    const qint64 abs = negative ? -cents : cents;
    QString integer = QString::number(abs / 100);
    const QString decimals = QString::number(abs % 100).rightJustified(2, u'0');
    const QChar group = style == AmountStyle::SpaceComma ? u' '
                        : style == AmountStyle::DotComma ? u'.'
                                                         : u',';
    const QChar decimal = style == AmountStyle::CommaDot ? u'.' : u',';
    for (qsizetype i = integer.size() - 3; i > 0; i -= 3)
        integer.insert(i, group);
    return (negative ? u"-"_s : QString()) % integer % decimal % decimals;
}

QString plainAmount(qint64 cents)
{
    return QString::number(cents / 100) % u'.' % QString::number(cents % 100).rightJustified(2, u'0');
}

QString formatDate(const QDate &date, const QString &format)
{
    if (format == u"long"_s)
        return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, u"d MMMM yyyy"_s);
    return date.toString(format);
}

int mod97(const QString &digits)
{
    int r = 0;
    for (QChar c : digits) {
        const int v = c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10;
        r = v >= 10 ? (r * 100 + v) % 97 : (r * 10 + v) % 97;
    }
    return r;
}

QString makeIban(QRandomGenerator &rng, const Supplier &s)
{
    QString bban = s.bankLetters;
    while (bban.size() < s.ibanBbanLength)
        bban += QChar(u'0' + rng.bounded(10));
    const int check = 98 - mod97(bban + s.ibanCountry + u"00"_s);
    return s.ibanCountry % QString::number(check).rightJustified(2, u'0') % bban;
}

QString groupedIban(const QString &iban)
{
    QString out;
    for (qsizetype i = 0; i < iban.size(); i += 4)
        out += (i ? u" "_s : QString()) + iban.mid(i, 4);
    return out;
}

QString digits(QRandomGenerator &rng, int n)
{
    QString out;
    out += QChar(u'1' + rng.bounded(9));
    while (out.size() < n)
        out += QChar(u'0' + rng.bounded(10));
    return out;
}

struct Line
{
    QString description;
    int quantity;
    qint64 unitCents;
};

struct Invoice
{
    const Supplier *supplier = nullptr;
    Labels labels;
    QString customer, customerStreet, customerCity;
    QString invoiceNo, order, vatIdPrinted, vatIdTruth, iban;
    QDate invoiceDate, dueDate;
    QList<Line> lines;
    qint64 subtotal = 0, vat = 0, total = 0;
};

Invoice makeInvoice(quint32 seed, int index)
{
    const std::array<quint32, 3> seeds = {seed, quint32(index), 0x1A5u};
    QRandomGenerator rng(seeds.data(), qsizetype(seeds.size()));
    Invoice inv;
    const Supplier &s = suppliers().at(rng.bounded(int(suppliers().size())));
    inv.supplier = &s;
    inv.labels = labelsFor(s.language);
    const Customer &customer = customers().at(rng.bounded(int(customers().size())));
    inv.customer = customer.name;
    inv.customerStreet = customer.street;
    inv.customerCity = customer.city;
    inv.invoiceDate = QDate(2025, 1, 2).addDays(rng.bounded(330));
    inv.dueDate = inv.invoiceDate.addDays(rng.bounded(2) ? 30 : 14);
    switch (rng.bounded(3)) {
    case 0:
        inv.invoiceNo = u"INV-"_s % QString::number(inv.invoiceDate.year()) % u'-' % digits(rng, 5);
        break;
    case 1:
        inv.invoiceNo = QString::number(inv.invoiceDate.year()) % digits(rng, 5);
        break;
    default:
        inv.invoiceNo = u"F"_s % digits(rng, 6);
        break;
    }
    inv.order = rng.bounded(2) ? u"PO-"_s % digits(rng, 5) : u"4500"_s % digits(rng, 6);
    switch (s.language) {
    case Language::Norwegian: {
        const QString nr = digits(rng, 9);
        inv.vatIdPrinted = u"NO "_s % nr.mid(0, 3) % u' ' % nr.mid(3, 3) % u' ' % nr.mid(6, 3) % u" MVA"_s;
        inv.vatIdTruth = u"NO"_s % nr % u"MVA"_s;
        break;
    }
    case Language::Dutch:
        inv.vatIdTruth = inv.vatIdPrinted = u"NL"_s % digits(rng, 9) % u"B01"_s;
        break;
    default:
        if (s.vatPrefix == u"NO"_s) {
            const QString nr = digits(rng, 9);
            inv.vatIdPrinted =
                u"NO "_s % nr.mid(0, 3) % u' ' % nr.mid(3, 3) % u' ' % nr.mid(6, 3) % u" MVA"_s;
            inv.vatIdTruth = u"NO"_s % nr % u"MVA"_s;
        } else {
            const int length = s.vatPrefix == u"SE"_s   ? 12
                               : s.vatPrefix == u"FR"_s ? 11
                               : s.vatPrefix == u"DK"_s ? 8
                                                        : 9;
            inv.vatIdTruth = inv.vatIdPrinted = s.vatPrefix % digits(rng, length);
        }
        break;
    }
    inv.iban = makeIban(rng, s);
    const int lineCount = 1 + rng.bounded(6);
    for (int i = 0; i < lineCount; ++i) {
        Line l{items().at(rng.bounded(int(items().size()))), 1 + rng.bounded(12),
               qint64(5000 + rng.bounded(400000))};
        inv.subtotal += l.quantity * l.unitCents;
        inv.lines.append(l);
    }
    inv.vat = (inv.subtotal * s.vatRate + 50) / 100;
    inv.total = inv.subtotal + inv.vat;
    return inv;
}

QJsonArray groundTruthOf(const Invoice &inv)
{
    auto item = [](const QString &label, const QString &value) {
        return QJsonObject{{u"label"_s, label}, {u"value"_s, value}};
    };
    return QJsonArray{
        item(u"invoice_id"_s, inv.invoiceNo),
        item(u"invoice_date"_s, inv.invoiceDate.toString(Qt::ISODate)),
        item(u"due_date"_s, inv.dueDate.toString(Qt::ISODate)),
        item(u"total_amount"_s, plainAmount(inv.total)),
        item(u"vat_amount"_s, plainAmount(inv.vat)),
        item(u"currency"_s, inv.supplier->currency),
        item(u"supplier_name"_s, inv.supplier->name),
        item(u"supplier_vat_id"_s, inv.vatIdTruth),
        item(u"iban"_s, inv.iban),
        item(u"purchase_order"_s, inv.order),
    };
}

// Draws the invoice in page coordinates (points). Top to bottom, one block after the other, so the PDF
// text layer reads in a natural order.
void drawInvoice(QPainter &p, const Invoice &inv)
{
    const Supplier &s = *inv.supplier;
    const Labels &l = inv.labels;
    QFont regular(u"DejaVu Sans"_s);
    regular.setPixelSize(9);
    QFont bold = regular;
    bold.setBold(true);
    QFont title = bold;
    title.setPixelSize(20);
    QFont name = bold;
    name.setPixelSize(13);

    const int left = 50, valueX = 170, right = PageWidth - 50;
    int y = 60;
    auto text = [&](int x, int baseline, const QString &t, const QFont &f) {
        p.setFont(f);
        p.drawText(QPoint(x, baseline), t);
    };
    auto rightText = [&](int xRight, int baseline, const QString &t, const QFont &f) {
        p.setFont(f);
        p.drawText(QPoint(xRight - p.fontMetrics().horizontalAdvance(t), baseline), t);
    };
    auto money = [&](qint64 cents) { return formatAmount(cents, s.amounts); };

    p.fillRect(QRect(0, 0, PageWidth, PageHeight), Qt::white);
    p.setPen(Qt::black);
    text(left, y, s.name, name);
    y += 16;
    text(left, y, s.street, regular);
    y += 12;
    text(left, y, s.city % u", "_s % s.country, regular);
    y += 12;
    text(left, y, l.vatId % u' ' % inv.vatIdPrinted, regular);
    y += 36;
    text(left, y, l.title, title);
    y += 28;

    const QList<std::pair<QString, QString>> header = {
        {l.invoiceNo, inv.invoiceNo},
        {l.invoiceDate, formatDate(inv.invoiceDate, s.dateFormat)},
        {l.dueDate, formatDate(inv.dueDate, s.dateFormat)},
        {l.order, inv.order},
    };
    for (const auto &[label, value] : header) {
        text(left, y, label, bold);
        text(valueX, y, value, regular);
        y += 14;
    }
    y += 16;
    text(left, y, l.billTo, bold);
    y += 13;
    text(left, y, inv.customer, regular);
    y += 12;
    text(left, y, inv.customerStreet, regular);
    y += 12;
    text(left, y, inv.customerCity, regular);
    y += 30;

    const int qtyX = 330, unitRight = 450;
    text(left, y, l.description, bold);
    text(qtyX, y, l.qty, bold);
    rightText(unitRight, y, l.unitPrice, bold);
    rightText(right, y, l.amount, bold);
    y += 4;
    p.drawLine(left, y, right, y);
    y += 14;
    for (const Line &line : inv.lines) {
        text(left, y, line.description, regular);
        text(qtyX, y, QString::number(line.quantity), regular);
        rightText(unitRight, y, money(line.unitCents), regular);
        rightText(right, y, money(line.quantity * line.unitCents), regular);
        y += 14;
    }
    p.drawLine(left, y - 8, right, y - 8);
    y += 8;
    const int labelX = 330;
    text(labelX, y, l.subtotal, regular);
    rightText(right, y, money(inv.subtotal), regular);
    y += 14;
    text(labelX, y, l.vat.arg(s.vatRate), regular);
    rightText(right, y, money(inv.vat), regular);
    y += 16;
    text(labelX, y, l.total, bold);
    rightText(right, y, s.currency % u' ' % money(inv.total), bold);
    y += 50;

    text(left, y, l.iban, bold);
    text(valueX, y, groupedIban(inv.iban), regular);
    y += 14;
    text(left, y, l.accountHolder, bold);
    text(valueX, y, s.name, regular);

    p.setFont(regular);
    p.setPen(Qt::darkGray);
    p.drawText(QRect(left, PageHeight - 60, right - left, 14), Qt::AlignHCenter,
               s.name % u" · "_s % s.street % u" · "_s % s.city);
}

QByteArray renderPdf(const Invoice &inv)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setResolution(72);
        writer.setTitle(u"Invoice "_s % inv.invoiceNo);
        writer.setCreator(u"las-emulator demo"_s);
        QPainter painter(&writer);
        const QRect device = painter.viewport();
        painter.setWindow(0, 0, PageWidth, PageHeight);
        painter.setViewport(device);
        drawInvoice(painter, inv);
        painter.end();
    }
    return bytes;
}

QByteArray renderScan(const Invoice &inv, QRandomGenerator &rng)
{
    const int width = PageWidth * ScanDpi / 72, height = PageHeight * ScanDpi / 72;
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(250, 249, 245));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        // A scanner never feeds the page perfectly straight.
        const double angle = (rng.bounded(200) - 100) / 100.0; // -1..1 degrees
        painter.translate(width / 2.0, height / 2.0);
        painter.rotate(angle);
        painter.translate(-width / 2.0, -height / 2.0);
        painter.scale(double(ScanDpi) / 72.0, double(ScanDpi) / 72.0);
        drawInvoice(painter, inv);
        painter.resetTransform();
        // Specks of dust.
        for (int i = 0; i < 400; ++i) {
            const int gray = 90 + rng.bounded(120);
            painter.fillRect(rng.bounded(width), rng.bounded(height), 1 + rng.bounded(2), 1 + rng.bounded(2),
                             QColor(gray, gray, gray));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(70);
    writer.write(image.convertToFormat(QImage::Format_Grayscale8));
    return bytes;
}

} // namespace

DemoInvoiceGenerator::DemoInvoiceGenerator(quint32 seed)
    : m_seed(seed)
{}

DemoInvoice DemoInvoiceGenerator::generate(int index)
{
    const Invoice inv = makeInvoice(m_seed, index);
    DemoInvoice out;
    out.groundTruth = groundTruthOf(inv);
    const QString number = QString::number(index + 1).rightJustified(4, u'0');
    if (isScan(index)) {
        const std::array<quint32, 3> seeds = {m_seed, quint32(index), 0x5CA7u};
        QRandomGenerator rng(seeds.data(), qsizetype(seeds.size()));
        out.fileName = u"scan-"_s % number % u".jpg"_s;
        out.contentType = u"image/jpeg"_s;
        out.content = renderScan(inv, rng);
    } else {
        out.fileName = u"invoice-"_s % number % u".pdf"_s;
        out.contentType = u"application/pdf"_s;
        out.content = renderPdf(inv);
    }
    return out;
}

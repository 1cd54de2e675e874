#include "demo/demoinvoicegenerator.h"
#include "model/invoicemodel.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QHash<QString, ModelPrediction> byLabel(const QList<ModelPrediction> &predictions)
{
    QHash<QString, ModelPrediction> h;
    for (const auto &p : predictions)
        h.insert(p.label, p);
    return h;
}

QString valueOf(const QList<ModelPrediction> &predictions, const QString &label)
{
    const auto h = byLabel(predictions);
    return h.contains(label) && h.value(label).value.isString() ? h.value(label).value.toString() : QString();
}

// Every label exactly once, values null or 1..64 characters, confidence in 0..1: what the API allows.
void verifyContractShape(const QList<ModelPrediction> &predictions)
{
    static const QRegularExpression labelRe(uR"(^[0-9A-Za-z_]{1,36}$)"_s);
    QCOMPARE(predictions.size(), InvoiceModel::labels().size());
    QStringList seen;
    for (const auto &p : predictions) {
        QVERIFY2(labelRe.match(p.label).hasMatch(), qPrintable(p.label));
        QVERIFY(!seen.contains(p.label));
        seen.append(p.label);
        QVERIFY2(p.value.isNull() || p.value.isString(), qPrintable(p.label));
        if (p.value.isString()) {
            QVERIFY2(!p.value.toString().isEmpty(), qPrintable(p.label));
            QVERIFY2(p.value.toString().size() <= 64, qPrintable(p.label));
        }
        QVERIFY(p.confidence >= 0.0 && p.confidence <= 1.0);
    }
}

// A PDF with the given text lines, one page per list; written with QPdfWriter so it has a text layer.
QByteArray pdfWithPages(const QList<QStringList> &pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(10);
    painter.setFont(font);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        int y = 60;
        for (const QString &line : pages.at(i)) {
            painter.drawText(QPoint(50, y), line);
            y += 14;
        }
    }
    painter.end();
    return bytes;
}

// The invoice2data fixtures name fields differently; this maps them to the model's labels.
QList<std::pair<QString, QString>> expectedFields(const QJsonObject &e)
{
    QList<std::pair<QString, QString>> out;
    auto amount = [](const QJsonValue &v) { return QString::number(v.toDouble(), 'f', 2); };
    if (e.contains(u"invoice_number"_s))
        out.append({u"invoice_id"_s, e.value(u"invoice_number"_s).toString()});
    if (e.contains(u"date"_s))
        out.append({u"invoice_date"_s, e.value(u"date"_s).toString()});
    if (e.contains(u"date_due"_s))
        out.append({u"due_date"_s, e.value(u"date_due"_s).toString()});
    if (e.contains(u"amount"_s))
        out.append({u"total_amount"_s, amount(e.value(u"amount"_s))});
    if (e.contains(u"amount_tax"_s))
        out.append({u"vat_amount"_s, amount(e.value(u"amount_tax"_s))});
    if (e.contains(u"currency"_s))
        out.append({u"currency"_s, e.value(u"currency"_s).toString()});
    out.append({u"supplier_name"_s,
                e.value(e.contains(u"partner_name"_s) ? u"partner_name"_s : u"issuer"_s).toString()});
    if (e.contains(u"vat"_s) || e.contains(u"static_vat"_s))
        out.append(
            {u"supplier_vat_id"_s, e.value(e.contains(u"vat"_s) ? u"vat"_s : u"static_vat"_s).toString()});
    if (e.contains(u"iban"_s))
        out.append({u"iban"_s, e.value(u"iban"_s).toString()});
    return out;
}

// Synthetic invoices as their text layers read (one line per text line), written from common conventions in
// the languages the model claims, not from the samples: issuer block at the top or only in the footer, a
// customer block with and without a label, invoice numbers after the many keywords or under a bare heading.
struct SyntheticInvoice
{
    const char *name;
    QString text;
    QString invoiceId;    // empty: the model must find none
    QString supplierName; // empty: the model must find none
};

QList<SyntheticInvoice> syntheticInvoices()
{
    return {
        {"en heading then number, bill to", uR"(Brightwave Consulting Ltd
12 Harbour Street
Bristol BS1 4QA
VAT Reg No: GB 123 4567 89
INVOICE
INV-2024-0031
Date: 14 March 2024
Bill To:
Northwind Traders Ltd
45 Market Road
Leeds LS2 8AB
Description Qty Amount
Consulting 10 1,000.00
VAT 20% 200.00
Total due £1,200.00)"_s,
         u"INV-2024-0031"_s, u"Brightwave Consulting Ltd"_s},
        {"en bill to first, supplier in footer", uR"(INVOICE
Bill to:
Harper & Sons Ltd
7 Queen's Road
London SW1A 1AA
Invoice #: 10045
Invoice date: 02/05/2024
Item Price
Logo design 450.00
Total $530.00
Greenleaf Design Studio | 3 Mill Lane, Oxford OX1 2AB | VAT No. GB 987 6543 21
Thank you for your business!)"_s,
         u"10045"_s, u"Greenleaf Design Studio"_s},
        {"en us letterhead, labels above values", uR"(ACME ROOFING INC.
1200 Elm Street, Suite 300
Springfield, IL 62704
Phone: (217) 555-0199
billing@acmeroofing.com
INVOICE
Invoice Number
00451
Invoice Date
March 3, 2024
Ship To:
Lakeside Apartments LLC
88 Shore Drive
Chicago, IL 60601
Amount Due $4,980.00)"_s,
         u"00451"_s, u"ACME ROOFING INC."_s},
        {"en from label, customer number first", uR"(From:
Bluebird Analytics
221 Baker Street
London NW1 6XE
To:
Oakridge Holdings
Customer No.: 88812
Order No.: 5555
Invoice No.: 7777
Issue date: 01/06/2024
Total: £300.00)"_s,
         u"7777"_s, u"Bluebird Analytics"_s},
        {"en heading with hash on next line, phone nearby", uR"(Pinecrest Software
Tel. +44 20 7946 0958
INVOICE
# 2024-118
Invoice to: Meridian Health Ltd
Total due GBP 2,400.00)"_s,
         u"2024-118"_s, u"Pinecrest Software"_s},
        {"de sender line, customer window without label",
         uR"(Müller & Schmidt GmbH · Hauptstraße 5 · 10115 Berlin
Bäckerei Sonnenschein
Inh. Anna Weber
Lindenallee 23
50667 Köln
RECHNUNG
Rechnungsnr.: RE-2024-117
Rechnungsdatum: 05.04.2024
Kundennummer: 40021
Pos. Beschreibung Menge Betrag
1 Wartung 1 1.000,00
Gesamtbetrag 1.190,00 EUR
Müller & Schmidt GmbH | USt-IdNr. DE123456789 | IBAN DE89 3704 0044 0532 0130 00)"_s,
         u"RE-2024-117"_s, u"Müller & Schmidt GmbH"_s},
        {"de rechnung nr, kunde block", uR"(Elektro Wagner KG
Industriestr. 8
80331 München
Tel. 089 123456
Kunde:
Hausverwaltung Berger GmbH
Ringstraße 3
80333 München
Rechnung Nr. 2024/00117
Kunden-Nr. 10023
Datum: 12.03.2024
Rechnungsbetrag 2.380,00 €
Steuernummer 143/123/45678)"_s,
         u"2024/00117"_s, u"Elektro Wagner KG"_s},
        {"de heading rechnung then number", uR"(Schreinerei Holzmann
Am Markt 2
01067 Dresden
Rechnungsempfänger
Praxis Dr. Lehmann
Bahnhofstraße 14
01069 Dresden
RECHNUNG
2024-0456
Leistungsdatum 02.02.2024
Zu zahlen 833,00 EUR
USt-IdNr.: DE 811 234 567)"_s,
         u"2024-0456"_s, u"Schreinerei Holzmann"_s},
        {"no faktura, faktureres til", uR"(FAKTURA
Fjordkraft Rørlegger AS
Org.nr. 987 654 321 MVA
Kundenr: 55012
Faktureres til:
Hansen Eiendom AS
Postboks 120 Sentrum
0101 Oslo
Fakturanr. 30118
Fakturadato 10.01.2024
Forfallsdato 24.01.2024
Å betale kr 12 500,00)"_s,
         u"30118"_s, u"Fjordkraft Rørlegger AS"_s},
        {"no customer first, header row", uR"(Kunde
Berg Bygg AS
Strandveien 50
1366 Lysaker
Fakturanummer Fakturadato Forfallsdato
30119 10.01.2024 24.01.2024
Sum å betale NOK 8 750,00
Vestland Maskin AS, Sjøgata 3, 5003 Bergen, Foretaksregisteret NO 923 456 789 MVA)"_s,
         u"30119"_s, u"Vestland Maskin AS"_s},
        {"sv faktura nr, köpare", uR"(Norrsken Måleri AB
Storgatan 10
114 55 Stockholm
Faktura nr. 5012
Fakturadatum 2024-02-15
Köpare:
Lindqvist Fastigheter AB
Kungsgatan 4
411 19 Göteborg
Att betala 6 250,00 SEK
Momsreg.nr SE556677889901)"_s,
         u"5012"_s, u"Norrsken Måleri AB"_s},
        {"da fakturanr, logo name", uR"(Nordic Pixel
Nordic Pixel ApS
Vesterbrogade 20
1620 København V
CVR 12345678
Fakturanr: 1001
Fakturadato: 03.03.2024
Kunde:
Bager Olsen ApS
Nørregade 7
8000 Aarhus C
I alt DKK 5.000,00)"_s,
         u"1001"_s, u"Nordic Pixel ApS"_s},
        {"fr facture n, client", uR"(Atelier Lumière SARL
15 rue de la République
69002 Lyon
SIRET 123 456 789 00012 – TVA FR 12 123456789
FACTURE
Facture n° F-2024-0087
Date : 12/02/2024
Client :
Boulangerie Martin SAS
8 avenue Victor Hugo
75016 Paris
Total TTC 1 440,00 €)"_s,
         u"F-2024-0087"_s, u"Atelier Lumière SARL"_s},
        {"fr n de facture, supplier in footer", uR"(Facturé à :
Cabinet Moreau
22 boulevard Haussmann
75009 Paris
N° de facture : 2024-118
Date de facture : 05/03/2024
Net à payer 960,00 €
Durand et Fils SAS - 4 place Bellecour 69002 Lyon - TVA intracommunautaire FR 45 987654321)"_s,
         u"2024-118"_s, u"Durand et Fils SAS"_s},
        {"nl factuurnummer, klant", uR"(Factuur
Van der Berg Installatietechniek B.V.
Industrieweg 14
3542 AD Utrecht
KvK 12345678
BTW NL123456789B01
Factuurnummer: 2024-0312
Factuurdatum: 03-04-2024
Klant:
De Vries Bouw B.V.
Dorpsstraat 9
1234 AB Amsterdam
Te betalen € 2.420,00)"_s,
         u"2024-0312"_s, u"Van der Berg Installatietechniek B.V."_s},
        {"nl factuurnr, t.a.v. first", uR"(T.a.v. de heer Jansen
Jansen Administratie
Kerkstraat 1
2011 AB Haarlem
Factuurnr. 77-310
Datum 01-05-2024
Totaal € 121,00
Bakkerij Peters | Molenweg 5, 5211 AA Den Bosch | IBAN NL91ABNA0417164300 | BTW NL001234567B01)"_s,
         u"77-310"_s, u"Bakkerij Peters"_s},
        // Written after the model's rules, and checked once before any change to them (see the report).
        {"held out: en-au tax invoice, abn", uR"(Sunridge Solar Pty Ltd
ABN 51 824 753 556
Unit 4, 18 Beach Road
Cairns QLD 4870
TAX INVOICE
Invoice No: SS-00917
Date: 21/02/2024
Bill To: Coral Bay Resort
Total Inc GST $3,850.00)"_s,
         u"SS-00917"_s, u"Sunridge Solar Pty Ltd"_s},
        {"held out: de rechnungs-nr, rechnungsadresse first, footer", uR"(Rechnungsadresse:
Stadtwerke Nordheim GmbH
Postfach 1120
74226 Nordheim
Rechnungs-Nr. 24-0815
Datum 03.06.2024
Bitte überweisen Sie den Betrag von 476,00 EUR
Ingenieurbüro Kraus · Gartenweg 7 · 70173 Stuttgart · Steuernummer 99/123/45678)"_s,
         u"24-0815"_s, u"Ingenieurbüro Kraus"_s},
        {"held out: no org nr, kunde block", uR"(Fiskebrygga Sjømat AS
Bryggen 12, 5003 Bergen
Tlf 55 12 34 56
Org nr 912 345 670 MVA
Kunde
Restaurant Havet AS
Kaigaten 1
5015 Bergen
FAKTURA
Fakturanummer: 88412
Fakturadato: 15.05.2024
Å betale: 9 870,00)"_s,
         u"88412"_s, u"Fiskebrygga Sjømat AS"_s},
        {"held out: nl aan block, footer with kvk", uR"(FACTUUR
Aan:
Gemeente Zandvoort
Postbus 2
2040 AA Zandvoort
Factuurnummer 2024.117
Factuurdatum 12-06-2024
Totaal te betalen € 1.815,00
Groen & Zn. Hoveniers
Tuinlaan 3, 2011 BB Haarlem
KvK 87654321 - BTW NL862345678B01)"_s,
         u"2024.117"_s, u"Groen & Zn. Hoveniers"_s},
        {"held out: fr facture n on heading line", uR"(Boulangerie du Coin
12 rue Victor Hugo
33000 Bordeaux
FACTURE N° 2024-031
Date : 08/04/2024
Adresse de facturation :
Hôtel des Arts SARL
5 place de la Bourse
33000 Bordeaux
Total TTC : 264,00 €)"_s,
         u"2024-031"_s, u"Boulangerie du Coin"_s},
        {"held out: us header row, supplier after bill to", uR"(Invoice
Date Invoice #
05/07/2024 7731
Bill To
Riverside Dental Clinic
400 River Rd
Austin, TX 78701
Tall Pines Plumbing LLC
P.O. Box 1182, Austin, TX 78767
Balance Due $640.00)"_s,
         u"7731"_s, u"Tall Pines Plumbing LLC"_s},
        {"negative: longer numbers and dates are not invoice numbers", uR"(Harbor Freight Services
INVOICE
4471 889 22
Invoice date: 01.02.2024
Account 12345678901234
Total 80.00)"_s,
         QString(), u"Harbor Freight Services"_s},
        {"negative: no supplier besides the customer", uR"(INVOICE
Bill to:
Meadow Farm Ltd
14 Orchard Road
Bath BA1 1AA
Invoice No. 3301
Total £45.00)"_s,
         u"3301"_s, QString()},
    };
}

// The sample invoices; LAS_SAMPLES_DIR in the environment overrides the directory found at configure time.
QString samplesDir()
{
    const QString fromEnvironment = qEnvironmentVariable("LAS_SAMPLES_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(LAS_SAMPLES_DIR) : fromEnvironment;
}

// CI (CI=true, as CI services set it) must check the samples: missing samples there are a failure.
bool runningInCi()
{
    const QString ci = qEnvironmentVariable("CI").trimmed().toLower();
    return !ci.isEmpty() && ci != u"0"_s && ci != u"false"_s;
}

} // namespace

// Skips locally when the samples are missing; fails in CI.
#define LAS_REQUIRE_SAMPLES(condition)                                                                       \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            if (runningInCi())                                                                               \
                QFAIL(qPrintable(                                                                            \
                    u"no sample invoices in %1, and CI is set: they must be there"_s.arg(samplesDir())));    \
            QSKIP("no sample invoices found");                                                               \
        }                                                                                                    \
    } while (false)

class TestInvoiceModel : public QObject
{
    Q_OBJECT

private slots:
    void modelIdentity()
    {
        static const QRegularExpression re(uR"(^las:model:[0-9a-f]{32}$)"_s);
        QVERIFY(re.match(InvoiceModel::modelId()).hasMatch());
        QCOMPARE(InvoiceModel::modelId(), InvoiceModel::modelId());
        const QJsonObject m = InvoiceModel::modelJson();
        QCOMPARE(m.value(u"modelId"_s).toString(), InvoiceModel::modelId());
        for (const QString &key :
             {u"description"_s, u"height"_s, u"name"_s, u"preprocessConfig"_s, u"width"_s})
            QVERIFY2(m.contains(key), qPrintable(key));
        QCOMPARE(m.size(), 6); // the Models schema is closed
        QVERIFY(m.value(u"width"_s).isDouble() && m.value(u"height"_s).isDouble());
        const QJsonObject pre = m.value(u"preprocessConfig"_s).toObject();
        QCOMPARE(pre.size(), 3);
        QVERIFY(pre.value(u"autoRotate"_s).isBool());
        QVERIFY(pre.value(u"maxPages"_s).isDouble());
        QVERIFY(QStringList({u"LOW"_s, u"HIGH"_s}).contains(pre.value(u"imageQuality"_s).toString()));
    }

    void normaliseAmount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dot-comma") << u"€ 1.234,50"_s << u"1234.50"_s;
        QTest::newRow("comma-dot") << u"$1,234.50"_s << u"1234.50"_s;
        QTest::newRow("space-comma") << u"NOK 12 345,00"_s << u"12345.00"_s;
        QTest::newRow("plain") << u"1234.5 and 99.95"_s << u"99.95"_s;
        QTest::newRow("whole dash") << u"kr 1234,-"_s << u"1234.00"_s;
        QTest::newRow("integer") << u"Rs 1939"_s << u"1939.00"_s;
        QTest::newRow("after percent") << u"VAT 25% 308,63"_s << u"308.63"_s;
        QTest::newRow("negative") << u"€ -9,32"_s << u"-9.32"_s;
        QTest::newRow("none") << u"no amount here"_s << QString();
        QTest::newRow("only percent") << u"21 %"_s << QString();
    }
    void normaliseAmount()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(InvoiceModel::normaliseAmount(text), expected);
    }

    void normaliseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("iso") << u"Date: 2024-03-01"_s << u"2024-03-01"_s;
        QTest::newRow("dots") << u"01.03.2024"_s << u"2024-03-01"_s;
        QTest::newRow("slash day first") << u"28/11/2022"_s << u"2022-11-28"_s;
        QTest::newRow("slash month first") << u"03/25/2024"_s << u"2024-03-25"_s;
        QTest::newRow("dashes short") << u"8-9-2022"_s << u"2022-09-08"_s;
        QTest::newRow("english long") << u"1 March 2024"_s << u"2024-03-01"_s;
        QTest::newRow("us long") << u"August 3 , 2014"_s << u"2014-08-03"_s;
        QTest::newRow("abbrev") << u"Mar 5th, 2024"_s << u"2024-03-05"_s;
        QTest::newRow("dutch") << u"19 april 2014"_s << u"2014-04-19"_s;
        QTest::newRow("german") << u"1. März 2024"_s << u"2024-03-01"_s;
        QTest::newRow("invalid") << u"31.02.2024"_s << QString();
        QTest::newRow("none") << u"no date"_s << QString();
    }
    void normaliseDate()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(InvoiceModel::normaliseDate(text), expected);
    }

    void iban()
    {
        QVERIFY(InvoiceModel::isValidIban(u"NL50INGB0683251309"_s));
        QVERIFY(InvoiceModel::isValidIban(u"NO93 8601 1117 947"_s));
        QVERIFY(InvoiceModel::isValidIban(u"DE89370400440532013000"_s));
        QVERIFY(!InvoiceModel::isValidIban(u"NL51INGB0683251309"_s));
        QVERIFY(!InvoiceModel::isValidIban(u"DE89370400440532013001"_s));
        QVERIFY(!InvoiceModel::isValidIban(u"NL50"_s));
        QVERIFY(!InvoiceModel::isValidIban(u"NL50INGB06832513!9"_s));
    }

    void fromText()
    {
        const QString text = uR"(Nordlys Kontorrekvisita AS
Storgata 12
Org.nr: NO 912 345 678 MVA
FAKTURA
Fakturanummer: 2024-1187
Fakturadato: 01.03.2024
Forfallsdato: 15.03.2024
Bestillingsnummer: PO-4411
Fakturamottaker:
Acme Retail AS
Beskrivelse Antall Beløp
Konsulenttimer 12 11 400,00
Sum eks. mva 11 400,00
MVA 25 % 2 850,00
Å betale NOK 14 250,00
IBAN: NO93 8601 1117 947)"_s;
        const auto p = InvoiceModel::predictFromText(text);
        verifyContractShape(p);
        QCOMPARE(valueOf(p, u"invoice_id"_s), u"2024-1187"_s);
        QCOMPARE(valueOf(p, u"invoice_date"_s), u"2024-03-01"_s);
        QCOMPARE(valueOf(p, u"due_date"_s), u"2024-03-15"_s);
        QCOMPARE(valueOf(p, u"total_amount"_s), u"14250.00"_s);
        QCOMPARE(valueOf(p, u"vat_amount"_s), u"2850.00"_s);
        QCOMPARE(valueOf(p, u"currency"_s), u"NOK"_s);
        QCOMPARE(valueOf(p, u"supplier_name"_s), u"Nordlys Kontorrekvisita AS"_s);
        QCOMPARE(valueOf(p, u"supplier_vat_id"_s), u"NO912345678MVA"_s);
        QCOMPARE(valueOf(p, u"iban"_s), u"NO9386011117947"_s);
        QCOMPARE(valueOf(p, u"purchase_order"_s), u"PO-4411"_s);
        for (const auto &pred : p)
            QVERIFY2(pred.confidence >= 0.7, qPrintable(pred.label));
    }

    void emptyText()
    {
        const auto p = InvoiceModel::predictFromText(QString());
        verifyContractShape(p);
        for (const auto &pred : p) {
            QVERIFY(pred.value.isNull());
            QVERIFY(pred.confidence <= 0.1);
        }
    }

    void samples_data()
    {
        QTest::addColumn<QString>("pdf");
        const QDir dir(samplesDir());
        const auto files = dir.entryList({u"*.pdf"_s}, QDir::Files, QDir::Name);
        if (files.isEmpty() && !runningInCi())
            QSKIP("no sample invoices found");
        if (files.isEmpty()) // failing in a data function aborts the run; samples() fails on this row
            QTest::newRow("no samples") << QString();
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void samples()
    {
        QFETCH(QString, pdf);
        LAS_REQUIRE_SAMPLES(!pdf.isEmpty());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QFile expectedFile(pdf.chopped(4) + u".expected.json"_s);
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).array().at(0).toObject();
        QVERIFY(!expected.isEmpty());

        const auto p = InvoiceModel::predict(file.readAll(), u"application/pdf"_s, 3, false);
        verifyContractShape(p);
        int found = 0;
        const auto fields = expectedFields(expected);
        QStringList report;
        for (const auto &[label, want] : fields) {
            QString got = valueOf(p, label);
            bool ok = got.compare(want, Qt::CaseInsensitive) == 0;
            if (!ok && label == u"supplier_name"_s) // "Amazon Web Services" vs "Amazon Web Services, Inc."
                ok = !got.isEmpty() &&
                     (got.startsWith(want, Qt::CaseInsensitive) || want.startsWith(got, Qt::CaseInsensitive));
            found += ok ? 1 : 0;
            report.append(u"%1 %2 (%3 vs expected %4)"_s.arg(ok ? u"ok  "_s : u"miss"_s, label,
                                                             got.isEmpty() ? u"null"_s : got, want));
        }
        s_found += found;
        s_expected += int(fields.size());
        qInfo().noquote() << QFileInfo(pdf).fileName() << found << "of" << fields.size()
                          << "expected fields\n  " << report.join(u"\n   "_s);
        // Every sample states its invoice number and total in its text layer; the model must find both.
        QCOMPARE(valueOf(p, u"invoice_id"_s), expected.value(u"invoice_number"_s).toString());
        QCOMPARE(valueOf(p, u"total_amount"_s),
                 QString::number(expected.value(u"amount"_s).toDouble(), 'f', 2));
    }
    void samplesShare()
    {
        LAS_REQUIRE_SAMPLES(s_expected > 0);
        const double share = double(s_found) / s_expected;
        qInfo("samples: found %d of %d expected fields (%.0f%%)", s_found, s_expected, share * 100);
        // Some expected values exist only as images in the samples (saeco's supplier), so 100% is impossible.
        QVERIFY2(share >= 0.7, qPrintable(u"share %1"_s.arg(share)));
    }

    void synthetic_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("invoiceId");
        QTest::addColumn<QString>("supplierName");
        const auto invoices = syntheticInvoices();
        for (const SyntheticInvoice &invoice : invoices)
            QTest::newRow(invoice.name) << invoice.text << invoice.invoiceId << invoice.supplierName;
    }
    void synthetic()
    {
        QFETCH(QString, text);
        QFETCH(QString, invoiceId);
        QFETCH(QString, supplierName);
        const auto p = InvoiceModel::predictFromText(text);
        verifyContractShape(p);
        QCOMPARE(valueOf(p, u"invoice_id"_s), invoiceId);
        QCOMPARE(valueOf(p, u"supplier_name"_s), supplierName);
    }
    // The same invoices through a PDF text layer: what predict() reads must give the same answers.
    void syntheticAsPdf_data() { synthetic_data(); }
    void syntheticAsPdf()
    {
        QFETCH(QString, text);
        QFETCH(QString, invoiceId);
        QFETCH(QString, supplierName);
        const auto p =
            InvoiceModel::predict(pdfWithPages({text.split(u'\n')}), u"application/pdf"_s, 1, false);
        verifyContractShape(p);
        QCOMPARE(valueOf(p, u"invoice_id"_s), invoiceId);
        QCOMPARE(valueOf(p, u"supplier_name"_s), supplierName);
    }
    // The figures for the whole synthetic set (printed), and every field right.
    void syntheticSummary()
    {
        const auto invoices = syntheticInvoices();
        int ids = 0;
        int suppliers = 0;
        QStringList misses;
        for (const SyntheticInvoice &invoice : invoices) {
            const auto p = InvoiceModel::predictFromText(invoice.text);
            const QString id = valueOf(p, u"invoice_id"_s);
            const QString supplier = valueOf(p, u"supplier_name"_s);
            ids += id == invoice.invoiceId ? 1 : 0;
            suppliers += supplier == invoice.supplierName ? 1 : 0;
            if (id != invoice.invoiceId || supplier != invoice.supplierName)
                misses.append(u"%1: invoice_id \"%2\", supplier_name \"%3\""_s.arg(
                    QString::fromLatin1(invoice.name), id, supplier));
        }
        qInfo().noquote() << u"synthetic invoices: invoice_id %1 of %2, supplier_name %3 of %2"_s.arg(
                                 QString::number(ids), QString::number(invoices.size()),
                                 QString::number(suppliers))
                          << (misses.isEmpty() ? QString() : u"\n  "_s + misses.join(u"\n  "_s));
        QCOMPARE(ids, int(invoices.size()));
        QCOMPARE(suppliers, int(invoices.size()));
    }

    void generatedInvoices()
    {
        DemoInvoiceGenerator generator(20260101);
        int checked = 0;
        QSet<QString> suppliers;
        for (int i = 0; i < 48; ++i) {
            if (DemoInvoiceGenerator::isScan(i))
                continue;
            const DemoInvoice inv = generator.generate(i);
            const auto p = InvoiceModel::predict(inv.content, inv.contentType, 1, false);
            verifyContractShape(p);
            for (const QJsonValue &gt : inv.groundTruth) {
                const QString label = gt.toObject().value(u"label"_s).toString();
                const QString want = gt.toObject().value(u"value"_s).toString();
                QVERIFY2(valueOf(p, label) == want,
                         qPrintable(u"invoice %1 (%2): %3 = %4, expected %5"_s.arg(
                             QString::number(i), inv.fileName, label, valueOf(p, label), want)));
            }
            for (const QJsonValue &gt : inv.groundTruth)
                if (gt.toObject().value(u"label"_s).toString() == u"supplier_name"_s)
                    suppliers.insert(gt.toObject().value(u"value"_s).toString());
            ++checked;
        }
        QCOMPARE(checked, 36);
        // Every supplier template (languages, number and date formats) took part.
        QCOMPARE(suppliers.size(), 8);
    }

    void maxPagesHonoured()
    {
        const QByteArray pdf = pdfWithPages({{u"Cover page"_s, u"Nothing to see here"_s},
                                             {u"Appendix"_s},
                                             {u"Invoice number: X-99812"_s, u"Total due: EUR 1.250,00"_s}});
        auto p = InvoiceModel::predict(pdf, u"application/pdf"_s, 2, false);
        verifyContractShape(p);
        QVERIFY(valueOf(p, u"invoice_id"_s).isEmpty());
        QVERIFY(valueOf(p, u"total_amount"_s).isEmpty());
        p = InvoiceModel::predict(pdf, u"application/pdf"_s, 3, false);
        QCOMPARE(valueOf(p, u"invoice_id"_s), u"X-99812"_s);
        QCOMPARE(valueOf(p, u"total_amount"_s), u"1250.00"_s);
        // Out-of-range maxPages is clamped to 1..3, never read beyond.
        p = InvoiceModel::predict(pdf, u"application/pdf"_s, 0, false);
        QVERIFY(valueOf(p, u"invoice_id"_s).isEmpty());
        p = InvoiceModel::predict(pdf, u"application/pdf"_s, 1000, false);
        QCOMPARE(valueOf(p, u"invoice_id"_s), u"X-99812"_s);
    }

    void manyPagesReadOnlyFirst()
    {
        QList<QStringList> pages;
        for (int i = 0; i < 60; ++i)
            pages.append({u"Page %1"_s.arg(i + 1)});
        pages.append({u"Invoice number: LAST-1"_s});
        const auto p = InvoiceModel::predict(pdfWithPages(pages), u"application/pdf"_s, 3, false);
        verifyContractShape(p);
        QVERIFY(valueOf(p, u"invoice_id"_s).isEmpty());
    }

    void imagesGiveNullsWithLowConfidence()
    {
        QImage image(200, 100, QImage::Format_RGB32);
        image.fill(Qt::white);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(QImageWriter(&buffer, "jpeg").write(image));
        for (const QString &type :
             {u"image/jpeg"_s, u"application/pdf"_s}) { // bytes decide, not only the type
            const auto p = InvoiceModel::predict(jpeg, type, 1, true);
            verifyContractShape(p);
            for (const auto &pred : p) {
                QVERIFY(pred.value.isNull());
                QVERIFY(pred.confidence <= 0.1);
            }
        }
    }

    void pdfWithoutTextLayer()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            QPainter painter(&writer);
            painter.fillRect(QRect(100, 100, 2000, 1000), Qt::black);
        }
        const auto p = InvoiceModel::predict(bytes, u"application/pdf"_s, 1, false);
        verifyContractShape(p);
        for (const auto &pred : p)
            QVERIFY(pred.value.isNull());
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QFile sample(samplesDir() + u"/coolblue1.pdf"_s);
        const QByteArray real =
            sample.open(QIODevice::ReadOnly) ? sample.readAll() : pdfWithPages({{u"x"_s}});
        QRandomGenerator rng(42);
        QByteArray garbage(100000, Qt::Uninitialized);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << garbage;
        QTest::newRow("pdf header then garbage") << (QByteArray("%PDF-1.7\n") + garbage);
        QTest::newRow("truncated half") << real.left(real.size() / 2);
        QTest::newRow("truncated 600 bytes") << real.left(600);
        QTest::newRow("header only") << QByteArray("%PDF-1.4\n%%EOF\n");
        // A page tree that claims a hundred million pages.
        QTest::newRow("huge page count")
            << QByteArray("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                          "2 0 obj<</Type/Pages/Count 100000000/Kids[3 0 R 3 0 R 3 0 R 3 0 R]>>endobj\n"
                          "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
                          "trailer<</Root 1 0 R>>\n%%EOF\n");
        // A page tree that refers to itself.
        QTest::newRow("cyclic page tree")
            << QByteArray("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                          "2 0 obj<</Type/Pages/Count 3/Kids[2 0 R 2 0 R]>>endobj\n"
                          "trailer<</Root 1 0 R>>\n%%EOF\n");
        QByteArray flipped = real;
        for (qsizetype i = 200; i < flipped.size(); i += 97)
            flipped[i] = char(flipped.at(i) ^ 0x5A);
        QTest::newRow("bit flips") << flipped;
    }
    void hostileInput()
    {
        QFETCH(QByteArray, content);
        for (const QString &type : {u"application/pdf"_s, u"image/jpeg"_s, u"text/plain"_s}) {
            const auto p = InvoiceModel::predict(content, type, 3, false);
            // Either readable text was found or not; in any case the contract shape holds and nothing
            // crashed.
            verifyContractShape(p);
        }
    }

    void hugeText()
    {
        QString text;
        QRandomGenerator rng(7);
        while (text.size() < 2'000'000)
            text +=
                u"word%1 1.234,%2 Total 12/12/2020 IBAN NL00\n"_s.arg(rng.bounded(1000)).arg(rng.bounded(10));
        const auto p = InvoiceModel::predictFromText(text);
        verifyContractShape(p);
    }

private:
    int s_found = 0;
    int s_expected = 0;
};

QTEST_MAIN(TestInvoiceModel)
#include "tst_invoicemodel.moc"

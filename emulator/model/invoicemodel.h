#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// One predicted field: value is a string of 1..64 characters or null; confidence in 0..1.
struct ModelPrediction
{
    QString label;
    QJsonValue value;
    double confidence = 0.0;
};

// The emulator's built-in demo invoice model: a stand-in, not a product.
//
// What it finds (labels, in this order; every prediction call returns each label exactly once):
//   invoice_id       invoice number after "Invoice no/number/#", "Factuurnummer", "Rechnungsnummer",
//                    "N° de facture", "Invoice ID", "Booking ID" ...
//   invoice_date     date after "Invoice date", "Date", "Factuurdatum", "Datum" ...  -> "YYYY-MM-DD"
//   due_date         date after "Due date", "Payment due", "Vervaldatum", "Fällig" ... -> "YYYY-MM-DD"
//   total_amount     amount after "Total (due/incl. VAT/to pay)", "Amount due", "Totaal", "Gesamtbetrag",
//                    "TOTAL TTC" ... (the last/largest such amount) -> plain "1234.50"
//   vat_amount       amount after "VAT", "Total VAT", "BTW", "MwSt", "TVA", "Tax" (not a percentage) -> "1234.50"
//   currency         ISO 4217 code (EUR, USD, NOK, SEK, DKK, GBP, CHF, INR ...) or symbol (€ $ £ ₹ kr)
//   supplier_name    the first line that carries a company suffix (AS, ASA, AB, B.V., GmbH, Ltd, Inc., LLC,
//                    S.A., SAS, Oy ...), else the first non-empty line of page 1 (low confidence)
//   supplier_vat_id  EU VAT number (NL810433941B01, NO 123456789 MVA, DE123456789 ...) or "Org.nr"
//   iban             an IBAN whose mod-97 check digits are valid, without spaces
//   purchase_order   value after "PO", "Purchase order", "Order number", "Ordernummer", "Your reference"
// Dates understood: 2024-03-01, 01.03.2024, 01/03/2024 (day first), 03/01/2024 when the day is > 12
// (month first), "1 March 2024", "March 1, 2024", "Mar 1 2024", Dutch/German/French/Norwegian month names.
// Amounts understood: 1,234.50  1.234,50  1 234,50  1234.50  1234,- ; a currency sign or code next to them.
//
// What it cannot do: read images (JPEG scans and PDFs without a text layer get every label with a null
// value and confidence 0.05: there is no OCR), understand tables or layout (it reads the text layer line
// by line, so a label and its value must be on the same line or the value on the next line), line items,
// more than the first maxPages (1..3) pages, or text beyond 200,000 characters. Confidence is a heuristic:
// 0.95 for a keyword match that passes a check (IBAN checksum, a date that parses), lower for weaker
// matches (a value on the next line, a guess without keyword); it is not calibrated.
class InvoiceModel
{
public:
    static QString modelId(); // fixed "las:model:<32 hex>" of the built-in demo invoice model
    static QJsonObject modelJson(); // one item of GET /models, valid against the spec's Models schema
    // Reads the PDF text layer (QtPdf) of the first maxPages pages and finds invoice fields; JPEG (no text
    // layer) → the fields with null values and low confidence. Never crashes or hangs on hostile bytes.
    static QList<ModelPrediction> predict(const QByteArray &content, const QString &contentType, int maxPages,
                                          bool autoRotate);

    // Added: the labels the model predicts, in order.
    static QStringList labels();
    // Added: the field finder on plain text (what predict() runs on the PDF text layer); for tests.
    static QList<ModelPrediction> predictFromText(const QString &text);
    // Added: helpers exposed for tests (and the demo generator's ground truth normalisation).
    static QString normaliseAmount(const QString &text); // "1.234,50 €" → "1234.50"; empty when none
    static QString normaliseDate(const QString &text);   // "1 March 2024" → "2024-03-01"; empty when none
    static bool isValidIban(const QString &iban);        // mod-97 check, spaces ignored

    static constexpr int MaxPagesRead = 3;        // the API allows maxPages 1..3
    static constexpr int MaxTextLength = 200000;  // characters of text layer examined
    static constexpr qsizetype MaxContentBytes = 64 * 1024 * 1024; // larger content is not parsed
};

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

// The emulator's built-in demo invoice model: a stand-in, not a product. It reads the PDF text layer (QtPdf)
// line by line and matches keywords in English, Norwegian, Swedish, Danish, Dutch, German and French.
//
// Labels (every call returns each label exactly once, in this order; value a string of 1..64 chars or null):
//   invoice_id       after "Invoice no/number/#", "Rechnungsnr./Rechnungs-Nr./Rechnung Nr./Rechnungsnummer",
//                    "Fakturanr./Faktura nr./Fakturanummer", "Factuurnr./Factuurnummer", "Facture n°",
//                    "N° de facture", "Receipt no", "Booking ID" (same line, next line, or the first cell
//                    under a header row of labels); else alone after or under a bare
//                    "INVOICE"/"RECHNUNG"/"FAKTURA"/ "FACTURE"/"FACTUUR" title. One whole token with a digit
//                    that is not a date: never a part of a longer number ("4471 889 22")
//   invoice_date     after "Invoice date", "Fakturadato", "Factuurdatum", "Rechnungsdatum", else after
//                    "Date"/"Datum" (not order/delivery/due), else the first date in the text -> "YYYY-MM-DD"
//   due_date         after "Due date", "Payment due", "Forfallsdato", "Vervaldatum", "Fällig am", "Échéance"
//   total_amount     after "Total due/incl. VAT", "Amount due", "Grand total", "Å betale", "Te betalen",
//                    "Gesamtbetrag", "Total TTC", else "Total"/"Totaal"/"Sum" (not net/excl. VAT/subtotal);
//                    the last amount on that line                                         -> "1234.50"
//   vat_amount       after "VAT amount", "BTW bedrag", "MwSt-Betrag" ..., or a line starting with
//                    VAT/MVA/Moms/BTW/MwSt/TVA/Tax/GST (percentages skipped)              -> "1234.50"
//   currency         ISO code (EUR USD GBP NOK SEK DKK CHF INR PLN JPY) or sign (€ $ £ ₹ Rs kr), the most
//                    frequent one wins
//   supplier_name    after "From:/Supplier:/Seller:/Service Provider:/Lieferant:/Leverandør:/Fournisseur:"
//                    (same or next line), or the account holder; else the name line scoring highest on a
//                    legal form (AS, AB, ApS, B.V., GmbH, KG, Ltd, Inc., LLC, SARL, SAS ...), an address,
//                    contact or identifier (VAT ID, org nr, IBAN, KvK, SIRET) block under it, the first part
//                    of a sender or footer line ("Müller GmbH · Hauptstr. 5 · 10115 Berlin"), a repeat
//                    elsewhere, the letterhead above the title. Never a line of the customer's block ("Bill
//                    to", "Ship to", "Kunde", "Rechnungsempfänger", "Faktureres til", "Klant", "Aan",
//                    "Client", "Facturé à" ..., or the name above an "Attn"/"T.a.v." line), nor an address,
//                    contact or label line; null when no line has any of these signs
//   supplier_vat_id  after "VAT no", "BTW", "MVA", "USt-IdNr", "Org.nr", "TVA" (not "your/customer VAT no"),
//                    spaces and dots removed: "NO912345678MVA", "NL810433941B01", "DE123456789"
//   iban             any IBAN whose mod-97 check passes, spaces removed; country lengths checked
//   purchase_order   after "Purchase order", "PO", "Order number", "Ordernummer", "Bestellnummer",
//                    "Bestillingsnummer", "Your reference"
// Dates understood: 2024-03-01, 01.03.2024, 01/03/2024 and 1-3-2024 (day first; month first only when the
// day-first reading is impossible, e.g. 03/25/2024), "1 March 2024", "March 1, 2024", "Mar 1st 2024", and
// month names in Dutch, German, French and Norwegian. Amounts: 1,234.50  1.234,50  1 234,50  1234.5  1234,-.
//
// What it cannot do: read images — JPEG/PNG/TIFF scans and PDFs without a text layer get every label with a
// null value and confidence 0.05 (there is no OCR); bytes that are neither an image nor a readable PDF get
// nulls with confidence 0. It does not understand tables or layout: a value must follow its keyword on the
// same line, or be alone on the next line (lower confidence); values that only appear in a table column
// under a header are missed (e.g. a VAT amount in a "BTW % | Grondslag | BTW bedrag" table). It cannot tell
// the supplier from the customer when the customer's name and address come first without a label and the
// supplier shows no legal form, identifiers or second mention. No line
// items. It reads at most the first maxPages (clamped to 1..3) pages and 200,000 characters of text.
// autoRotate is ignored (the text layer does not depend on it). Confidence is a heuristic, not calibrated:
// 0.95 for a specific keyword with a checked value (a date that parses, an IBAN checksum), 0.75-0.85 for
// generic keywords, x0.75 when the value is on the next line, 0.3-0.4 for guesses without a keyword, and
// 0.1 for a label it looked for and did not find (value null).
// On the five invoice2data samples it finds 26 of the 31 expected values (84%); on the demo generator's PDFs
// it finds all ten fields.
class InvoiceModel
{
public:
    static QString modelId();       // fixed "las:model:<32 hex>" of the built-in demo invoice model
    static QJsonObject modelJson(); // one item of GET /models, valid against the spec's Models schema
    // Reads the PDF text layer (QtPdf) of the first maxPages pages and finds invoice fields; JPEG (no text
    // layer) → the fields with null values and low confidence. Never crashes or hangs on hostile bytes.
    static QList<ModelPrediction> predict(const QByteArray &content, const QString &contentType, int maxPages,
                                          bool autoRotate);

    // The labels the model predicts, in order.
    static QStringList labels();
    // The field finder on plain text (what predict() runs on the PDF text layer).
    static QList<ModelPrediction> predictFromText(const QString &text);
    // Helpers exposed for tests and the demo generator's ground truth normalisation.
    static QString normaliseAmount(const QString &text); // "1.234,50 €" → "1234.50"; empty when none
    static QString normaliseDate(const QString &text);   // "1 March 2024" → "2024-03-01"; empty when none
    static bool isValidIban(const QString &iban);        // mod-97 check, spaces ignored

    static constexpr int MaxPagesRead = 3;                         // the API allows maxPages 1..3
    static constexpr int MaxTextLength = 200000;                   // characters of text layer examined
    static constexpr qsizetype MaxContentBytes = 64 * 1024 * 1024; // larger content is not parsed
};

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// The words invoices print next to a value, per kind of field, in English, Norwegian, German, French and
// Dutch (invoice conventions, not tuned to any sample): "Total", "Å betale", "Gesamtbetrag", "Net à payer",
// "Invoice no.", "Fakturanr.", "Rechnungs-Nr.", "Due date", "Forfallsdato", "Fällig am", "Échéance", ...
// The locator prefers the candidate nearest to one of these.
class LocatorKeywords
{
public:
    enum class Concept {
        Other, // unknown label: its own words ("booking_id" -> "booking id") are the keywords
        TotalAmount,
        NetAmount,
        TaxAmount,
        InvoiceDate,
        DueDate,
        InvoiceNumber,
        OrderNumber,
        CustomerNumber,
        Iban,
        Bic,
        VatNumber,
        PaymentReference,
        Supplier,
    };

    // The concept a field label names ("total_amount", "amount", "dueDate", "invoice_id", "IBAN", ...).
    static Concept conceptFor(QStringView label);
    // Keywords of a concept, each normalised to lower-case words separated by single spaces (so they can
    // be matched against a page's words); for Other, the label's own words.
    static QStringList keywordsFor(QStringView label);
    static QStringList keywords(Concept fieldConcept);
    // Keywords of concepts that compete with `fieldConcept` for the same words ("Subtotal" is not the total,
    // "Order date" is not the invoice date): a candidate next to one of them scores lower.
    static QStringList rivalKeywords(Concept fieldConcept);
    // Label words split into lower-case words: "totalAmount" / "total_amount" / "Total-Amount" -> "total
    // amount".
    static QString labelWords(QStringView label);
};

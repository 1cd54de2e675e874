#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// Turns the way values are written on invoices into comparable keys, so a predicted value can be found on
// the page however either side spells it, and a word clicked on the page can become a field's value.
//
//   Amounts:      "1.234,50", "1 234.50", "1234.5", "€ 1,234.50", "kr 1 234,-", "(12.00)", "1'234.50"
//                 -> canonical decimal "1234.5" (sign kept, no grouping, no trailing zeros).
//   Dates:        "19 april 2014", "19. april 2014", "19.04.2014", "2014-04-19", "April 19, 2014",
//                 "19-Apr-14", "19/04/2014", month names in English, Norwegian, Danish, Swedish, German,
//                 French, Dutch, Spanish, Italian -> QDate (key: ISO "2014-04-19").
//   Identifiers:  IBANs, invoice numbers, VAT/org numbers: spaces, dashes, dots and case ignored
//                 ("NL50 INGB 0683 2513 09" == "nl50ingb0683251309").
//   Text:         case folded, whitespace simplified, surrounding punctuation dropped.
//
// Pure functions, thread-safe, no locale of the machine involved (an invoice's language is not the
// reviewer's).
class ValueNormaliser
{
    Q_DECLARE_TR_FUNCTIONS(ValueNormaliser)
public:
    enum class Kind { Text, Amount, Date, Identifier };

    // A value read from text: what it is and its normalised form.
    struct Parsed
    {
        Kind kind = Kind::Text;
        QString key;     // comparison key: canonical amount, ISO date, identifier without separators, ...
        QString display; // what a field should hold: "1234.50", "2014-04-19", "NL50INGB0683251309", text
        bool ok() const { return !key.isEmpty(); }
    };

    // Every plausible reading of an amount ("1,234" may be 1234 or 1.234): canonical decimals, the
    // preferred reading first. Empty when `text` is not an amount (letters other than a currency, digits
    // glued to letters, a date, more than one number).
    static QStringList amountReadings(QStringView text);
    static std::optional<QString> parseAmount(QStringView text);

    // Every plausible reading of a date ("04/05/2014" is 4 May or 5 April): the preferred (day first)
    // first. Empty when `text` is not a single date.
    static QList<QDate> dateReadings(QStringView text);
    static std::optional<QDate> parseDate(QStringView text);

    // Upper case, without whitespace, dashes, dots and slashes. Empty when nothing is left.
    static QString normaliseIdentifier(QStringView text);
    // Case folded, simplified, without punctuation at either end.
    static QString normaliseText(QStringView text);

    // What kind of value a field holds, judged from its label ("total_amount", "due_date", "iban") and,
    // when the label says nothing, from the value itself.
    static Kind kindFor(QStringView label, QStringView value);

    // Comparison keys of `text` read as `kind` (several when the reading is ambiguous; empty when `text`
    // cannot be read as that kind).
    static QStringList keys(Kind kind, QStringView text);

    // "Click a word -> field value": reads `text` as `hint` when it can, else as whatever it looks like
    // (date, amount, identifier, text), and returns the value to put into the field.
    static Parsed parse(QStringView text, std::optional<Kind> hint = std::nullopt);

    static QString kindName(Kind kind);
};

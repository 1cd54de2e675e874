#include "core/fields/locatorkeywords.h"

using namespace Qt::StringLiterals;

namespace {

bool labelHasWord(const QStringList &words, std::initializer_list<const char16_t *> any)
{
    for (const char16_t *w : any) {
        if (words.contains(QString::fromUtf16(w)))
            return true;
    }
    return false;
}

} // namespace

QString LocatorKeywords::labelWords(QStringView label)
{
    QString out;
    QChar previous;
    for (QChar c : label) {
        if (c == u'_' || c == u'-' || c == u'.' || c == u'/' || c.isSpace()) {
            out += u' ';
        } else {
            // camelCase boundary: "dueDate" -> "due date"
            if (c.isUpper() && previous.isLower())
                out += u' ';
            out += c.toLower();
        }
        previous = c;
    }
    // Folded like the normaliser folds page words ("beløp" stays "beløp"; "Beløp" -> "beløp").
    return out.simplified();
}

LocatorKeywords::Concept LocatorKeywords::conceptFor(QStringView label)
{
    const QStringList w = labelWords(label).split(u' ', Qt::SkipEmptyParts);
    if (w.isEmpty())
        return Concept::Other;
    if (labelHasWord(w, {u"iban"}))
        return Concept::Iban;
    if (labelHasWord(w, {u"bic", u"swift"}))
        return Concept::Bic;
    const bool number =
        labelHasWord(w, {u"number", u"no", u"nr", u"id", u"num", u"nummer", u"ref", u"reference"});
    if (labelHasWord(w, {u"date", u"dato", u"datum"}))
        return labelHasWord(w, {u"due", u"expiry", u"payment", u"forfall"}) ? Concept::DueDate
                                                                            : Concept::InvoiceDate;
    if (labelHasWord(w, {u"due"}) && !labelHasWord(w, {u"amount", u"total"}))
        return Concept::DueDate;
    if (labelHasWord(w, {u"vat", u"tax", u"mva", u"gst", u"tva", u"btw", u"mwst"}) &&
        (number || labelHasWord(w, {u"org", u"registration", u"static", u"gstin"})))
        return Concept::VatNumber;
    if (labelHasWord(
            w, {u"org", u"organisation", u"organization", u"siren", u"siret", u"coc", u"gstin", u"cin"}))
        return Concept::VatNumber;
    if (labelHasWord(w, {u"untaxed", u"net", u"subtotal", u"excl", u"excluding", u"netto"}))
        return Concept::NetAmount;
    if (labelHasWord(w, {u"tax", u"vat", u"mva", u"gst", u"tva", u"btw", u"mwst"}))
        return Concept::TaxAmount;
    if (labelHasWord(w, {u"amount", u"total", u"sum", u"gross", u"balance", u"belop", u"beløp"}))
        return Concept::TotalAmount;
    if (labelHasWord(w, {u"kid", u"ocr"}) || (labelHasWord(w, {u"payment"}) && number))
        return Concept::PaymentReference;
    if (labelHasWord(w, {u"order", u"ordre", u"purchase", u"po"}))
        return Concept::OrderNumber;
    if (labelHasWord(w, {u"customer", u"client", u"kunde", u"account"}))
        return Concept::CustomerNumber;
    if (labelHasWord(w, {u"invoice", u"faktura", u"rechnung", u"facture", u"factuur", u"bill"}))
        return Concept::InvoiceNumber;
    if (labelHasWord(w, {u"supplier", u"vendor", u"issuer", u"seller", u"partner"}))
        return Concept::Supplier;
    return Concept::Other;
}

QStringList LocatorKeywords::keywords(Concept fieldConcept)
{
    switch (fieldConcept) {
    case Concept::Other:
        return {};
    case Concept::TotalAmount:
        return {u"total"_s, u"total amount"_s, u"amount due"_s, u"total due"_s, u"balance due"_s,
                u"grand total"_s, u"amount"_s, u"total incl"_s, u"invoice total"_s, u"amount payable"_s,
                u"to pay"_s,
                // Norwegian / Danish / Swedish
                u"totalt"_s, u"sum"_s, u"å betale"_s, u"beløp"_s, u"total å betale"_s, u"sum å betale"_s,
                u"att betala"_s, u"at betale"_s, u"totalbeløb"_s,
                // German
                u"gesamt"_s, u"gesamtbetrag"_s, u"summe"_s, u"betrag"_s, u"rechnungsbetrag"_s, u"endbetrag"_s,
                u"zu zahlen"_s, u"zahlbetrag"_s,
                // French
                u"montant"_s, u"total ttc"_s, u"montant ttc"_s, u"net à payer"_s, u"à payer"_s,
                // Dutch
                u"totaal"_s, u"te betalen"_s, u"bedrag"_s, u"totaalbedrag"_s, u"totaal incl"_s};
    case Concept::NetAmount:
        return {u"subtotal"_s,   u"sub total"_s,    u"net"_s,           u"net amount"_s,
                u"total excl"_s, u"excl. vat"_s,    u"excl vat"_s,      u"total before tax"_s,
                u"netto"_s,      u"sum eks. mva"_s, u"eks. mva"_s,      u"sum ekskl. mva"_s,
                u"ekskl. mva"_s, u"nettobetrag"_s,  u"zwischensumme"_s, u"summe netto"_s,
                u"total ht"_s,   u"montant ht"_s,   u"sous-total"_s,    u"totaal excl"_s,
                u"subtotaal"_s,  u"excl. btw"_s,    u"excl btw"_s};
    case Concept::TaxAmount:
        return {u"vat"_s,
                u"tax"_s,
                u"sales tax"_s,
                u"vat amount"_s,
                u"gst"_s,
                u"mva"_s,
                u"merverdiavgift"_s,
                u"moms"_s,
                u"mwst"_s,
                u"ust"_s,
                u"umsatzsteuer"_s,
                u"mehrwertsteuer"_s,
                u"tva"_s,
                u"montant tva"_s,
                u"btw"_s,
                u"btw bedrag"_s};
    case Concept::InvoiceDate:
        return {u"invoice date"_s,        u"date"_s,          u"dated"_s,
                u"issue date"_s,          u"date of issue"_s, u"billing date"_s,
                u"fakturadato"_s,         u"dato"_s,          u"utstedt"_s,
                u"rechnungsdatum"_s,      u"datum"_s,         u"date de facture"_s,
                u"date de facturation"_s, u"factuurdatum"_s,  u"date facture"_s};
    case Concept::DueDate:
        return {u"due date"_s,
                u"due"_s,
                u"payment due"_s,
                u"pay by"_s,
                u"due on"_s,
                u"forfallsdato"_s,
                u"forfall"_s,
                u"forfaller"_s,
                u"betalingsfrist"_s,
                u"betales innen"_s,
                u"fällig"_s,
                u"fälligkeitsdatum"_s,
                u"zahlbar bis"_s,
                u"fällig am"_s,
                u"échéance"_s,
                u"date d'échéance"_s,
                u"date limite de paiement"_s,
                u"vervaldatum"_s,
                u"uiterste betaaldatum"_s};
    case Concept::InvoiceNumber:
        return {u"invoice no"_s,        u"invoice number"_s, u"invoice #"_s,       u"invoice"_s,
                u"invoice id"_s,        u"inv no"_s,         u"fakturanr"_s,       u"fakturanummer"_s,
                u"faktura nr"_s,        u"faktura"_s,        u"rechnungsnummer"_s, u"rechnungs-nr"_s,
                u"rechnung nr"_s,       u"rechnung"_s,       u"re-nr"_s,           u"n° de facture"_s,
                u"numéro de facture"_s, u"facture n°"_s,     u"facture"_s,         u"factuurnummer"_s,
                u"factuurnr"_s,         u"factuur"_s};
    case Concept::OrderNumber:
        return {u"order no"_s,    u"order number"_s,  u"order"_s,      u"po number"_s,      u"ordrenummer"_s,
                u"ordrenr"_s,     u"bestellnummer"_s, u"bestellung"_s, u"n° de commande"_s, u"commande"_s,
                u"ordernummer"_s, u"booking id"_s,    u"booking"_s};
    case Concept::CustomerNumber:
        return {u"customer no"_s, u"customer number"_s, u"account number"_s, u"account"_s, u"kundenummer"_s,
                u"kundenr"_s,     u"kundennummer"_s,    u"n° client"_s,      u"client"_s,  u"klantnummer"_s};
    case Concept::Iban:
        return {u"iban"_s};
    case Concept::Bic:
        return {u"bic"_s, u"swift"_s, u"bic/swift"_s, u"swift/bic"_s};
    case Concept::VatNumber:
        return {u"vat no"_s,
                u"vat number"_s,
                u"vat reg"_s,
                u"vat id"_s,
                u"tax id"_s,
                u"org.nr"_s,
                u"org nr"_s,
                u"organisasjonsnummer"_s,
                u"foretaksregisteret"_s,
                u"mva-nr"_s,
                u"ust-idnr"_s,
                u"ust-id"_s,
                u"steuernummer"_s,
                u"n° tva"_s,
                u"tva intracommunautaire"_s,
                u"siren"_s,
                u"siret"_s,
                u"btw-nummer"_s,
                u"btw nr"_s,
                u"btw-nr"_s,
                u"kvk"_s,
                u"kvk-nummer"_s,
                u"gstin"_s,
                u"cin"_s,
                u"coc"_s};
    case Concept::PaymentReference:
        return {u"kid"_s,       u"kid-nr"_s,           u"ocr"_s,       u"payment reference"_s,
                u"reference"_s, u"verwendungszweck"_s, u"référence"_s, u"betalingskenmerk"_s};
    case Concept::Supplier:
        return {};
    }
    return {};
}

QStringList LocatorKeywords::rivalKeywords(Concept fieldConcept)
{
    QStringList out;
    auto add = [&](Concept c) {
        if (c != fieldConcept)
            out += keywords(c);
    };
    switch (fieldConcept) {
    case Concept::TotalAmount:
    case Concept::NetAmount:
    case Concept::TaxAmount:
        add(Concept::TotalAmount);
        add(Concept::NetAmount);
        add(Concept::TaxAmount);
        break;
    case Concept::InvoiceDate:
    case Concept::DueDate:
        add(Concept::InvoiceDate);
        add(Concept::DueDate);
        out += {u"order date"_s,       u"delivery date"_s,     u"ordredato"_s,
                u"leveringsdato"_s,    u"bestelldatum"_s,      u"lieferdatum"_s,
                u"date de commande"_s, u"date de livraison"_s, u"orderdatum"_s};
        break;
    case Concept::InvoiceNumber:
    case Concept::OrderNumber:
    case Concept::CustomerNumber:
    case Concept::VatNumber:
    case Concept::PaymentReference:
        add(Concept::InvoiceNumber);
        add(Concept::OrderNumber);
        add(Concept::CustomerNumber);
        add(Concept::VatNumber);
        add(Concept::PaymentReference);
        break;
    default:
        break;
    }
    return out;
}

QStringList LocatorKeywords::keywordsFor(QStringView label)
{
    const Concept c = conceptFor(label);
    QStringList out = keywords(c);
    const QString own = labelWords(label);
    if (!own.isEmpty() && !out.contains(own))
        out.append(own);
    return out;
}

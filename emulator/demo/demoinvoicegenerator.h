#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

// One generated demo document. groundTruth is [{label, value}] with InvoiceModel's labels and its value
// normalisation (amounts "1234.50", dates "YYYY-MM-DD").
struct DemoInvoice
{
    QString fileName;
    QByteArray content;
    QString contentType; // "application/pdf" or "image/jpeg"
    QJsonArray groundTruth;
};

// Deterministic demo invoices: the same seed and index always give the same invoice values (and the same
// bytes for JPEGs; PDFs carry a creation date so their bytes may differ). Every 4th invoice (index % 4 == 3)
// is a JPEG "scan" of the page (slightly rotated, with noise); the others are PDFs with a real text layer
// written by QPdfWriter. Needs a QGuiApplication (QT_QPA_PLATFORM=offscreen is fine).
class DemoInvoiceGenerator
{
public:
    explicit DemoInvoiceGenerator(quint32 seed);
    DemoInvoice generate(int index); // PDF with a text layer (QPdfWriter); some are JPEG scans

    // Whether generate(index) gives a JPEG scan.
    static bool isScan(int index) { return index % 4 == 3; }

private:
    quint32 m_seed;
};

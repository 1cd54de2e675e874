#pragma once

#include "core/viewer/viewerdocument.h"

#include <QObject>
#include <QThreadPool>

// Opens files for the viewer off the GUI thread (PDFium parses the whole cross-reference table on load,
// which a hostile file can make slow). Only the latest load() reports: starting another one, or cancel(),
// silences the one before.
class DocumentLoader : public QObject
{
    Q_OBJECT
public:
    explicit DocumentLoader(QObject *parent = nullptr);
    ~DocumentLoader() override;

    void load(const QString &path);
    void cancel() { ++m_generation; }

Q_SIGNALS:
    void loaded(const ViewerDocument &document);
    // A translated sentence for the reviewer.
    void failed(const QString &path, const QString &message);

private:
    QThreadPool m_pool;
    quint64 m_generation = 0;
};

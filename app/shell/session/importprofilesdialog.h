#pragma once

#include "core/session/profileimporter.h"

#include <QDialog>

class QListWidget;

// First start: offers the profiles found in ~/.lucidtech/credentials.cfg and the LAS_* variables.
class ImportProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    ImportProfilesDialog(const QList<ProfileImporter::Candidate> &candidates, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QList<ProfileImporter::Candidate> selectedCandidates() const;

private:
    QList<ProfileImporter::Candidate> m_candidates;
    QListWidget *m_list;
};

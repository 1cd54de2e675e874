#pragma once

#include <QDialog>

class ProfileStore;
class QListWidget;
class QPushButton;

// File > Manage Profiles: the list of profiles, which one is active, and add / edit / remove / use. The
// actual changes are made by whoever handles the request signals (they involve the keychain).
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfilesDialog(ProfileStore *profiles, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void addRequested();
    void editRequested(const QString &name);
    void removeRequested(const QString &name);
    void useRequested(const QString &name);
    void importRequested();

private:
    void reload();
    void updateButtons();
    QString selectedName() const;

    ProfileStore *m_profiles;
    QListWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_use;
};

#include "shell/session/profileeditdialog.h"

#include "core/session/profilestore.h"

#include "core/endpointpolicy.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProfileEditDialog::ProfileEditDialog(const Profile &profile, const ProfileStore *profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_originalName(profile.name)
{
    setWindowTitle(profile.name.isEmpty() ? tr("New Profile") : tr("Edit Profile"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto field = [&](const QString &text, const QString &label, const QString &accessible,
                     const QString &placeholder) {
        auto *edit = new QLineEdit(text, this);
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(placeholder);
        edit->setMinimumWidth(360);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditDialog::validate);
        return edit;
    };
    m_name = field(profile.name, tr("&Name:"), tr("Profile name"), tr("e.g. production"));
    m_apiEndpoint =
        field(profile.apiEndpoint.isEmpty() ? u"https://api.lucidtech.ai/v1"_s : profile.apiEndpoint,
              tr("&API endpoint:"), tr("API endpoint"), u"https://api.lucidtech.ai/v1"_s);
    m_authEndpoint = field(profile.authEndpoint.isEmpty() ? u"auth.lucidtech.ai"_s : profile.authEndpoint,
                           tr("A&uth endpoint:"), tr("Auth endpoint"), u"auth.lucidtech.ai"_s);
    m_clientId = field(profile.clientId, tr("&Client ID:"), tr("Client ID"), QString());
    const bool editing = !profile.name.isEmpty();
    const QString keep = editing ? tr("unchanged when left empty") : QString();
    m_clientSecret = field(QString(), tr("Client &secret:"), tr("Client secret"), keep);
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_apiKey = field(QString(), tr("API &key:"), tr("API key"), editing ? keep : tr("optional"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    layout->addLayout(form);

    auto *note = new QLabel(
        tr("The client secret and API key are kept in the system keychain, never in a file."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the profile"));
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void ProfileEditDialog::setSecretsOnly(bool secretsOnly)
{
    m_secretsOnly = secretsOnly;
    for (QLineEdit *edit : {m_name, m_apiEndpoint, m_authEndpoint, m_clientId})
        edit->setReadOnly(secretsOnly);
    m_clientSecret->setPlaceholderText(QString());
    if (secretsOnly) {
        setWindowTitle(tr("Secrets for This Session"));
        m_clientSecret->setFocus();
    }
    validate();
}

Profile ProfileEditDialog::profile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.apiEndpoint = m_apiEndpoint->text().trimmed();
    p.authEndpoint = m_authEndpoint->text().trimmed();
    p.clientId = m_clientId->text().trimmed();
    return p;
}

std::optional<las::ProfileSecrets> ProfileEditDialog::secrets() const
{
    if (m_clientSecret->text().isEmpty() && m_apiKey->text().isEmpty() && !m_originalName.isEmpty() &&
        !m_secretsOnly)
        return std::nullopt;
    return las::ProfileSecrets{m_clientSecret->text(), m_apiKey->text()};
}

void ProfileEditDialog::validate()
{
    const Profile p = profile();
    QString problem;
    const QUrl api(p.apiEndpoint);
    if (p.name.isEmpty())
        problem = tr("Give the profile a name.");
    else if (p.name != m_originalName && m_profiles && m_profiles->contains(p.name))
        problem = tr("There is already a profile called \"%1\".").arg(p.name);
    else if (!api.isValid() || api.host().isEmpty() ||
             (api.scheme() != "https"_L1 && api.scheme() != "http"_L1))
        problem = tr("The API endpoint must be a full URL, like https://api.lucidtech.ai/v1.");
    else if (las::EndpointPolicy::check(api))
        problem = tr("Plain http is only allowed to this computer (loopback). Use https:// for %1.")
                      .arg(api.host());
    else if (p.authEndpoint.isEmpty())
        problem = tr("Enter the auth endpoint, like auth.lucidtech.ai.");
    else if (p.clientId.isEmpty())
        problem = tr("Enter the client ID.");
    else if ((m_originalName.isEmpty() || m_secretsOnly) && m_clientSecret->text().isEmpty())
        problem = tr("Enter the client secret.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

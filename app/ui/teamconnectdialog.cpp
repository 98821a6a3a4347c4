#include "teamconnectdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace Crosscheck::Ui {

TeamConnectDialog::TeamConnectDialog(const Core::TeamServer& server, const QString& problem, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(server.host, this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(server.database, this))
    , m_user(new QLineEdit(server.user, this))
    , m_password(new QLineEdit(this))
    , m_security(new QComboBox(this))
    , m_caFile(new QLineEdit(server.caFile, this))
    , m_remember(new QCheckBox(tr("&Remember the password in the desktop keyring"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to a Team Server"));
    auto *intro = new QLabel(tr("Work on this folder with your team: annotations are shared through the team's "
                                "PostgreSQL server and kept here too, so you can go on working offline."),
                             this);
    intro->setWordWrap(true);
    m_host->setPlaceholderText(tr("db.example.org, or a socket folder such as /run/postgresql"));
    m_port->setRange(1, 65535);
    m_port->setValue(server.port);
    m_password->setEchoMode(QLineEdit::Password);
    m_security->addItem(tr("TLS required (encrypted)"), QStringLiteral("require"));
    m_security->addItem(tr("TLS, certificate and host name verified"), QStringLiteral("verify-full"));
    m_security->addItem(tr("No TLS (a local socket or a trusted network only)"), QStringLiteral("disable"));
    m_security->setCurrentIndex(qMax(0, m_security->findData(server.sslMode)));
    m_caFile->setPlaceholderText(tr("The CA certificate that signed the server's (PEM)"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_remember->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("S&ecurity:"), m_security);
    auto *caLabel = new QLabel(tr("&CA certificate:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(QString(), m_remember);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (!problem.isEmpty()) {
        auto *why = new QLabel(problem, this);
        why->setWordWrap(true);
        why->setObjectName(QStringLiteral("teamProblem"));
        why->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont bold = why->font();
        bold.setBold(true);
        why->setFont(bold);
        layout->addWidget(why);
    }
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    QPushButton *connectButton = m_buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA Certificate"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    for (QLineEdit *edit : {m_host, m_database, m_user, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &TeamConnectDialog::updateState);
    connect(m_security, &QComboBox::currentIndexChanged, this, &TeamConnectDialog::updateState);
    (server.user.isEmpty() ? m_user : m_password)->setFocus();
    updateState();
}

TeamConnectDialog::~TeamConnectDialog() = default;

void TeamConnectDialog::updateState()
{
    const bool verify = m_security->currentData().toString() == QLatin1String("verify-full");
    m_caFile->setEnabled(verify);
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() &&
                          !m_user->text().trimmed().isEmpty() && (!verify || !m_caFile->text().trimmed().isEmpty());
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(complete);
    }
}

Core::TeamServer TeamConnectDialog::server() const
{
    Core::TeamServer s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.sslMode = m_security->currentData().toString();
    s.caFile = s.sslMode == QLatin1String("verify-full") ? m_caFile->text().trimmed() : QString();
    return s;
}

QString TeamConnectDialog::password() const
{
    return m_password->text();
}

bool TeamConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

} // namespace Crosscheck::Ui

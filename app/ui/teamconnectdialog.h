#pragma once

#include "team/teamserver.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Crosscheck::Ui {

/// File › Team › Connect…: the team's PostgreSQL server (host or socket folder, port, database,
/// user), the password (kept in the desktop keyring when asked, never in settings) and how the
/// connection is secured: TLS required by default, TLS with the certificate and host name verified
/// against a CA file, or none for a local socket or a trusted network.
class TeamConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamConnectDialog)

public:
    TeamConnectDialog(const Core::TeamServer& server, const QString& problem, QWidget *parent);
    ~TeamConnectDialog() override;

    Core::TeamServer server() const;
    QString password() const;
    bool rememberPassword() const;

private:
    void updateState();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_security;
    QLineEdit *m_caFile;
    QCheckBox *m_remember;
    QDialogButtonBox *m_buttons;
};

} // namespace Crosscheck::Ui

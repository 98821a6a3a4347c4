#pragma once

#include <QFrame>

class QLabel;
class QListWidget;
class QAction;
class QToolButton;

namespace Crosscheck::Ui {

/// An inline bar above the work area listing what went wrong (files that could not be read),
/// so the user is told without a modal box interrupting the work.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    explicit MessageBar(QWidget *parent = nullptr);

    /// Adds a problem with @p fileName; the bar shows itself.
    void addFileProblem(const QString& fileName, const QString& reason);
    /// Shows a single message that is not about one file, with an optional way out as a button.
    void showError(const QString& message, QAction *action = nullptr);
    void clear();

    QStringList messages() const;
    QString summary() const;

private:
    void updateSummary();

    QLabel *m_summary;
    QListWidget *m_list;
    QToolButton *m_close;
    QToolButton *m_action;
    QString m_error;
};

} // namespace Crosscheck::Ui

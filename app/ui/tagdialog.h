#pragma once

#include <QDialog>

class QLineEdit;

namespace Crosscheck::Ui {

/// Asks for a tag path with completion over the folder's tags; Enter accepts, a new path
/// creates a new tag.
class TagDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagDialog)

public:
    TagDialog(const QStringList& existing, QWidget *parent = nullptr);
    QString tag() const;
    QLineEdit *lineEdit() const { return m_edit; }

    /// Shows the dialog; the chosen tag, or empty when cancelled.
    static QString getTag(QWidget *parent, const QStringList& existing);

private:
    QLineEdit *m_edit;
};

} // namespace Crosscheck::Ui

#include "tagdialog.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

TagDialog::TagDialog(const QStringList& existing, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(this))
{
    setWindowTitle(tr("Tag"));
    auto *completer = new QCompleter(existing, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(completer);
    m_edit->setPlaceholderText(tr("claim/disputed"));
    m_edit->setAccessibleName(tr("Tag path"));
    auto *label = new QLabel(tr("Tag (a path such as claim/disputed; a new one is created):"), this);
    label->setBuddy(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
}

QString TagDialog::tag() const
{
    return m_edit->text().trimmed();
}

QString TagDialog::getTag(QWidget *parent, const QStringList& existing)
{
    TagDialog dialog(existing, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.tag() : QString();
}

} // namespace Crosscheck::Ui

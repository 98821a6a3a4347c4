#include "articledetailsdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace Crosscheck::Ui {

ArticleDetailsDialog::ArticleDetailsDialog(const Core::Article& article, QWidget *parent)
    : QDialog(parent)
    , m_outlet(new QLineEdit(article.outlet, this))
    , m_title(new QLineEdit(article.title, this))
    , m_dateKnown(new QCheckBox(tr("Known"), this))
    , m_date(new QDateEdit(article.published.isValid() ? article.published : QDate::currentDate(), this))
{
    setWindowTitle(tr("Article Details"));
    m_outlet->setPlaceholderText(tr("The publication, as readers know it"));
    m_outlet->setAccessibleName(tr("Outlet"));
    m_title->setAccessibleName(tr("Title"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("Date of publication"));
    m_dateKnown->setChecked(article.published.isValid());
    m_date->setEnabled(m_dateKnown->isChecked());
    connect(m_dateKnown, &QCheckBox::toggled, m_date, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    auto *file = new QLabel(QDir::toNativeSeparators(article.relativePath), this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("File:"), file);
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(tr("&Title:"), m_title);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateKnown);
    dateRow->addWidget(m_date, 1);
    auto *published = new QLabel(tr("&Published:"), this);
    published->setBuddy(m_dateKnown);
    form->addRow(published, dateRow);
    auto *hint = new QLabel(tr("Kept with the folder's annotations; an empty field shows what the page says."), this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

Core::ArticleDetails ArticleDetailsDialog::details() const
{
    return {m_outlet->text().trimmed(), m_title->text().trimmed(),
            m_dateKnown->isChecked() ? m_date->date() : QDate()};
}

} // namespace Crosscheck::Ui

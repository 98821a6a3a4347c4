#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

namespace Crosscheck::Ui {

using Core::Exporter;

ExportDialog::ExportDialog(const QStringList& tags, const QString& article, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_grouping(new QComboBox(this))
    , m_split(new QComboBox(this))
    , m_since(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_bom(new QCheckBox(tr("Start with a byte order mark (for spreadsheets)"), this))
    , m_onlyArticle(new QCheckBox(tr("Only the article %1").arg(article), this))
    , m_article(article)
{
    setWindowTitle(tr("Export Annotations"));
    for (const auto format : {Exporter::Format::Markdown, Exporter::Format::Html, Exporter::Format::Csv,
                              Exporter::Format::JsonLd, Exporter::Format::Qdpx, Exporter::Format::Qdc})
        m_format->addItem(Exporter::formatName(format), int(format));
    m_grouping->addItem(tr("By article"), int(Exporter::Grouping::ByArticle));
    m_grouping->addItem(tr("By claim, with what each source says"), int(Exporter::Grouping::ByClaim));
    m_split->addItem(tr("One document for the folder"), int(Exporter::Split::None));
    m_split->addItem(tr("One document per article"), int(Exporter::Split::PerArticle));
    m_split->addItem(tr("One document per tag"), int(Exporter::Split::PerTag));
    m_since->addItem(tr("Any time"), 0);
    m_since->addItem(tr("Today"), 1);
    m_since->addItem(tr("In the last 7 days"), 7);
    m_since->addItem(tr("In the last 30 days"), 30);
    m_split->setAccessibleName(tr("Documents"));
    m_since->setAccessibleName(tr("Made when"));
    m_tag->addItem(tr("All annotations"), QString());
    for (const QString& t : tags)
        m_tag->addItem(t, t);
    m_format->setAccessibleName(tr("Format"));
    m_grouping->setAccessibleName(tr("Grouping"));
    m_tag->setAccessibleName(tr("Only this tag"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Group:"), m_grouping);
    form->addRow(tr("&Documents:"), m_split);
    form->addRow(tr("&Tag:"), m_tag);
    form->addRow(tr("&Made:"), m_since);
    form->addRow(QString(), m_onlyArticle);
    m_onlyArticle->setVisible(!article.isEmpty());
    form->addRow(QString(), m_bom);
    form->addRow(buttons);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    updateEnabled();
}

ExportDialog::~ExportDialog() = default;

Exporter::Options ExportDialog::options() const
{
    Exporter::Options o;
    o.format = Exporter::Format(m_format->currentData().toInt());
    o.grouping = Exporter::Grouping(m_grouping->currentData().toInt());
    if (const QString tag = m_tag->currentData().toString(); !tag.isEmpty())
        o.tags = {tag};
    o.byteOrderMark = m_bom->isChecked();
    if (m_onlyArticle->isChecked() && !m_article.isEmpty())
        o.articles = {m_article};
    o.split = o.format == Exporter::Format::Markdown ? Exporter::Split(m_split->currentData().toInt())
                                                     : Exporter::Split::None;
    if (const int days = m_since->currentData().toInt(); days > 0)
        o.from = QDateTime(QDate::currentDate().addDays(1 - days), QTime(0, 0));
    return o;
}

void ExportDialog::setFormat(Exporter::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setSplit(Exporter::Split split)
{
    m_split->setCurrentIndex(m_split->findData(int(split)));
}

void ExportDialog::setMadeWithinDays(int days)
{
    m_since->setCurrentIndex(std::max(0, m_since->findData(days)));
}

void ExportDialog::setOnlyOpenArticle(bool only)
{
    m_onlyArticle->setChecked(only);
}

void ExportDialog::setTag(const QString& tag)
{
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
}

void ExportDialog::updateEnabled()
{
    const auto format = Exporter::Format(m_format->currentData().toInt());
    m_grouping->setEnabled(format == Exporter::Format::Markdown);
    m_split->setEnabled(format == Exporter::Format::Markdown);
    m_bom->setEnabled(format == Exporter::Format::Csv);
}

} // namespace Crosscheck::Ui

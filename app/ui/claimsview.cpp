#include "claimsview.h"

#include "analysis/claimmodel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

namespace {

enum class Coverage { Carried, Approximate, Disagrees };

// One colour per kind of dot, shared by the table and its legend.
QColor coverageColour(Coverage coverage, const QPalette& palette)
{
    switch (coverage) {
    case Coverage::Disagrees:
        return QColor(0xc6, 0x28, 0x28);
    case Coverage::Approximate:
        return QColor(0xd9, 0x8e, 0x04);
    case Coverage::Carried:
        break;
    }
    return palette.color(QPalette::Highlight);
}

// A dot for "carried here": red when the figures disagree, amber when they differ only as a range
// or an approximation allows; nothing when not reported.
class CoverageDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.column() == 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.widget->style()->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
        if (!index.data(Core::ClaimModel::CoveredRole).toBool())
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        const Coverage coverage = index.data(Core::ClaimModel::DisagreesRole).toBool()     ? Coverage::Disagrees
                                  : index.data(Core::ClaimModel::ApproximateRole).toBool() ? Coverage::Approximate
                                                                                           : Coverage::Carried;
        painter->setBrush(coverageColour(coverage, option.palette));
        const int d = std::min(option.rect.height(), option.rect.width()) * 11 / 20;
        painter->drawEllipse(QRect(option.rect.center() - QPoint(d / 2, d / 2), QSize(d, d)));
        painter->restore();
    }
};

} // namespace

ClaimsView::ClaimsView(Core::ClaimModel *model, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableView(this))
    , m_legend(new QLabel(this))
{
    m_table->setModel(model);
    m_table->setItemDelegate(new CoverageDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    // Sources named by their file keep both ends of the name when the column is narrow.
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideMiddle);
    m_table->setAccessibleName(tr("Claims and the articles that carry them"));
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_table->setColumnWidth(0, 380); });
    auto open = [this](const QModelIndex& index) {
        const int sentence = index.data(Core::ClaimModel::SentenceRole).toInt();
        if (index.column() > 0 && sentence >= 0)
            Q_EMIT sentenceActivated(index.data(Core::ClaimModel::PathRole).toString(), sentence);
    };
    connect(m_table, &QTableView::clicked, this, open);
    connect(m_table, &QTableView::activated, this, open);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *tag = new QAction(tr("&Tag Claim…"), m_table);
    tag->setShortcut(QKeySequence(Qt::Key_T));
    tag->setShortcutContext(Qt::WidgetShortcut);
    connect(tag, &QAction::triggered, this, [this] {
        if (m_table->currentIndex().isValid())
            Q_EMIT tagRequested(m_table->currentIndex().row());
    });
    m_table->addAction(tag);
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    m_legend->setWordWrap(true);
    m_legend->setAccessibleName(tr("What the dots mean"));
    updateLegend();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_legend);
}

void ClaimsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateLegend();
}

void ClaimsView::updateLegend()
{
    const auto dot = [this](Coverage coverage, const QString& meaning) {
        return QStringLiteral("<span style=\"color:%1\">\u25CF</span>&nbsp;%2")
            .arg(coverageColour(coverage, palette()).name(), meaning.toHtmlEscaped());
    };
    m_legend->setText(QStringLiteral("&nbsp;") +
                      QStringList{dot(Coverage::Carried, tr("carries the claim")),
                                  dot(Coverage::Approximate, tr("figures differ as a range, rounding or a later count allows")),
                                  dot(Coverage::Disagrees, tr("figures disagree")),
                                  tr("empty: not reported")}
                          .join(QStringLiteral(" &nbsp; ")));
}

} // namespace Crosscheck::Ui

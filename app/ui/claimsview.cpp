#include "claimsview.h"

#include "alignment/claimmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

namespace {

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
        if (index.data(Core::ClaimModel::DisagreesRole).toBool())
            painter->setBrush(QColor(0xc6, 0x28, 0x28));
        else if (index.data(Core::ClaimModel::ApproximateRole).toBool())
            painter->setBrush(QColor(0xd9, 0x8e, 0x04));
        else
            painter->setBrush(option.palette.color(QPalette::Highlight));
        const int d = std::min(option.rect.height(), option.rect.width()) * 11 / 20;
        painter->drawEllipse(QRect(option.rect.center() - QPoint(d / 2, d / 2), QSize(d, d)));
        painter->restore();
    }
};

} // namespace

ClaimsView::ClaimsView(Core::ClaimModel *model, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableView(this))
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

} // namespace Crosscheck::Ui

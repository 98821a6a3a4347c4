#include "annotationspanel.h"

#include "roles.h"
#include "store/annotationlistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

AnnotationsPanel::AnnotationsPanel(Core::AnnotationListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_reattach(new QPushButton(tr("Re-attach to Selection"), this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter by text, tag or article"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter annotations"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Annotations of the folder"));
    m_view->setColumnWidth(Core::AnnotationListModel::QuoteColumn, 320);
    m_view->setColumnWidth(Core::AnnotationListModel::ArticleColumn, 180);
    m_view->setColumnWidth(Core::AnnotationListModel::TagsColumn, 160);
    auto activate = [this](const QModelIndex& index) {
        Q_EMIT annotationActivated(index.data(Core::ArticlePathRole).toString(),
                                   index.data(Core::UuidRole).toString());
    };
    connect(m_view, &QTableView::activated, this, activate);
    connect(m_view, &QTableView::clicked, this, activate);

    m_reattach->setToolTip(tr("Attach the selected orphan to the text selected in the reading view"));
    m_reattach->setEnabled(false);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& index) { m_reattach->setEnabled(index.data(Core::OrphanRole).toBool()); });
    connect(m_reattach, &QPushButton::clicked, this, [this] {
        if (!selectedUuid().isEmpty())
            Q_EMIT reattachRequested(selectedUuid());
    });

    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_reattach);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
}

QString AnnotationsPanel::selectedUuid() const
{
    return m_view->currentIndex().data(Core::UuidRole).toString();
}

} // namespace Crosscheck::Ui

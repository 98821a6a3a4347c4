#include "mentionspanel.h"

#include "articles/article.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <map>

namespace Crosscheck::Ui {

namespace {

QString kindTitle(Core::MentionKind kind)
{
    switch (kind) {
    case Core::MentionKind::Money:
        return MentionsPanel::tr("Money");
    case Core::MentionKind::Percent:
        return MentionsPanel::tr("Percentages");
    case Core::MentionKind::Number:
        return MentionsPanel::tr("Numbers");
    case Core::MentionKind::Date:
        return MentionsPanel::tr("Dates");
    case Core::MentionKind::Duration:
        return MentionsPanel::tr("Durations");
    case Core::MentionKind::Time:
        return MentionsPanel::tr("Times");
    case Core::MentionKind::Quantity:
        return MentionsPanel::tr("Quantities");
    case Core::MentionKind::Person:
        return MentionsPanel::tr("People");
    case Core::MentionKind::Organization:
        return MentionsPanel::tr("Organisations");
    case Core::MentionKind::Place:
        return MentionsPanel::tr("Places");
    case Core::MentionKind::Product:
        return MentionsPanel::tr("Products");
    }
    return {};
}

// Figures group by value ("$53 billion" and "53 billion dollars" are one figure); names by text.
QString groupKey(const Core::Article& article, const Core::Mention& m)
{
    // "around $53 billion" here and "roughly $53 billion" there are one figure.
    if (m.isFigure()) {
        const QString description = Core::describeValue(m);
        if (!description.isEmpty())
            return description;
    }
    return article.text.sliced(m.start, m.length()).toCaseFolded();
}

} // namespace

MentionsPanel::MentionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
{
    m_model->setHorizontalHeaderLabels({tr("Name or figure"), tr("Count"), tr("Also in")});
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Names and figures of the article"));
    m_view->header()->setStretchLastSection(true);
    m_view->setRootIsDecorated(true);
    connect(m_view, &QTreeView::activated, this, &MentionsPanel::onActivated);
    connect(m_view, &QTreeView::clicked, this, &MentionsPanel::onActivated);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void MentionsPanel::clear()
{
    m_model->removeRows(0, m_model->rowCount());
}

void MentionsPanel::setArticle(const Core::Article& article, const QList<Core::Article>& folder)
{
    clear();
    // Which other articles mention each group.
    QHash<QString, QStringList> elsewhere;
    for (const Core::Article& other : folder) {
        if (other.relativePath == article.relativePath)
            continue;
        QSet<QString> keys;
        for (const Core::Mention& m : other.mentions)
            keys.insert(mentionKindName(m.kind) + u'\x1f' + groupKey(other, m));
        for (const QString& key : keys)
            elsewhere[key].append(other.sourceName());
    }

    struct Group
    {
        QString text;
        int count = 0;
        qsizetype start = -1, end = -1;
    };
    std::map<int, std::map<QString, Group>> kinds;
    for (const Core::Mention& m : article.mentions) {
        Group& g = kinds[int(m.kind)][groupKey(article, m)];
        if (g.count++ == 0) {
            g.text = article.text.sliced(m.start, m.length());
            g.start = m.start;
            g.end = m.end;
        }
    }
    for (const auto& [kind, groups] : kinds) {
        int total = 0;
        for (const auto& entry : groups)
            total += entry.second.count;
        auto *kindItem = new QStandardItem(kindTitle(Core::MentionKind(kind)));
        QFont bold = kindItem->font();
        bold.setBold(true);
        kindItem->setFont(bold);
        QList<QStandardItem *> kindRow{kindItem, new QStandardItem(QString::number(total)),
                                       new QStandardItem};
        for (const auto& [key, g] : groups) {
            auto *item = new QStandardItem(g.text);
            item->setData(g.start, StartRole);
            item->setData(g.end, EndRole);
            const QStringList others =
                elsewhere.value(mentionKindName(Core::MentionKind(kind)) + u'\x1f' + key);
            item->setData(others, OtherArticlesRole);
            const Core::Mention *first = nullptr;
            for (const Core::Mention& m : article.mentions) {
                if (m.start == g.start)
                    first = &m;
            }
            if (first && first->isFigure())
                item->setToolTip(Core::describeMention(*first));
            auto *count = new QStandardItem(QString::number(g.count));
            auto *also =
                new QStandardItem(others.isEmpty() ? tr("only here") : others.join(QStringLiteral(", ")));
            also->setToolTip(also->text());
            kindItem->appendRow({item, count, also});
        }
        m_model->appendRow(kindRow);
    }
    m_view->expandAll();
    m_view->resizeColumnToContents(0);
    m_view->resizeColumnToContents(1);
}

void MentionsPanel::onActivated(const QModelIndex& index)
{
    const QModelIndex first = index.siblingAtColumn(0);
    const QVariant start = first.data(StartRole);
    if (start.isValid())
        Q_EMIT mentionActivated(start.toLongLong(), first.data(EndRole).toLongLong());
}

} // namespace Crosscheck::Ui

#include "claimmodel.h"

#include "articles/articlelistmodel.h"

#include <QColor>

namespace Crosscheck::Core {

ClaimModel::ClaimModel(const ArticleListModel *articles, QObject *parent)
    : QAbstractTableModel(parent)
    , m_articles(articles)
{}

void ClaimModel::setInsight(const FolderInsight& insight)
{
    m_paths = insight.paths;
    m_storyOf = insight.storyOf;
    m_all.clear();
    for (const Claim& claim : insight.alignment.claims) {
        Row row;
        for (const SentenceRef& r : claim.sentences)
            row.sentenceOf.insert(r.article, r.sentence);
        const SentenceRef& first = claim.sentences.first();
        if (const Article *a = m_articles->articleAt(m_articles->rowOfFile(m_paths.value(first.article))))
            row.text = first.sentence < a->sentences.size() ? a->sentenceText(first.sentence) : QString();
        for (const Discrepancy& d : insight.discrepancies) {
            if (d.claim != claim.id)
                continue;
            for (const Discrepancy::Item& item : d.items)
                (d.kind == Discrepancy::Kind::Conflict ? row.disagreeing : row.approximate)
                    .insert(item.sentence.article);
        }
        m_all.append(row);
    }
    showStory(m_story);
}

void ClaimModel::setActiveArticle(const QString& path)
{
    const qsizetype article = m_paths.indexOf(path);
    const int story = article >= 0 && article < m_storyOf.size() ? m_storyOf[article] : -1;
    if (story != m_story || story < 0)
        showStory(story);
}

void ClaimModel::showStory(int story)
{
    beginResetModel();
    m_story = story;
    const bool all = story < 0 || m_storyOf.size() != m_paths.size();
    m_columns.clear();
    for (int a = 0; a < m_paths.size(); ++a) {
        if (all || m_storyOf[a] == story)
            m_columns.append(a);
    }
    m_rows.clear();
    for (const Row& row : std::as_const(m_all)) {
        if (all || (!row.sentenceOf.isEmpty() && m_storyOf.value(row.sentenceOf.cbegin().key(), -1) == story))
            m_rows.append(row);
    }
    endResetModel();
}

QList<std::pair<QString, int>> ClaimModel::sentencesOf(int row) const
{
    QList<std::pair<QString, int>> out;
    if (row < 0 || row >= m_rows.size())
        return out;
    for (auto it = m_rows[row].sentenceOf.cbegin(); it != m_rows[row].sentenceOf.cend(); ++it)
        out.append({m_paths.value(it.key()), it.value()});
    std::sort(out.begin(), out.end());
    return out;
}

int ClaimModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QVariant ClaimModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return row.text;
        case Qt::ToolTipRole:
            return tr("%1\n\nCarried by %2 of %3 articles")
                .arg(row.text)
                .arg(row.sentenceOf.size())
                .arg(m_columns.size());
        case SourcesRole:
            return int(row.sentenceOf.size());
        default:
            return {};
        }
    }
    const int article = m_columns.value(index.column() - 1, -1);
    const bool covered = row.sentenceOf.contains(article);
    switch (role) {
    case CoveredRole:
        return covered;
    case DisagreesRole:
        return row.disagreeing.contains(article);
    case ApproximateRole:
        return !row.disagreeing.contains(article) && row.approximate.contains(article);
    case PathRole:
        return m_paths.value(article);
    case SentenceRole:
        return covered ? row.sentenceOf.value(article) : -1;
    case Qt::ToolTipRole:
        if (!covered)
            return tr("Not reported here");
        if (const Article *a = m_articles->articleAt(m_articles->rowOfFile(m_paths.value(article))))
            return QString(
                a->sentenceText(row.sentenceOf.value(article)) +
                (row.disagreeing.contains(article)
                     ? QString(QStringLiteral("\n\n") + tr("Its figures disagree with another source."))
                 : row.approximate.contains(article)
                     ? QString(QStringLiteral("\n\n") +
                               tr("Its figure is a range or an approximation of another source's."))
                     : QString()));
        return {};
    case Qt::AccessibleTextRole:
        if (!covered)
            return tr("not reported");
        if (row.disagreeing.contains(article))
            return tr("reported, figures disagree");
        return row.approximate.contains(article) ? tr("reported, figures roughly agree") : tr("reported");
    default:
        return {};
    }
}

QVariant ClaimModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (section == 0)
        return tr("Claim");
    const QString path = m_paths.value(m_columns.value(section - 1, -1));
    const Article *a = m_articles->articleAt(m_articles->rowOfFile(path));
    if (role == Qt::ToolTipRole)
        return path;
    return a ? a->sourceName() : path;
}

} // namespace Crosscheck::Core

#include "articlelistmodel.h"

#include <QMimeData>

#include "folderscanner.h"
#include "roles.h"

#include <QDir>

namespace Crosscheck::Core {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ArticleListModel::setArticles(const QList<Article>& articles)
{
    beginResetModel();
    m_articles = articles;
    endResetModel();
}

void ArticleListModel::upsertArticle(const Article& article)
{
    const auto it = std::lower_bound(m_articles.cbegin(), m_articles.cend(), article.relativePath,
                                     [](const Article& a, const QString& path) {
                                         return FolderScanner::naturalCompare(a.relativePath, path) < 0 ||
                                                (FolderScanner::naturalCompare(a.relativePath, path) == 0 &&
                                                 a.relativePath < path);
                                     });
    const int row = int(it - m_articles.cbegin());
    if (it != m_articles.cend() && it->relativePath == article.relativePath) {
        m_articles[row] = article;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    beginInsertRows({}, row, row);
    m_articles.insert(row, article);
    endInsertRows();
}

void ArticleListModel::removeArticle(const QString& relativePath)
{
    const int row = rowOfFile(relativePath);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_articles.removeAt(row);
    endRemoveRows();
}

void ArticleListModel::setMentions(const QHash<QString, QList<Mention>>& mentions)
{
    for (int row = 0; row < m_articles.size(); ++row) {
        const auto it = mentions.constFind(m_articles[row].relativePath);
        if (it == mentions.cend())
            continue;
        m_articles[row].mentions = *it;
        Q_EMIT dataChanged(index(row), index(row));
    }
}

void ArticleListModel::setChrome(const QHash<QString, QList<int>>& chrome)
{
    for (int row = 0; row < m_articles.size(); ++row) {
        Article& article = m_articles[row];
        const auto it = chrome.constFind(article.relativePath);
        if (it == chrome.cend())
            continue;
        for (const int s : *it) {
            if (s < 0 || s >= article.sentences.size() || article.sentences[s].boilerplate)
                continue;
            article.sentences[s].boilerplate = true;
            article.boilerplate.append({article.sentences[s].start, article.sentences[s].end});
        }
        Q_EMIT dataChanged(index(row), index(row));
    }
}

void ArticleListModel::setTitles(const QHash<QString, QString>& titles)
{
    for (int row = 0; row < m_articles.size(); ++row) {
        const auto it = titles.constFind(m_articles[row].relativePath);
        if (it == titles.cend() || m_articles[row].title == *it)
            continue;
        m_articles[row].title = *it;
        Q_EMIT dataChanged(index(row), index(row));
    }
}

void ArticleListModel::setStories(const QList<std::pair<QString, QStringList>>& stories)
{
    // Rows gain or lose a story header and so change height: a layout change, not a data one.
    Q_EMIT layoutAboutToBeChanged();
    m_storyOf.clear();
    m_storyLabels.clear();
    m_storyCoverage.clear();
    for (int s = 0; s < stories.size(); ++s) {
        QStringList outlets;
        for (const QString& path : stories[s].second) {
            m_storyOf.insert(path, s);
            const int row = rowOfFile(path);
            const QString outlet = row >= 0 ? m_articles[row].sourceName() : path;
            if (!outlets.contains(outlet))
                outlets.append(outlet);
        }
        m_storyLabels.append(stories[s].first);
        const QString joined = outlets.join(QStringLiteral(" \u00B7 "));
        m_storyCoverage.append(outlets.size() == 1 ? tr("1 outlet: %1").arg(joined)
                                                   : tr("%1 outlets: %2").arg(outlets.size()).arg(joined));
    }
    Q_EMIT layoutChanged();
}

void ArticleListModel::clear()
{
    m_storyOf.clear();
    m_storyLabels.clear();
    m_storyCoverage.clear();
    setArticles({});
}

const Article *ArticleListModel::articleAt(int row) const
{
    return row >= 0 && row < m_articles.size() ? &m_articles[row] : nullptr;
}

int ArticleListModel::rowOfFile(const QString& relativePath) const
{
    for (int i = 0; i < m_articles.size(); ++i) {
        if (m_articles[i].relativePath == relativePath)
            return i;
    }
    return -1;
}

int ArticleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

QVariant ArticleListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article& article = m_articles[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return article.title;
    case Qt::ToolTipRole:
        return QDir::toNativeSeparators(article.filePath);
    case FileNameRole:
        return article.relativePath;
    case FilePathRole:
        return article.filePath;
    case TextRole:
        return article.text;
    case OutletRole:
        return article.outlet;
    case SubtitleRole:
        return article.outlet.isEmpty() ? article.relativePath
                                        : article.outlet + QStringLiteral(" \u00B7 ") + article.relativePath;
    case StoryLabelRole:
    case StoryCoverageRole: {
        const int story = m_storyOf.value(article.relativePath, -1);
        if (story < 0)
            return QString();
        return role == StoryLabelRole ? m_storyLabels.value(story) : m_storyCoverage.value(story);
    }
    case StoryHeaderRole: {
        const int story = m_storyOf.value(article.relativePath, -1);
        if (m_storyLabels.size() < 2 || story < 0)
            return false;
        return index.row() == 0 || m_storyOf.value(m_articles[index.row() - 1].relativePath, -1) != story;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(TitleRole, "title");
    names.insert(FileNameRole, "fileName");
    names.insert(FilePathRole, "filePath");
    names.insert(TextRole, "text");
    names.insert(OutletRole, "outlet");
    names.insert(SubtitleRole, "subtitle");
    return names;
}

Qt::ItemFlags ArticleListModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList ArticleListModel::mimeTypes() const
{
    return {articleMimeType()};
}

QMimeData *ArticleListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty() || !checkIndex(indexes.first(), CheckIndexOption::IndexIsValid))
        return nullptr;
    auto *data = new QMimeData;
    data->setData(articleMimeType(), m_articles[indexes.first().row()].relativePath.toUtf8());
    return data;
}

} // namespace Crosscheck::Core

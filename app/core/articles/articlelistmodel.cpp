#include "articlelistmodel.h"

#include "roles.h"

#include <QDir>

namespace Crosscheck::Core {

ArticleListModel::ArticleListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void ArticleListModel::setArticles(const QList<Article>& articles)
{
    beginResetModel();
    m_articles = articles;
    endResetModel();
}

void ArticleListModel::addArticle(const Article& article)
{
    const int row = int(m_articles.size());
    beginInsertRows({}, row, row);
    m_articles.append(article);
    endInsertRows();
}

void ArticleListModel::clear()
{
    setArticles({});
}

const Article* ArticleListModel::articleAt(int row) const
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
    return names;
}

} // namespace Crosscheck::Core

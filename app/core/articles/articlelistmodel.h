#pragma once

#include "article.h"

#include <QAbstractListModel>

namespace Crosscheck::Core {

/// The articles of the open folder, in folder order. Display text is the title.
class ArticleListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)

public:
    explicit ArticleListModel(QObject *parent = nullptr);

    void setArticles(const QList<Article>& articles);
    /// Adds an article at its place in folder order, or replaces the one with the same file.
    void upsertArticle(const Article& article);
    void removeArticle(const QString& relativePath);
    /// Replaces the mentions of the articles named in @p mentions (relative path to mentions).
    void setMentions(const QHash<QString, QList<Mention>>& mentions);
    /// Marks sentences (by relative path, sentence indexes) found to be page chrome only by
    /// comparing the folder's stories: they are dimmed as the chrome found when reading is.
    void setChrome(const QHash<QString, QList<int>>& chrome);
    /// The folder's stories: each a label and the relative paths of its articles. With more than
    /// one story the list says, where a story's run of articles starts, its label and the
    /// outlets that cover it.
    void setStories(const QList<std::pair<QString, QStringList>>& stories);
    /// New titles by relative path (a title the folder showed to be page chrome).
    void setTitles(const QHash<QString, QString>& titles);
    void clear();

    const Article *articleAt(int row) const;
    int rowOfFile(const QString& relativePath) const;
    const QList<Article>& articles() const { return m_articles; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// Articles can be dragged onto a reading pane.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList& indexes) const override;
    /// The MIME type carrying an article's relative path (UTF-8).
    static QString articleMimeType() { return QStringLiteral("application/x-crosscheck-article"); }

private:
    QList<Article> m_articles;
    QHash<QString, int> m_storyOf; // relative path to story index
    QStringList m_storyLabels;
    QStringList m_storyCoverage;
};

} // namespace Crosscheck::Core

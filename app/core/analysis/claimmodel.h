#pragma once

#include "folderrecognizer.h"

#include <QAbstractTableModel>

namespace Crosscheck::Core {

class ArticleListModel;

/// Claims against articles: one row per claim (most sources first), one column for what it says
/// and one per article; a cell tells whether that article carries the claim and whether its
/// figures disagree with another source. In a folder of several stories it shows the story of
/// the active article: its claims and its articles.
class ClaimModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimModel)

public:
    enum Role
    {
        CoveredRole = Qt::UserRole + 200,
        DisagreesRole,
        PathRole,
        SentenceRole,
        SourcesRole,
        /// The source's figure differs only as a range or an approximation allows.
        ApproximateRole
    };

    explicit ClaimModel(const ArticleListModel *articles, QObject *parent = nullptr);

    void setInsight(const FolderInsight& insight);
    /// Shows the claims and articles of the story of the article at @p path (all of them when
    /// the folder is one story or the path is not known).
    void setActiveArticle(const QString& path);
    /// The sentences of the claim in @p row: relative path and sentence index.
    QList<std::pair<QString, int>> sentencesOf(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        QString text;
        QHash<int, int> sentenceOf; ///< article index to sentence index
        QSet<int> disagreeing;      ///< articles whose figure disagrees
        QSet<int> approximate;      ///< articles whose figure is a range or approximation of another's
    };
    void showStory(int story);

    const ArticleListModel *m_articles;
    QStringList m_paths;
    QList<int> m_storyOf;  ///< story of each article of m_paths
    QList<Row> m_all;      ///< every claim of the folder
    QList<Row> m_rows;     ///< the claims shown: those of the active story
    QList<int> m_columns;  ///< the articles shown, as indices into m_paths
    int m_story = -1;
};

} // namespace Crosscheck::Core

#pragma once

#include "store/annotationstore.h"

#include <QAbstractListModel>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace Crosscheck::Core {
class ArticleListModel;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

class AnnotationController;

/// Sentences that matched a search, best first: outlet and the sentence with its hits.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    enum Role
    {
        PathRole = Qt::UserRole + 1,
        SentenceRole,
        OutletRole,
        /// The sentence with each hit between STX and ETX.
        MarkedSnippetRole
    };

    struct Result
    {
        Core::AnnotationStore::SentenceHit hit;
        QString outlet;
    };

    using QAbstractListModel::QAbstractListModel;
    void setResults(const QList<Result>& results);
    const QList<Result>& results() const { return m_results; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QList<Result> m_results;
};

/// Full-text search across the folder's sentences (SQLite FTS5, see AnnotationStore), narrowed
/// by outlet, tag, annotated sentences or sentences with figures. Activating a result opens the
/// sentence; the words searched for are marked in the reading panes.
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    SearchPanel(Core::ArticleListModel *articles, AnnotationController *annotations,
                QWidget *parent = nullptr);
    ~SearchPanel() override;

    /// Runs the search now (typing runs it after a short pause).
    void search();
    /// Fills the outlet and tag filters from the folder and its store.
    void refreshFilters();
    void setOutletFilter(const QString& outlet);
    void setTagFilter(const QString& tag);
    void setAnnotatedOnly(bool only);
    void setFiguresOnly(bool only);

    QLineEdit *queryEdit() const { return m_query; }
    QListView *resultsView() const { return m_results; }
    SearchResultsModel *model() const { return m_model; }
    /// The words of the current query.
    QStringList terms() const;

Q_SIGNALS:
    void sentenceActivated(const QString& relativePath, int sentence);
    void termsChanged(const QStringList& terms);

private:
    bool passesFilters(const Core::AnnotationStore::SentenceHit& hit) const;

    Core::ArticleListModel *m_articles;
    AnnotationController *m_annotations;
    QLineEdit *m_query;
    QComboBox *m_outlet;
    QComboBox *m_tag;
    QCheckBox *m_annotatedOnly;
    QCheckBox *m_figuresOnly;
    QLabel *m_summary;
    QListView *m_results;
    SearchResultsModel *m_model;
    QTimer *m_typing;
};

} // namespace Crosscheck::Ui

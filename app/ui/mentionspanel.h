#pragma once

#include <QWidget>

class QStandardItemModel;
class QTreeView;
class QModelIndex;

namespace Crosscheck::Core {
struct Article;
}

namespace Crosscheck::Ui {

/// The names and figures of the open article, grouped by kind with counts, each with the other
/// articles of the folder that mention it; activating one jumps to it in the text.
class MentionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MentionsPanel)

public:
    enum Role
    {
        StartRole = Qt::UserRole + 100,
        EndRole,
        OtherArticlesRole
    };

    explicit MentionsPanel(QWidget *parent = nullptr);

    /// Shows @p article's mentions; @p folder gives the other articles to cross-reference.
    void setArticle(const Core::Article& article, const QList<Core::Article>& folder);
    void clear();

    QStandardItemModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    /// The user picked a mention at [start, end) of the open article.
    void mentionActivated(qsizetype start, qsizetype end);

private:
    void onActivated(const QModelIndex& index);

    QStandardItemModel *m_model;
    QTreeView *m_view;
};

} // namespace Crosscheck::Ui

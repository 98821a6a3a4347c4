#pragma once

#include <QListView>

namespace Crosscheck::Ui {

/// The folder's article list. Walking it with the arrow keys only moves the selection; the
/// article is opened in the active pane when the user clicks it, presses Enter or Space on it,
/// or when the program makes it current. So arrowing past five articles to the sixth does not
/// replace the pane's text five times.
class ArticleListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListView)

public:
    explicit ArticleListView(QWidget *parent = nullptr);
    ~ArticleListView() override;

Q_SIGNALS:
    /// The user (or the program) chose the article at `index` to read.
    void articleChosen(const QModelIndex& index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;

private:
    bool m_walking = false;
};

} // namespace Crosscheck::Ui

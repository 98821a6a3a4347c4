#include "articlelistview.h"

#include <QKeyEvent>

namespace Crosscheck::Ui {

ArticleListView::ArticleListView(QWidget *parent)
    : QListView(parent)
{
    // A click chooses at once; Return, Enter (and a double click) come as activated().
    connect(this, &QAbstractItemView::clicked, this, &ArticleListView::articleChosen);
    connect(this, &QAbstractItemView::activated, this, &ArticleListView::articleChosen);
}

ArticleListView::~ArticleListView() = default;

void ArticleListView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier && currentIndex().isValid()) {
        Q_EMIT articleChosen(currentIndex());
        event->accept();
        return;
    }
    // Moves made by keys (arrows, Page Up/Down, Home, End, typing a title) only select.
    m_walking = true;
    QListView::keyPressEvent(event);
    m_walking = false;
}

void ArticleListView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QListView::currentChanged(current, previous);
    if (!m_walking && current.isValid())
        Q_EMIT articleChosen(current);
}

} // namespace Crosscheck::Ui

#pragma once

#include <QStyledItemDelegate>

namespace Crosscheck::Ui {

/// Draws an article as its headline over its file name; above the first article of each story's
/// run, the story's label and the outlets that cover it.
class ArticleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    /// The height of the story band above a story's first article; 0 for the others.
    static int headerHeight(const QStyleOptionViewItem& option, const QModelIndex& index);

private:
    void paintHeader(QPainter *painter, const QStyleOptionViewItem& option, const QModelIndex& index,
                     int height) const;
    void paintArticle(QPainter *painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

} // namespace Crosscheck::Ui

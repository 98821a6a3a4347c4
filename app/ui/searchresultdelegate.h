#pragma once

#include <QStyledItemDelegate>

namespace Crosscheck::Ui {

/// Draws a search result as its outlet, then the sentence with the words that matched in bold
/// on the highlight-tinted background the reading panes use for search terms; rows wrap.
class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~SearchResultDelegate() override;

    /// The rich text drawn for `index`: escaped, matched words inside <b> elements.
    static QString richText(const QModelIndex& index);

    void paint(QPainter *painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Crosscheck::Ui

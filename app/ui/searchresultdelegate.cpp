#include "searchresultdelegate.h"

#include "searchpanel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace Crosscheck::Ui {

namespace {
constexpr int kMargin = 4;

// The snippet marks each hit with STX … ETX (SQLite FTS5's snippet() markers as the store asks).
void layOut(QTextDocument& document, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(kMargin);
    document.setHtml(SearchResultDelegate::richText(index));
    document.setTextWidth(std::max(40, option.rect.width()));
}
} // namespace

SearchResultDelegate::~SearchResultDelegate() = default;

QString SearchResultDelegate::richText(const QModelIndex& index)
{
    const QString outlet = index.data(SearchResultsModel::OutletRole).toString();
    const QString marked = index.data(SearchResultsModel::MarkedSnippetRole).toString();
    QString html = QStringLiteral("<span style=\"opacity:0.7\">") + outlet.toHtmlEscaped() +
                   QStringLiteral("</span> \u00B7 ");
    html.reserve(html.size() + marked.size() * 2);
    QString run;
    auto flush = [&] {
        html += run.toHtmlEscaped();
        run.clear();
    };
    for (const QChar c : marked) {
        if (c == QChar(2)) {
            flush();
            html += QStringLiteral("<b>");
        } else if (c == QChar(3)) {
            flush();
            html += QStringLiteral("</b>");
        } else {
            run += c;
        }
    }
    flush();
    return html;
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear(); // the style draws the row's background, selection and focus; the text is ours
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    QTextDocument document;
    layOut(document, option, index);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = option.state & QStyle::State_Selected;
    context.palette.setColor(QPalette::Text, option.palette.color(selected ? QPalette::HighlightedText
                                                                           : QPalette::Text));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(option.rect.translated(-option.rect.topLeft()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    if (item.rect.width() <= 0 && item.widget)
        item.rect.setWidth(item.widget->width());
    QTextDocument document;
    layOut(document, item, index);
    return {int(std::ceil(document.idealWidth())), int(std::ceil(document.size().height()))};
}

} // namespace Crosscheck::Ui

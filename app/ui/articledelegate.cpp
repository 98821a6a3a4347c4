#include "articledelegate.h"

#include "roles.h"

#include <QApplication>
#include <QPainter>

namespace Crosscheck::Ui {

namespace {
constexpr int kPadding = 6;

QFont titleFont(const QStyleOptionViewItem& option)
{
    QFont f = option.font;
    f.setBold(true);
    return f;
}

QFont fileFont(const QStyleOptionViewItem& option)
{
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}
} // namespace

int ArticleDelegate::headerHeight(const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (!index.data(Core::StoryHeaderRole).toBool())
        return 0;
    return QFontMetrics(titleFont(option)).height() + QFontMetrics(fileFont(option)).height() + 2 * kPadding;
}

// A story's label and its coverage line ("3 outlets: Reuters · AP · BBC") above its first article.
void ArticleDelegate::paintHeader(QPainter *painter, const QStyleOptionViewItem& option, const QModelIndex& index,
                                  int height) const
{
    const QRect band(option.rect.left(), option.rect.top(), option.rect.width(), height);
    painter->save();
    QColor fill = option.palette.color(QPalette::AlternateBase);
    painter->fillRect(band, fill);
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->drawLine(band.topLeft(), band.topRight());
    const QRect r = band.adjusted(kPadding, kPadding, -kPadding, -kPadding / 2);
    const QFont tf = titleFont(option);
    const QFont ff = fileFont(option);
    const QFontMetrics tm(tf), fm(ff);
    painter->setFont(tf);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(QRect(r.left(), r.top(), r.width(), tm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                      tm.elidedText(index.data(Core::StoryLabelRole).toString(), Qt::ElideRight, r.width()));
    painter->setFont(ff);
    QColor muted = option.palette.color(QPalette::Text);
    muted.setAlphaF(0.7f);
    painter->setPen(muted);
    painter->drawText(QRect(r.left(), r.top() + tm.height(), r.width(), fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                      fm.elidedText(index.data(Core::StoryCoverageRole).toString(), Qt::ElideRight, r.width()));
    painter->restore();
}

void ArticleDelegate::paint(QPainter *painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    const int header = headerHeight(option, index);
    if (header > 0) {
        paintHeader(painter, option, index, header);
        QStyleOptionViewItem below = option;
        below.rect.setTop(option.rect.top() + header);
        paintArticle(painter, below, index);
        return;
    }
    paintArticle(painter, option, index);
}

void ArticleDelegate::paintArticle(QPainter *painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QRect r = option.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    const QFont tf = titleFont(option);
    const QFont ff = fileFont(option);
    const QFontMetrics tm(tf);

    painter->save();
    painter->setFont(tf);
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QString title = index.data(Core::TitleRole).toString();
    painter->drawText(QRect(r.left(), r.top(), r.width(), tm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                      tm.elidedText(title, Qt::ElideRight, r.width()));
    painter->setFont(ff);
    const QFontMetrics fm(ff);
    QColor fileColor = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    fileColor.setAlphaF(0.65f);
    painter->setPen(fileColor);
    painter->drawText(QRect(r.left(), r.top() + tm.lineSpacing(), r.width(), fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                      fm.elidedText(index.data(Core::SubtitleRole).toString(), Qt::ElideMiddle, r.width()));
    painter->restore();
}

QSize ArticleDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Line spacing, not height: an underscore or a descender in a file name ("01_veldmark-…")
    // reaches below the font's descent in some fonts and was cut off at the row's edge.
    const int h = QFontMetrics(titleFont(option)).lineSpacing() + QFontMetrics(fileFont(option)).lineSpacing() +
                  kPadding + 2;
    return {200, h + headerHeight(option, index)};
}

} // namespace Crosscheck::Ui

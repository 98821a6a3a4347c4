#include "focusframestyle.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace Crosscheck::Ui {

FocusFrameStyle::FocusFrameStyle(const QString& baseKey)
    : QProxyStyle(baseKey.isEmpty() ? nullptr : QStyleFactory::create(baseKey))
{
}

FocusFrameStyle::~FocusFrameStyle() = default;

void FocusFrameStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element != CE_ShapedFrame || !(option->state & State_HasFocus) ||
        !qobject_cast<const QAbstractScrollArea *>(widget))
        return;
    const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(option);
    if (!frame || frame->frameShape == QFrame::NoFrame)
        return;
    const int width = std::max(1, frame->lineWidth);
    painter->save();
    QPen pen(option->palette.color(QPalette::Highlight), width);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const qreal inset = width / 2.0;
    painter->drawRect(QRectF(option->rect).adjusted(inset, inset, -inset, -inset));
    painter->restore();
}

void FocusFrameStyle::install(const QString& baseKey)
{
    const QString key = baseKey.isEmpty() ? QApplication::style()->name() : baseKey;
    QApplication::setStyle(new FocusFrameStyle(key));
}

} // namespace Crosscheck::Ui

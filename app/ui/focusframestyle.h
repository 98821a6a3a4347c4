#pragma once

#include <QProxyStyle>

namespace Crosscheck::Ui {

/// The platform's style, with the keyboard focus made visible on framed views: a list, tree,
/// table or text box that has the focus draws its frame in the highlight colour, so a user who
/// moves with Tab or Alt+number sees where the next key goes. (Fusion and the offscreen default
/// draw focus only on line edits and buttons; Breeze already draws a focus frame, and drawing the
/// same colour over it changes nothing.)
class FocusFrameStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusFrameStyle)

public:
    /// Wraps the style named `baseKey` (QStyleFactory's keys), or the desktop's when empty.
    explicit FocusFrameStyle(const QString& baseKey = {});
    ~FocusFrameStyle() override;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

    /// Makes the window's style a FocusFrameStyle over the current one (or `baseKey`).
    static void install(const QString& baseKey = {});
};

} // namespace Crosscheck::Ui

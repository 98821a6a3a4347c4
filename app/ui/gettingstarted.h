#pragma once

#include <QDialog>

namespace Crosscheck::Ui {

/// Help › Getting Started: what the desk is for and the handful of steps and keys that get a
/// newcomer from a folder of articles to exported notes.
class GettingStarted final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GettingStarted)

public:
    explicit GettingStarted(QWidget *parent = nullptr);
    ~GettingStarted() override;

    /// The page, as rich text.
    static QString text();
};

} // namespace Crosscheck::Ui

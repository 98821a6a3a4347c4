#pragma once

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace Crosscheck::Core {
struct Article;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

/// The window's status bar: the folder's counts on the left; on the right, while background
/// work runs, what it is doing, its progress and a Cancel button.
class FolderStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderStatus)

public:
    explicit FolderStatus(QStatusBar *bar);
    ~FolderStatus() override;

    struct Counts
    {
        qsizetype annotations = 0;
        qsizetype claims = 0;
        int unreadable = 0;
    };
    /// "5 articles · 180 sentences · 96 figures · …" for @p articles and @p counts.
    static QString summary(const QList<Core::Article>& articles, const Counts& counts);

    void setSummary(const QString& text);
    /// Shows background work (@p what empty: none) with a Cancel button that says @p cancelTip.
    void showWork(const QString& what, const QString& cancelTip);
    /// @p total 0: busy without a known end.
    void setProgress(int done, int total);

Q_SIGNALS:
    void cancelClicked();

private:
    QLabel *m_summary;
    QLabel *m_work;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace Crosscheck::Ui

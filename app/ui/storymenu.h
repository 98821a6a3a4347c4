#pragma once

#include <QMenu>

namespace Crosscheck::Core {
struct FolderInsight;
}

namespace Crosscheck::Ui {

/// The folder list's menu for one article: edit its outlet, title and date, or move it into
/// another story of the folder, or into a story of its own. The user's move is kept in the
/// folder's store and wins over the grouping.
class StoryMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryMenu)

public:
    StoryMenu(const QString& path, const Core::FolderInsight& insight, QWidget *parent = nullptr);

Q_SIGNALS:
    /// Move the article at @p path into the story of the article at @p withPath (empty: its own).
    void moveRequested(const QString& path, const QString& withPath);
    /// Edit the outlet, title and date of the article at @p path.
    void detailsRequested(const QString& path);
};

} // namespace Crosscheck::Ui

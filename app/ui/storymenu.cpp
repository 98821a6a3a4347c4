#include "storymenu.h"

#include "analysis/folderrecognizer.h"

namespace Crosscheck::Ui {

StoryMenu::StoryMenu(const QString& path, const Core::FolderInsight& insight, QWidget *parent)
    : QMenu(parent)
{
    connect(addAction(tr("Edit &Details…")), &QAction::triggered, this, [this, path] { Q_EMIT detailsRequested(path); });
    addSeparator();
    QMenu *move = addMenu(tr("Move to Story"));
    const int self = int(insight.paths.indexOf(path));
    const int current = self >= 0 && self < insight.storyOf.size() ? insight.storyOf[self] : -1;
    for (int s = 0; s < insight.stories.size(); ++s) {
        const Core::Story& story = insight.stories[s];
        if (s == current || story.articles.isEmpty())
            continue;
        const QString with = insight.paths.value(story.articles.first());
        const QString label = fontMetrics().elidedText(story.label, Qt::ElideRight, 420);
        connect(move->addAction(label), &QAction::triggered, this, [this, path, with] {
            Q_EMIT moveRequested(path, with);
        });
    }
    if (!move->isEmpty())
        move->addSeparator();
    connect(move->addAction(tr("A Story of Its Own")), &QAction::triggered, this,
            [this, path] { Q_EMIT moveRequested(path, QString()); });
    move->setEnabled(self >= 0);
}

} // namespace Crosscheck::Ui

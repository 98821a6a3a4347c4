#pragma once

#include <QDialog>

class QTreeWidget;
class QLabel;

namespace Crosscheck::Ui {

class AnnotationController;

/// Edit > Manage Tags: the folder's tag tree with how many annotations carry each tag; rename
/// (children follow), merge into another tag, set a colour or description, remove an unused tag.
/// A tag in use is never removed: the dialog says why.
class TagManager final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagManager)

public:
    TagManager(AnnotationController *controller, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QString currentTag() const;
    /// Adds a tag before any annotation carries it, and makes it current.
    bool createTag(const QString& path);
    bool renameCurrent(const QString& to);
    bool mergeCurrentInto(const QString& into);
    bool removeCurrent();
    bool describeCurrent(const QString& description);
    /// The last refusal or failure, as shown in the dialog.
    QString message() const;

private:
    void reload();
    bool finish(bool ok);

    AnnotationController *m_controller;
    QTreeWidget *m_tree;
    QLabel *m_message;
};

} // namespace Crosscheck::Ui

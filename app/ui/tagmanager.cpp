#include "tagmanager.h"

#include "annotationcontroller.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

TagManager::TagManager(AnnotationController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_tree(new QTreeWidget(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Manage Tags"));
    resize(520, 420);
    m_tree->setHeaderLabels({tr("Tag"), tr("Annotations"), tr("Description")});
    m_tree->setAccessibleName(tr("Tags of the folder"));
    m_tree->header()->setStretchLastSection(true);
    m_message->setWordWrap(true);

    auto button = [this](const QString& text, auto slot) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *create = button(tr("&New Tag…"), [this] {
        bool ok = false;
        const QString path = QInputDialog::getText(this, tr("New Tag"),
                                                   tr("Tag (a slash makes a child tag, as in claim/disputed):"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok)
            createTag(path);
    });
    auto *rename = button(tr("&Rename…"), [this] {
        bool ok = false;
        const QString to = QInputDialog::getText(this, tr("Rename Tag"), tr("New path:"), QLineEdit::Normal,
                                                 currentTag(), &ok);
        if (ok)
            renameCurrent(to);
    });
    auto *merge = button(tr("&Merge Into…"), [this] {
        bool ok = false;
        const QString into = QInputDialog::getText(this, tr("Merge Tag"), tr("Merge into the tag:"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok)
            mergeCurrentInto(into);
    });
    auto *colour = button(tr("&Colour…"), [this] {
        const QColor c = QColorDialog::getColor(Qt::yellow, this, tr("Tag Colour"));
        if (c.isValid())
            finish(m_controller->store()->setTagColor(currentTag(), c.name()));
    });
    auto *describe = button(tr("&Description…"), [this] {
        bool ok = false;
        const QString text =
            QInputDialog::getText(this, tr("Tag Description"), tr("What the tag means:"), QLineEdit::Normal,
                                  m_tree->currentItem() ? m_tree->currentItem()->text(2) : QString(), &ok);
        if (ok)
            describeCurrent(text);
    });
    auto *remove = button(tr("Re&move"), [this] { removeCurrent(); });
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {create, rename, merge, colour, describe, remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_tree, 1);
    top->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    reload();
}

QString TagManager::currentTag() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, Qt::UserRole).toString() : QString();
}

QString TagManager::message() const
{
    return m_message->text();
}

void TagManager::reload()
{
    const QString keep = currentTag();
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> items;
    for (const Core::Tag& tag : m_controller->store()->tags()) {
        const qsizetype slash = tag.path.lastIndexOf(u'/');
        QTreeWidgetItem *parent = slash > 0 ? items.value(tag.path.left(slash)) : nullptr;
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, tag.path.mid(slash + 1));
        item->setData(0, Qt::UserRole, tag.path);
        item->setText(1, QString::number(tag.uses));
        item->setText(2, tag.description);
        if (!tag.color.isEmpty())
            item->setData(0, Qt::DecorationRole, QColor::fromString(tag.color));
        items.insert(tag.path, item);
        if (tag.path == keep)
            m_tree->setCurrentItem(item);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
}

bool TagManager::finish(bool ok)
{
    m_message->setText(ok ? QString() : m_controller->store()->lastError());
    m_controller->reload();
    reload();
    return ok;
}

bool TagManager::createTag(const QString& path)
{
    if (!finish(m_controller->store()->createTag(path)))
        return false;
    QStringList parts;
    for (const QString& part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    const QString made = parts.join(u'/');
    const QList<QTreeWidgetItem *> items = m_tree->findItems(QStringLiteral("*"), Qt::MatchWildcard | Qt::MatchRecursive);
    for (QTreeWidgetItem *item : items) {
        if (item->data(0, Qt::UserRole).toString() == made)
            m_tree->setCurrentItem(item);
    }
    return true;
}

bool TagManager::renameCurrent(const QString& to)
{
    return finish(m_controller->store()->renameTag(currentTag(), to));
}

bool TagManager::mergeCurrentInto(const QString& into)
{
    return finish(m_controller->store()->mergeTag(currentTag(), into));
}

bool TagManager::removeCurrent()
{
    return finish(m_controller->store()->removeTag(currentTag()));
}

bool TagManager::describeCurrent(const QString& description)
{
    return finish(m_controller->store()->setTagDescription(currentTag(), description));
}

} // namespace Crosscheck::Ui

#include "namecorrectionsdialog.h"

#include "annotationcontroller.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

NameCorrectionsDialog::NameCorrectionsDialog(AnnotationController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_list(new QTreeWidget)
    , m_remove(new QPushButton(tr("&Remove")))
{
    setWindowTitle(tr("Name Corrections"));
    auto *intro = new QLabel(tr("What you said about names in this folder. Removing a correction "
                                "lets Crosscheck decide again; Edit › Undo brings it back."));
    intro->setWordWrap(true);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Name"), tr("Kind")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Name corrections"));
    m_remove->setAccessibleName(tr("Remove the selected corrections"));
    m_remove->setShortcut(QKeySequence::Delete);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &NameCorrectionsDialog::removeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_controller, &AnnotationController::nameCorrectionsChanged, this, &NameCorrectionsDialog::refresh);
    refresh();
    resize(420, 360);
}

QString NameCorrectionsDialog::kindLabel(const QString& kind)
{
    if (kind == u"person")
        return tr("Person");
    if (kind == u"organization")
        return tr("Organisation");
    if (kind == u"place")
        return tr("Place");
    if (kind == u"product")
        return tr("Product");
    return tr("Not a name");
}

void NameCorrectionsDialog::refresh()
{
    m_list->clear();
    m_remove->setEnabled(false);
    if (!m_controller->store()->isOpen())
        return;
    const QHash<QString, QString> corrections = m_controller->store()->nameCorrections();
    for (auto it = corrections.cbegin(); it != corrections.cend(); ++it) {
        auto *item = new QTreeWidgetItem(m_list, {it.key(), kindLabel(it.value())});
        item->setData(0, Qt::UserRole, it.key());
    }
}

void NameCorrectionsDialog::removeSelected()
{
    QStringList names;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        names.append(item->data(0, Qt::UserRole).toString());
    if (names.isEmpty())
        return;
    m_controller->undoStack()->beginMacro(tr("Forget %n Name Correction(s)", nullptr, int(names.size())));
    for (const QString& name : std::as_const(names))
        m_controller->setNameCorrection(name, QString());
    m_controller->undoStack()->endMacro();
}

} // namespace Crosscheck::Ui

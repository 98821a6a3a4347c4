#include "helpmenu.h"

#include "articles/pageconverter.h"
#include "gettingstarted.h"
#include "shortcutsdialog.h"
#include "store/annotationstore.h"

#include <ksyntaxhighlighting_version.h>

#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>

namespace Crosscheck::Ui {

using namespace Qt::StringLiterals;

HelpMenu::HelpMenu(QMenuBar *menuBar, QWidget *parent)
    : QMenu(tr("&Help"), parent)
{
    QAction *start = addAction(QIcon::fromTheme(u"help-contents"_s), tr("&Getting Started"));
    start->setShortcut(QKeySequence::HelpContents);
    connect(start, &QAction::triggered, this, [parent] {
        GettingStarted page(parent);
        page.exec();
    });
    QAction *keys = addAction(QIcon::fromTheme(u"input-keyboard"_s), tr("&Keyboard Shortcuts"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Question));
    connect(keys, &QAction::triggered, this, [menuBar, parent] {
        ShortcutsDialog dialog(menuBar, parent);
        dialog.exec();
    });
    addSeparator();
    QAction *about = addAction(QIcon::fromTheme(u"help-about"_s), tr("&About Crosscheck"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this,
            [parent] { QMessageBox::about(parent, tr("About Crosscheck"), aboutText()); });
    QAction *aboutQt = addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

HelpMenu::~HelpMenu() = default;

QString HelpMenu::aboutText()
{
    const QStringList libraries = {
        u"Qt %1"_s.arg(QString::fromLatin1(qVersion())),
        u"KSyntaxHighlighting %1"_s.arg(QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)),
        u"SQLite %1"_s.arg(Core::AnnotationStore::sqliteVersion()),
        u"Poppler %1"_s.arg(Core::PageConverter::popplerVersion()),
        u"Snowball (libstemmer)"_s,
    };
    return u"<h3>Crosscheck %1</h3><p>"_s.arg(QCoreApplication::applicationVersion().toHtmlEscaped()) +
           tr("Read how several outlets covered the same story, side by side: figures and names "
              "highlighted, matching sentences lined up, disagreements pointed out, notes exported.")
               .toHtmlEscaped() +
           u"</p><p>"_s + tr("Licence: GNU General Public License, version 3 or later.").toHtmlEscaped() +
           u"</p><p>"_s + tr("Built with:").toHtmlEscaped() + u"<br>"_s +
           libraries.join(u"<br>"_s).toHtmlEscaped() + u"</p>"_s;
}

} // namespace Crosscheck::Ui

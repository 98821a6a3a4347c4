#include "gettingstarted.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

GettingStarted::GettingStarted(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Getting Started with Crosscheck"));
    resize(620, 560);
    auto *page = new QTextBrowser(this);
    page->setOpenExternalLinks(false);
    page->setHtml(text());
    page->setAccessibleName(tr("Getting started"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(page, 1);
    layout->addWidget(buttons);
}

GettingStarted::~GettingStarted() = default;

QString GettingStarted::text()
{
    const auto step = [](const QString& title, const QString& body) {
        return QStringLiteral("<h3>%1</h3><p>%2</p>").arg(title.toHtmlEscaped(), body);
    };
    return QStringLiteral("<p>") +
           tr("Crosscheck reads several outlets' articles about the same story side by side. "
              "It marks figures and names, lines up sentences that report the same thing, and "
              "points out figures that disagree. Your highlights, tags and notes stay with the folder.")
               .toHtmlEscaped() +
           QStringLiteral("</p>") +
           step(tr("1. Open a folder"),
                tr("<b>File › Open Folder</b> (Ctrl+O) opens a folder of saved pages: HTML, text, "
                   "Markdown or PDF. Articles about different stories are grouped by story in the list; "
                   "files that cannot be read are named in the bar above the text, with the reason.")) +
           step(tr("2. Read side by side"),
                tr("Click an article (or press Enter on it) to read it. <b>Add Pane</b> "
                   "(Ctrl+Shift+N) opens a second one; with <b>Link Panes</b> (Ctrl+L) the other pane "
                   "follows the sentence you read. J and K go to the next and previous sentence, F to "
                   "the next figure, M to the matching sentence in the next pane.")) +
           step(tr("3. Compare"),
                tr("The <b>Comparison</b> panel lists, for the sentence under the cursor, what the other "
                   "outlets of the story say, and shows figures that disagree in red, with a link to see "
                   "both sentences side by side. The <b>Claims</b> table shows which outlet carries "
                   "each claim; the line under it says what each colour means.")) +
           step(tr("4. Highlight, tag and note"),
                tr("Select text and press a number key, 1 to 5, for a colour. T tags the highlight "
                   "(Edit › Manage Tags can prepare tags in advance), N writes a note in the "
                   "<b>Note</b> panel, and Tab leaves it. Ctrl+Z and Ctrl+Shift+Z undo and redo.")) +
           step(tr("5. Find and export"),
                tr("<b>Search the Folder</b> (Ctrl+F) finds sentences in every article, by outlet, tag "
                   "or figure. <b>File › Export Annotations</b> (Ctrl+E) writes your notes as Markdown, HTML, CSV, "
                   "JSON-LD or REFI-QDA, outside the folder by default.")) +
           QStringLiteral("<p>") +
           tr("Alt+0 goes to the article list and Alt+1, Alt+2 … to each panel; "
              "<b>Help › Keyboard Shortcuts</b> (Ctrl+?) lists every key.")
               .toHtmlEscaped() +
           QStringLiteral("</p>");
}

} // namespace Crosscheck::Ui

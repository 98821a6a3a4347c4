#include "webimportcontroller.h"

#include "annotationcontroller.h"
#include "feedsdialog.h"
#include "foldercontroller.h"
#include "messagebar.h"
#include "settings/settings.h"
#include "store/annotationstore.h"
#include "store/websources.h"
#include "web/webimport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QMimeData>
#include <QInputDialog>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QShortcut>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace Crosscheck::Ui {

WebImportController::WebImportController(FolderController *folder, AnnotationController *annotations,
                                         MessageBar *messages, QStatusBar *status, Core::Settings *settings,
                                         QWidget *window)
    : QObject(window)
    , m_folder(folder)
    , m_annotations(annotations)
    , m_messages(messages)
    , m_status(status)
    , m_settings(settings)
    , m_window(window)
    , m_addAction(new QAction(QIcon::fromTheme(QStringLiteral("internet-web-browser")), tr("Add from &Web…"), this))
    , m_feedsAction(new QAction(QIcon::fromTheme(QStringLiteral("application-rss+xml")), tr("&Feeds…"), this))
    , m_progress(new QProgressBar(status))
    , m_cancel(new QToolButton(status))
    , m_feedTimer(new QTimer(this))
{
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_addAction->setToolTip(tr("Save web pages into the folder from their addresses"));
    connect(m_addAction, &QAction::triggered, this, &WebImportController::askForUrls);
    connect(m_feedsAction, &QAction::triggered, this, &WebImportController::showFeeds);

    m_progress->setMaximumWidth(180);
    m_progress->setAccessibleName(tr("Pages being added from the web"));
    m_progress->setFormat(tr("Web: %v of %m"));
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop adding pages from the web"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &WebImportController::cancel);
    m_status->addPermanentWidget(m_progress);
    m_status->addPermanentWidget(m_cancel);

    // Ctrl+V on the desk adds the addresses on the clipboard (text fields paste as ever: they
    // claim the key first); dropping links from a browser does the same.
    auto *paste = new QAction(tr("Paste Web Addresses"), this);
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WindowShortcut);
    connect(paste, &QAction::triggered, this, [this] {
        const QList<QUrl> urls = urlsIn(QApplication::clipboard()->text());
        if (urls.isEmpty())
            m_status->showMessage(tr("The clipboard holds no web address to add."), 6000);
        addUrls(urls);
    });
    m_window->addAction(paste);
    m_window->installEventFilter(this);

    // Feeds are checked every few minutes (as the Feeds dialog sets) while a folder is open.
    connect(m_feedTimer, &QTimer::timeout, this, [this] {
        if (!isRunning() && !m_folder->folder().isEmpty())
            checkFeeds();
    });
    restartFeedTimer();
    connect(m_folder, &FolderController::loaded, this, [this](const QString& opened) {
        if (m_import && m_importFolder != opened)
            cancel(); // the store of another folder
        restartFeedTimer();
    });
}

void WebImportController::restartFeedTimer()
{
    const int minutes = m_settings->feedMinutes();
    if (minutes > 0)
        m_feedTimer->start(minutes * 60 * 1000);
    else
        m_feedTimer->stop();
}

WebImportController::~WebImportController() = default;

QList<QUrl> WebImportController::urlsIn(const QString& text)
{
    QList<QUrl> urls;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (QString word : text.split(space, Qt::SkipEmptyParts)) {
        // Words of prose are not addresses: only what starts as one ("https://…", "www.…") counts,
        // without the brackets or punctuation around it.
        while (!word.isEmpty() && QStringLiteral("<([{\"'").contains(word.front()))
            word.remove(0, 1);
        while (!word.isEmpty() && QStringLiteral(">)]}\"',.;:!?").contains(word.back()))
            word.chop(1);
        if (!word.startsWith(u"http://", Qt::CaseInsensitive) && !word.startsWith(u"https://", Qt::CaseInsensitive) &&
            !word.startsWith(u"www.", Qt::CaseInsensitive))
            continue;
        const QUrl url = QUrl::fromUserInput(word);
        if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty() &&
            !urls.contains(url))
            urls.append(url);
    }
    return urls;
}

bool WebImportController::isRunning() const
{
    return m_import && m_import->isRunning();
}

Core::WebImport *WebImportController::import()
{
    const QString folder = m_folder->folder();
    if (folder.isEmpty() || !m_annotations->store()->isOpen()) {
        m_messages->showError(tr("Open a folder first: pages from the web are saved into it."));
        return nullptr;
    }
    if (m_import && m_importFolder == folder)
        return m_import;
    delete m_import;
    m_importFolder = folder;
    m_import = new Core::WebImport(folder, m_annotations->store(), {}, this);
    connect(m_import, &Core::WebImport::progressed, this, &WebImportController::onProgress);
    connect(m_import, &Core::WebImport::pageSaved, this, [this](const QString& path, const QUrl& url) {
        m_status->showMessage(tr("Saved %1 from %2").arg(QDir(m_importFolder).relativeFilePath(path),
                                                         url.toDisplayString()),
                              6000);
    });
    connect(m_import, &Core::WebImport::failed, this, [this](const QUrl& url, const QString& reason) {
        m_messages->showError(tr("Could not add %1: %2").arg(url.toDisplayString(), reason));
    });
    connect(m_import, &Core::WebImport::finished, this, [this](const Core::WebImport::Summary& summary) {
        m_progress->hide();
        m_cancel->hide();
        QString said = tr("%n page(s) added from the web", nullptr, summary.saved);
        if (summary.skipped > 0)
            said += tr("; %n saved before", nullptr, summary.skipped);
        if (summary.failed > 0)
            said += tr("; %n could not be added (see above)", nullptr, summary.failed);
        if (summary.cancelled)
            said += tr("; cancelled");
        m_status->showMessage(said + u'.', 10000);
        Q_EMIT batchFinished(summary.saved, summary.failed);
    });
    return m_import;
}

bool WebImportController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || (event->type() != QEvent::DragEnter && event->type() != QEvent::Drop))
        return QObject::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    QList<QUrl> urls;
    for (const QUrl& url : drop->mimeData()->urls()) {
        if (url.scheme() == u"http" || url.scheme() == u"https")
            urls.append(url);
    }
    if (urls.isEmpty() && !drop->mimeData()->hasUrls())
        urls = urlsIn(drop->mimeData()->text());
    if (urls.isEmpty())
        return false; // a folder, for the window
    drop->acceptProposedAction();
    if (event->type() == QEvent::Drop)
        addUrls(urls);
    return true;
}

void WebImportController::addUrls(const QList<QUrl>& urls)
{
    if (urls.isEmpty())
        return;
    if (Core::WebImport *web = import()) {
        m_status->showMessage(tr("Fetching %n page(s)…", nullptr, int(urls.size())));
        showBusy();
        web->addPages(urls);
    }
}

void WebImportController::checkFeeds()
{
    if (m_folder->folder().isEmpty() || !m_annotations->store()->isOpen())
        return;
    QList<QUrl> feeds;
    for (const Core::WebSources::Feed& feed : Core::WebSources(m_annotations->store()).feeds())
        feeds.append(feed.url);
    if (feeds.isEmpty()) {
        m_status->showMessage(tr("The folder follows no feeds: File › Feeds… subscribes to one."), 6000);
        return;
    }
    if (Core::WebImport *web = import()) {
        m_status->showMessage(tr("Checking %n feed(s)…", nullptr, int(feeds.size())));
        showBusy();
        web->checkFeeds(feeds);
    }
}

void WebImportController::cancel()
{
    if (m_import)
        m_import->cancel();
}

void WebImportController::showBusy()
{
    // Until the first page arrives the bar only says that work is under way.
    if (!m_progress->isVisible())
        m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
}

void WebImportController::onProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_progress->setVisible(done < total);
    m_cancel->setVisible(done < total);
}

void WebImportController::askForUrls()
{
    if (m_folder->folder().isEmpty()) {
        m_messages->showError(tr("Open a folder first: pages from the web are saved into it."));
        return;
    }
    // Addresses on the clipboard are offered, as a browser's copied link usually is one.
    QStringList offered;
    for (const QUrl& url : urlsIn(QApplication::clipboard()->text()))
        offered.append(url.toString());
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("Add from Web"));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setLabelText(tr("Addresses of the pages to save into %1, one per line. Only the pages themselves are "
                           "fetched, never their scripts or images.")
                            .arg(QDir(m_folder->folder()).dirName()));
    dialog.setTextValue(offered.join(u'\n'));
    // Tab moves on to the buttons and Ctrl+Return adds, as in any form; Return starts a new line.
    if (auto *edit = dialog.findChild<QPlainTextEdit *>())
        edit->setTabChangesFocus(true);
    auto *accept = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &dialog);
    connect(accept, &QShortcut::activated, &dialog, &QDialog::accept);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString text = dialog.textValue();
    const QList<QUrl> urls = urlsIn(text);
    if (urls.isEmpty())
        m_messages->showError(tr("No web address found in what you gave: addresses start with http:// or https://."));
    addUrls(urls);
}

void WebImportController::showFeeds()
{
    if (m_folder->folder().isEmpty() || !m_annotations->store()->isOpen()) {
        m_messages->showError(tr("Open a folder first: feeds bring their pages into it."));
        return;
    }
    Core::WebSources sources(m_annotations->store());
    FeedsDialog dialog(&sources, m_settings, m_window);
    connect(&dialog, &FeedsDialog::checkRequested, this, &WebImportController::checkFeeds);
    connect(this, &WebImportController::batchFinished, &dialog, &FeedsDialog::reload);
    dialog.exec();
    restartFeedTimer();
}

} // namespace Crosscheck::Ui

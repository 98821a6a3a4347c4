#include "teamcontroller.h"

#include "annotationcontroller.h"
#include "foldercontroller.h"
#include "readingview.h"
#include "settings/settings.h"
#include "store/annotationstore.h"
#include "teamconnectdialog.h"

#include <qt6keychain/keychain.h>

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>

namespace Crosscheck::Ui {

namespace {

const QString kKeyringService = QStringLiteral("Crosscheck team server");

} // namespace

TeamController::TeamController(FolderController *folder, AnnotationController *annotations, QStatusBar *status,
                               Core::Settings *settings, QWidget *window)
    : QObject(window)
    , m_folder(folder)
    , m_annotations(annotations)
    , m_settings(settings)
    , m_window(window)
    , m_menu(new QMenu(tr("&Team"), window))
    , m_connect(m_menu->addAction(QIcon::fromTheme(QStringLiteral("network-connect")), tr("&Connect…")))
    , m_syncNow(m_menu->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Sync Now")))
    , m_disconnect(m_menu->addAction(QIcon::fromTheme(QStringLiteral("network-disconnect")), tr("&Disconnect")))
    , m_private(new QAction(tr("&Private (Only Me)"), this))
    , m_label(new QLabel(status))
{
    m_label->setObjectName(QStringLiteral("teamStatus"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status->addPermanentWidget(m_label);
    m_label->hide();
    m_private->setCheckable(true);
    m_private->setToolTip(tr("Keep the highlight at the cursor to yourself: the team server never shows it to anyone else"));
    m_thread.setObjectName(QStringLiteral("team sync"));
    m_thread.start();
    connect(m_connect, &QAction::triggered, this, [this] { connectInteractively(); });
    connect(m_syncNow, &QAction::triggered, this, &TeamController::syncNow);
    connect(m_disconnect, &QAction::triggered, this, &TeamController::disconnectFromServer);
    connect(m_private, &QAction::triggered, this, &TeamController::togglePrivate);
    connect(m_folder, &FolderController::loaded, this, &TeamController::onFolderLoaded);
    connect(m_menu, &QMenu::aboutToShow, this, &TeamController::updateActions);
    connect(m_annotations, &AnnotationController::annotationsChanged, this, &TeamController::updateActions);
    updateActions();
}

TeamController::~TeamController()
{
    stop();
    m_thread.quit(); // deletes what stop() left to it first
    m_thread.wait();
}

QString TeamController::statusText() const
{
    using State = Core::TeamSync::State;
    switch (m_status.state) {
    case State::Off:
        return {};
    case State::Connected:
        return m_status.waiting > 0 ? tr("Team: sending %n change(s)…", nullptr, m_status.waiting) : tr("Team: connected");
    case State::Offline:
        return m_status.waiting > 0 ? tr("Team: offline, %n change(s) waiting", nullptr, m_status.waiting)
                                    : tr("Team: offline, trying again");
    case State::Failed:
        return tr("Team: not connected");
    }
    return {};
}

void TeamController::onStatus(const Core::TeamSync::Status& status)
{
    m_status = status;
    if (m_toRemember && status.state == Core::TeamSync::State::Connected) {
        rememberPassword(m_toRemember->first, m_toRemember->second);
        m_toRemember.reset();
    }
    // A connection the user just asked for that did not work: ask again, saying why.
    if (m_asked && status.state != Core::TeamSync::State::Off) {
        m_asked = false;
        if (status.state == Core::TeamSync::State::Failed || status.state == Core::TeamSync::State::Offline)
            QTimer::singleShot(0, this, [this, why = status.reason] { connectInteractively(why); });
    }
    if (!m_label)
        return;
    m_label->setText(statusText());
    m_label->setToolTip(status.state == Core::TeamSync::State::Off
                            ? QString()
                            : QString(status.server + u'\n' + (status.reason.isEmpty() ? tr("In step") : status.reason)));
    m_label->setVisible(status.state != Core::TeamSync::State::Off);
    updateActions();
    Q_EMIT statusChanged(status);
}

void TeamController::updateActions()
{
    const bool running = m_sync != nullptr;
    m_connect->setEnabled(!m_folder->folder().isEmpty());
    m_syncNow->setEnabled(running);
    m_disconnect->setEnabled(running);
    const ReadingView *reader = m_annotations->activeReader();
    const auto at = reader ? reader->annotationAtCursor() : std::nullopt;
    m_private->setEnabled(at.has_value());
    m_private->setChecked(at && at->isPrivate);
}

void TeamController::togglePrivate()
{
    const ReadingView *reader = m_annotations->activeReader();
    const auto at = reader ? reader->annotationAtCursor() : std::nullopt;
    const auto stored = at ? m_annotations->store()->annotation(at->uuid) : std::nullopt;
    if (!stored) {
        m_private->setChecked(false);
        return;
    }
    Core::Annotation changed = *stored;
    changed.isPrivate = !stored->isPrivate;
    m_annotations->apply(stored, changed, changed.isPrivate ? tr("Make Private") : tr("Share with the Team"));
}

void TeamController::connectInteractively(const QString& problem)
{
    const QString folder = m_folder->folder();
    if (folder.isEmpty())
        return;
    QString error;
    Core::TeamServer server = Core::TeamServer::fromUri(m_settings->folderTeam(folder), &error).value_or(Core::TeamServer());
    TeamConnectDialog dialog(server, problem, m_window);
    if (dialog.exec() != QDialog::Accepted) {
        if (!problem.isEmpty())
            disconnectFromServer(); // the user gave up on a server that did not answer or refused
        return;
    }
    m_asked = true;
    connectTo(dialog.server(), dialog.password(), dialog.rememberPassword());
}

void TeamController::connectTo(const Core::TeamServer& server, const QString& password, bool remember)
{
    const QString folder = m_folder->folder();
    if (folder.isEmpty())
        return;
    m_settings->setFolderTeam(folder, server.uri());
    m_toRemember = remember ? std::make_optional(std::make_pair(server.id(), password)) : std::nullopt;
    start(server, password);
}

void TeamController::rememberPassword(const QString& key, const QString& password)
{
    auto *job = new QKeychain::WritePasswordJob(kKeyringService, this);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        if (done->error() != QKeychain::NoError && m_label)
            m_label->setToolTip(tr("The password could not be kept in the desktop keyring (%1); Crosscheck will "
                                   "ask for it next time.")
                                    .arg(done->errorString()));
    });
    job->start();
}

void TeamController::onFolderLoaded(const QString& folder)
{
    if (folder == m_syncedFolder && m_sync) {
        syncNow(); // new articles: pull what the team has on them
        return;
    }
    stop();
    QString error;
    const auto server = Core::TeamServer::fromUri(m_settings->folderTeam(folder), &error);
    if (!server)
        return;
    auto *job = new QKeychain::ReadPasswordJob(kKeyringService, this);
    job->setKey(server->id());
    connect(job, &QKeychain::Job::finished, this, [this, folder, server = *server](QKeychain::Job *done) {
        if (m_folder->folder() != folder)
            return;
        if (done->error() == QKeychain::NoError) {
            start(server, static_cast<QKeychain::ReadPasswordJob *>(done)->textData());
            return;
        }
        // No password kept: libpq may still find one (PGPASSWORD, ~/.pgpass); if not, the
        // status bar says so and File › Team › Connect… asks.
        start(server, QString());
    });
    job->start();
}

void TeamController::start(const Core::TeamServer& server, const QString& password)
{
    stop();
    const QString file = m_annotations->store()->location();
    if (file.isEmpty())
        return;
    m_syncedFolder = m_folder->folder();
    // Made here, moved to the worker before it opens anything: nothing here waits on the network.
    m_sync = new Core::TeamSync(file);
    m_sync->moveToThread(&m_thread);
    connect(m_sync, &Core::TeamSync::statusChanged, this, &TeamController::onStatus);
    connect(m_sync, &Core::TeamSync::received, m_annotations, &AnnotationController::refreshIfChanged);
    QMetaObject::invokeMethod(m_sync, [sync = m_sync, server, password] {
        sync->connectTo(server, password);
        sync->sync();
        sync->setLive(true);
    });
    updateActions();
}

void TeamController::stop()
{
    if (!m_sync)
        return;
    disconnect(m_sync, nullptr, this, nullptr);
    disconnect(m_sync, nullptr, m_annotations, nullptr);
    // Deleted in its thread once it is done with a round in flight; the window does not wait.
    m_sync->deleteLater();
    m_sync = nullptr;
    m_syncedFolder.clear();
    onStatus({});
}

void TeamController::disconnectFromServer()
{
    if (!m_folder->folder().isEmpty())
        m_settings->setFolderTeam(m_folder->folder(), {});
    stop();
}

void TeamController::syncNow()
{
    if (m_sync)
        QMetaObject::invokeMethod(m_sync, [sync = m_sync] { sync->sync(); });
}

} // namespace Crosscheck::Ui

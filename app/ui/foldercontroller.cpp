#include "foldercontroller.h"

#include "annotationcontroller.h"
#include "articles/articlelistmodel.h"
#include "articles/articlereader.h"
#include "analysis/folderpipeline.h"
#include "articles/folderloader.h"
#include "folderstatus.h"
#include "messagebar.h"
#include "settings/settings.h"
#include "store/annotationlistmodel.h"
#include "store/annotationstore.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>

namespace Crosscheck::Ui {

FolderController::FolderController(AnnotationController *annotations, FolderStatus *status,
                                   MessageBar *messages, Core::Settings *settings, QObject *parent)
    : QObject(parent)
    , m_annotations(annotations)
    , m_status(status)
    , m_messages(messages)
    , m_settings(settings)
    , m_loader(new Core::FolderLoader(this))
    , m_recognizer(new Core::FolderRecognizer(this))
    , m_model(new Core::ArticleListModel(this))
{
    m_loader->setArticlePass(&Core::FolderPipeline::prepareArticle);
    connectLoader();
    connectRecognizer();
    connect(m_status, &FolderStatus::cancelClicked, this, [this] {
        if (m_loader->isRunning())
            m_loader->cancel();
        else
            m_recognizer->cancel();
    });
    connect(m_annotations, &AnnotationController::nameCorrectionsChanged, this, &FolderController::analyze);
}

FolderController::~FolderController() = default;

void FolderController::connectLoader()
{
    connect(m_loader, &Core::FolderLoader::articleLoaded, this, [this](Core::Article article) {
        m_details.value(article.relativePath).applyTo(article);
        m_model->upsertArticle(article);
        Q_EMIT articleRead(article);
        Q_EMIT summaryChanged();
    });
    connect(m_loader, &Core::FolderLoader::articleChanged, this, [this](Core::Article article) {
        m_details.value(article.relativePath).applyTo(article);
        m_model->upsertArticle(article);
        Q_EMIT articleChanged(article);
        Q_EMIT summaryChanged();
    });
    connect(m_loader, &Core::FolderLoader::articleRemoved, this, [this](const QString& relativePath) {
        m_model->removeArticle(relativePath);
        Q_EMIT summaryChanged();
    });
    connect(m_loader, &Core::FolderLoader::loadFailed, this, [this](const Core::LoadError& error) {
        ++m_unreadable;
        m_messages->addFileProblem(error.relativePath, error.message);
        Q_EMIT summaryChanged();
    });
    connect(m_loader, &Core::FolderLoader::failed, this, [this](const QString& message) {
        m_messages->showError(message);
        m_settings->removeRecentFolder(m_loader->folder());
    });
    connect(m_loader, &Core::FolderLoader::progress, m_status, &FolderStatus::setProgress);
    connect(m_loader, &Core::FolderLoader::finished, this, [this] {
        m_status->showWork({}, {});
        analyze();
        m_annotations->syncArticles(m_model->articles());
        Q_EMIT summaryChanged();
        Q_EMIT loaded(folder());
    });
    // Names need the whole folder: recognise them once it is read, and again when it changes.
    connect(m_loader, &Core::FolderLoader::refreshed, this, [this] {
        analyze();
        m_annotations->syncArticles(m_model->articles());
    });
}

void FolderController::connectRecognizer()
{
    connect(m_recognizer, &Core::FolderRecognizer::progress, this, [this](int done, int total) {
        if (m_loader->isRunning())
            return;
        m_status->setProgress(done, total);
        static const QStringList steps = {tr("Finding names…"), tr("Lining up sentences…"),
                                          tr("Comparing figures…"), QString()};
        m_status->showWork(steps.value(done), tr("Stop comparing the articles"));
    });
    connect(m_recognizer, &Core::FolderRecognizer::cancelled, this, [this] {
        m_status->showWork({}, {});
        Q_EMIT notified(tr("Comparison stopped: names, matches and claims are not shown."), 6000);
    });
    connect(m_recognizer, &Core::FolderRecognizer::finished, this,
            [this](const Core::FolderInsight& insight) {
                if (!m_loader->isRunning())
                    m_status->showWork({}, {});
                m_insight = insight;
                m_model->setMentions(insight.mentions);
                dropDismissed();
                m_model->setChrome(insight.chrome);
                m_model->setTitles(insight.titles);
                QList<std::pair<QString, QStringList>> stories;
                for (const Core::Story& story : insight.stories) {
                    QStringList files;
                    for (const int a : story.articles)
                        files.append(insight.paths.value(a));
                    stories.append({story.label, files});
                }
                m_model->setStories(stories);
                Q_EMIT analyzed(m_insight);
                Q_EMIT summaryChanged();
            });
}

void FolderController::open(const QString& folder)
{
    const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    m_insight = {};
    m_model->clear();
    m_messages->clear();
    m_unreadable = 0;
    if (QFileInfo(clean).isDir())
        m_settings->addRecentFolder(clean);
    m_status->setProgress(0, 0);
    m_status->showWork(tr("Reading the folder…"), tr("Stop opening the folder"));
    m_status->setSummary(tr("Opening %1…").arg(QDir::toNativeSeparators(clean)));
    openStore(clean);
    m_loader->setMaxFileBytes(qint64(m_settings->maxFileMegabytes()) * 1000 * 1000);
    m_loader->open(clean);
}

void FolderController::close()
{
    m_loader->cancel();
    m_annotations->closeFolder();
}

QString FolderController::folder() const
{
    return m_loader->folder();
}

void FolderController::analyze()
{
    if (!m_loader->isRunning()) {
        m_status->setProgress(0, 0);
        m_status->showWork(tr("Comparing the articles…"), tr("Stop comparing the articles"));
    }
    const bool open = m_annotations->store()->isOpen();
    const auto corrections = open ? m_annotations->store()->nameCorrections() : QHash<QString, QString>{};
    const auto moves = open ? m_annotations->store()->storyMoves() : QHash<QString, QString>{};
    m_recognizer->start(m_model->articles(), Core::NameRecognizer::correctionsFrom(corrections), moves);
}

void FolderController::moveToStory(const QString& path, const QString& withPath)
{
    if (!m_annotations->store()->isOpen() || !m_annotations->store()->setStoryMove(path, withPath)) {
        m_messages->showError(m_annotations->store()->lastError());
        return;
    }
    analyze();
}

void FolderController::dropDismissed()
{
    if (!m_annotations->store()->isOpen())
        return;
    const QSet<QString> dismissed = m_annotations->store()->dismissedDiscrepancies();
    if (dismissed.isEmpty())
        return;
    auto articleAt = [this](int index) {
        return index >= 0 && index < m_insight.paths.size() ? m_model->articleAt(m_model->rowOfFile(m_insight.paths[index]))
                                                            : nullptr;
    };
    m_insight.discrepancies.removeIf([&](const Core::Discrepancy& d) {
        return dismissed.contains(Core::DiscrepancyFinder::key(d, articleAt));
    });
}

void FolderController::dismissDiscrepancy(const QString& key, const QString& note)
{
    if (key.isEmpty() || !m_annotations->store()->isOpen())
        return;
    if (!m_annotations->store()->setDiscrepancyDismissed(key, note, true)) {
        m_messages->showError(m_annotations->store()->lastError());
        return;
    }
    dropDismissed();
    Q_EMIT analyzed(m_insight);
    Q_EMIT notified(tr("Disagreement dismissed: %1").arg(note), 6000);
}

QString FolderController::summary() const
{
    return FolderStatus::summary(m_model->articles(), {m_annotations->model()->annotations().size(),
                                                       m_insight.alignment.claims.size(), m_unreadable});
}

void FolderController::editDetails(const QString& path, const Core::ArticleDetails& details)
{
    Core::AnnotationStore *store = m_annotations->store();
    const Core::Article *current = m_model->articleAt(m_model->rowOfFile(path));
    if (!current)
        return;
    if (!store->isOpen() || !store->setArticleDetails(path, details)) {
        m_messages->showError(store->lastError());
        return;
    }
    if (details.isEmpty())
        m_details.remove(path);
    else
        m_details.insert(path, details);
    // The page's own outlet, title and date under the new details: the file is read again.
    auto read = Core::ArticleReader::read(current->filePath, path, qint64(m_settings->maxFileMegabytes()) * 1000 * 1000);
    auto *article = std::get_if<Core::Article>(&read);
    if (!article) {
        m_messages->addFileProblem(path, std::get<Core::LoadError>(read).message);
        return;
    }
    article->mentions = current->mentions; // names were recognised across the folder
    details.applyTo(*article);
    m_model->upsertArticle(*article);
    Q_EMIT articleChanged(*article);
    Q_EMIT summaryChanged();
    Q_EMIT notified(tr("Details of %1 saved.").arg(article->sourceName()), 5000);
    analyze();
}

void FolderController::openStore(const QString& folder)
{
    using Result = Core::AnnotationStore::OpenResult;
    const Result result = m_annotations->openFolder(folder);
    m_details = m_annotations->store()->isOpen() ? m_annotations->store()->articleDetails()
                                                 : QHash<QString, Core::ArticleDetails>{};
    if (result == Result::Damaged) {
        auto *fresh = new QAction(tr("Keep It Aside and Start a Fresh Store"), m_messages);
        connect(fresh, &QAction::triggered, this, [this, fresh] {
            const QString aside = m_annotations->setAsideDamaged();
            m_messages->clear();
            if (!aside.isEmpty())
                Q_EMIT notified(tr("The damaged store was kept as %1").arg(QDir::toNativeSeparators(aside)),
                                0);
            m_annotations->syncArticles(m_model->articles());
            fresh->deleteLater();
        });
        m_messages->showError(
            m_annotations->store()->lastError() + u' ' +
                tr("Nothing was changed in it; your annotations cannot be shown until it is repaired "
                   "or kept aside."),
            fresh);
    } else if (result == Result::Opened && m_annotations->store()->isFallbackLocation()) {
        Q_EMIT notified(tr("The folder is read-only: annotations are stored in %1")
                            .arg(QDir::toNativeSeparators(m_annotations->store()->location())),
                        0);
    }
}

} // namespace Crosscheck::Ui

#pragma once

#include "annotation.h"
#include "articles/article.h"
#include "articles/articledetails.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace Crosscheck::Core {

/// The user's annotations of one folder, in SQLite: `.crosscheck/annotations.sqlite` inside the
/// folder, so it travels with it, or, when the folder is read-only, a file under the user's data
/// location keyed by the folder. Every change is committed before the call returns (WAL journal,
/// a busy timeout for a second window or process, foreign keys on, bound values only); the schema
/// is versioned by numbered migrations in PRAGMA user_version. A damaged file is reported, never
/// overwritten: setAsideDamaged() moves it away untouched and starts a fresh store.
///
/// Not thread-safe: use a store from the thread that opened it.
class AnnotationStore final
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationStore)
    Q_DISABLE_COPY_MOVE(AnnotationStore)

public:
    enum class OpenResult
    {
        Opened,
        Damaged,
        Failed
    };

    static constexpr int kSchemaVersion = 9;

    AnnotationStore();
    ~AnnotationStore();

    /// Opens (creating if needed) the store of @p folder.
    OpenResult open(const QString& folder);
    /// Opens the database file @p path directly (tests, tools).
    OpenResult openFile(const QString& path);
    void close();
    bool isOpen() const;
    /// The Qt SQL connection of this store, for classes that keep their own tables in it.
    QString connectionName() const { return m_connection; }

    /// Where the database file is.
    QString location() const { return m_path; }
    /// True when the folder could not take the store and it lives under the user's data location.
    bool isFallbackLocation() const { return m_fallback; }
    QString lastError() const { return m_error; }

    /// After OpenResult::Damaged: renames the damaged file (and its -wal/-shm) to
    /// "<name>.damaged-<timestamp>" and opens a fresh store in its place. Returns the new name of
    /// the damaged file, or an empty string on failure.
    QString setAsideDamaged();

    /// Stores a new annotation; fills id, uuid (if empty) and the times. nullopt on failure.
    std::optional<Annotation> add(Annotation annotation);
    /// Stores many annotations (with their uuids and times) in one transaction: all or none.
    bool addMany(const QList<Annotation>& annotations);
    /// Adds those of @p annotations whose uuid the store does not hold yet (an import run twice adds
    /// nothing the second time); how many were added, or -1 on failure (lastError()).
    int addNew(const QList<Annotation>& annotations);
    /// Stores @p annotation again with its uuid and times, as undoing a deletion does.
    bool restore(const Annotation& annotation);
    /// Saves colour, tags, note, anchor and orphan state of an annotation (by uuid).
    bool update(const Annotation& annotation);
    bool remove(const QString& uuid);

    std::optional<Annotation> annotation(const QString& uuid) const;
    /// All annotations, or those of one article, in article and position order.
    QList<Annotation> annotations(const QString& articlePath = {}) const;
    /// Annotations whose note or quote contains all the words of @p query (full-text search).
    QList<Annotation> search(const QString& query) const;
    int count() const;

    /// A sentence of the folder that matched a search.
    struct SentenceHit
    {
        QString path;
        int sentence = -1;
        QString snippet; ///< the matching text, hits between U+0002 and U+0003
    };
    /// Sentences (boilerplate left out) containing every word of @p query, the last one as a
    /// prefix, best first (BM25). The index is kept current by syncArticles().
    QList<SentenceHit> searchSentences(const QString& query, int limit = 500) const;
    int indexedSentenceCount() const;

    QList<Tag> tags() const;
    /// Adds a tag nobody has used yet (and its parents), ready to be chosen; refuses an empty
    /// path or one that exists.
    bool createTag(const QString& path);
    bool setTagColor(const QString& path, const QString& color);
    bool setTagDescription(const QString& path, const QString& description);
    /// Renames a tag and its children ("claim" to "assertion" moves "claim/disputed" too).
    bool renameTag(const QString& from, const QString& to);
    /// Moves every annotation from tag @p from to tag @p into and removes @p from.
    bool mergeTag(const QString& from, const QString& into);
    /// Removes an unused tag; refuses (and says so) while annotations carry it or its children.
    bool removeTag(const QString& path);

    struct SyncReport
    {
        int placed = 0;   ///< re-anchored in changed text
        int orphaned = 0; ///< could not be placed
        int moved = 0;    ///< followed a renamed or moved file
    };
    /// Brings the annotations in line with the folder's current articles: annotations of a file
    /// whose text changed are placed again (or kept as orphans); annotations of a file that is
    /// gone follow an article with the same text hash (a rename or move).
    SyncReport syncArticles(const QList<Article>& articles);

    /// The user's corrections of name recognition: name to kind ("person", …, or "none": not a name).
    QHash<QString, QString> nameCorrections() const;
    /// Records that @p name is of @p kind ("none": not a name); an empty kind forgets the correction.
    bool setNameCorrection(const QString& name, const QString& kind);
    /// The corrections of @p folder's store without opening it for writing or creating it.
    static QHash<QString, QString> readNameCorrections(const QString& folder);

    /// Keys (DiscrepancyFinder::key()) of the disagreements the user dismissed.
    QSet<QString> dismissedDiscrepancies() const;
    /// Dismisses a disagreement (with its note, for the record) or brings it back.
    bool setDiscrepancyDismissed(const QString& key, const QString& note, bool dismissed);
    /// The dismissed keys of @p folder's store, read without opening the store for writing.
    static QSet<QString> readDismissedDiscrepancies(const QString& folder);

    /// Articles the user moved to another story: path to the path of an article of the story it
    /// joins, or empty for a story of its own.
    QHash<QString, QString> storyMoves() const;
    bool setStoryMove(const QString& path, const QString& withPath);
    static QHash<QString, QString> readStoryMoves(const QString& folder);

    /// The user's corrections of articles' outlet, title and date, by relative path.
    QHash<QString, ArticleDetails> articleDetails() const;
    /// Keeps @p details for the article at @p path; empty details forget the correction.
    bool setArticleDetails(const QString& path, const ArticleDetails& details);
    static QHash<QString, ArticleDetails> readArticleDetails(const QString& folder);

    /// Changes whenever another connection (window or process) commits; poll it to refresh.
    qint64 dataVersion() const;
    int schemaVersion() const;
    /// The version of the SQLite library the Qt driver runs on ("3.46.1").
    static QString sqliteVersion();

private:
    OpenResult openPath(const QString& path);
    bool migrate();
    bool indexSentences(const QList<Article>& articles);
    bool exec(const QString& sql);
    enum class TagField
    {
        Color,
        Description
    };
    bool setTagField(const QString& path, TagField field, const QString& value);
    bool ensureTag(const QString& path, qint64 *id);
    bool writeTags(qint64 annotationId, const QStringList& tags);
    bool insert(const Annotation& annotation);
    QList<Annotation> select(const QString& where, const QVariantList& values) const;
    bool fail(const QString& what, const QString& detail) const;

    QString m_connection;
    QString m_path;
    bool m_fallback = false;
    mutable QString m_error;
};

} // namespace Crosscheck::Core

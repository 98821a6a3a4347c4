#pragma once

#include "annotation.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace Crosscheck::Core {

class AnnotationStore;
class AnnotationWriter;

/// The local side of a team server: what changed in the folder's store and is not on the server
/// yet, and the server's changes written back. Triggers queue every change the user makes
/// (migration 9); a push sends the queue's entries and removes exactly those it sent, so a change
/// made while a push runs waits for the next one, and nothing leaves the queue before the server
/// committed it. Remote changes are applied in one transaction that the triggers ignore, with the
/// server's cursor, so a sync interrupted anywhere is simply run again.
class SyncJournal
{
    Q_DECLARE_TR_FUNCTIONS(SyncJournal)

public:
    /// One queued change: the annotation or tag as it is now, or nullopt when it was removed.
    struct Change
    {
        qint64 seq = 0;
        QString key; ///< uuid or tag path
        std::optional<Annotation> annotation;
        std::optional<Tag> tag;
        bool isTag = false;
    };
    /// What a pull brought: new and changed annotations and tags, what was removed, and the
    /// server's cursor after them.
    struct Incoming
    {
        QList<Annotation> annotations;
        QStringList removedAnnotations;
        QList<Tag> tags;
        QStringList removedTags;
        QString cursor;
        QStringList articles; ///< the text hashes of the folder's articles the pull covered
    };

    explicit SyncJournal(AnnotationStore *store);

    /// The oldest @p limit queued changes, tags first (an annotation's tags exist before it).
    QList<Change> pending(int limit) const;
    int pendingCount() const;
    /// Removes the queue entries with these sequence numbers (the server committed them).
    bool markSent(const QList<qint64>& seqs);

    /// Writes a pull into the store in one transaction: annotations of an article this folder
    /// holds (same text hash) take that article's path; a queued local edit newer than the
    /// server's version is kept; removals always win. Stores @p server's cursor with them.
    /// @p changed (optional): how many annotations changed here.
    bool apply(const Incoming& incoming, const QString& server, int *changed = nullptr);
    /// Where the last pull from @p server ended; empty before the first.
    QString cursor(const QString& server) const;
    /// The text hashes of the folder's articles (as the store last indexed them).
    QStringList articleHashes() const;
    /// The hashes the pulls from @p server covered so far (an article new to the folder is
    /// pulled from the beginning).
    QSet<QString> pulledArticles(const QString& server) const;

    QString lastError() const { return m_error; }

private:
    // What the store holds, read once per pull.
    struct LocalAnnotation
    {
        qint64 revision = 0;
        QDateTime modified;
        QString path;
        bool isPrivate = false;
        bool queued = false; ///< changed here and not sent yet
    };
    struct LocalState
    {
        QHash<QString, LocalAnnotation> annotations; ///< by uuid
        QHash<QString, QString> paths;               ///< article path by text hash
    };
    LocalState localState(const QList<Annotation>& incoming) const;
    bool applyAnnotation(Annotation remote, const LocalState& state, AnnotationWriter& writer, int *changed);
    QString meta(const QString& key) const;
    bool applyTag(const Tag& tag);
    bool exec(const QString& sql, const QVariantList& values = {});
    bool fail(const QString& what, const QString& detail) const;

    AnnotationStore *m_store;
    mutable QString m_error;
};

} // namespace Crosscheck::Core

#pragma once

#include "annotation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace Crosscheck::Core {

/// Writes annotation rows and their tags on one connection of an annotation store, with its
/// statements prepared once: AnnotationStore writes one annotation through a writer of its own,
/// SyncJournal thousands from a team server through one. No transaction of its own; a writer lives
/// no longer than the caller's transaction (it remembers the tags' row ids).
class AnnotationWriter
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationWriter)

public:
    explicit AnnotationWriter(const QString& connection);

    /// Stores @p annotation as given (uuid, times, author, revision) with its tags.
    bool insert(const Annotation& annotation);
    /// Stores @p annotation in place of the one with its uuid, if any.
    bool replace(const Annotation& annotation);
    /// Gives annotation row @p annotationId exactly the tags @p tags (cleaned, each once).
    bool setTags(qint64 annotationId, const QStringList& tags);
    /// The row id of tag @p path, made (with its parents) if it does not exist.
    bool tagId(const QString& path, qint64 *id);

    /// "a / b/" → "a/b": the form tags are stored in.
    static QString cleanTag(const QString& path);
    QString lastError() const { return m_error; }

private:
    QSqlQuery& prepared(QSqlQuery& query, const QString& sql);
    bool fail(const QString& what, const QSqlQuery& query);

    QString m_connection;
    QSqlQuery m_insert;
    QSqlQuery m_remove;
    QSqlQuery m_clearTags;
    QSqlQuery m_link;
    QSqlQuery m_addTag;
    QSqlQuery m_findTag;
    QHash<QString, qint64> m_tagIds;
    QString m_error;
};

} // namespace Crosscheck::Core

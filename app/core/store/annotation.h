#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Crosscheck::Core {

/// A highlighted passage of an article with its colour, tags and note, anchored the way the W3C
/// Web Annotation model does: the exact quote with 32 characters of context on each side
/// (TextQuoteSelector) and its position in code points (TextPositionSelector).
struct Annotation
{
    qint64 id = 0;         ///< row id in the store; 0 before it is stored
    QString uuid;          ///< stable identity across undo, export and import
    QString articlePath;   ///< path of the article relative to the folder
    QString articleSha256; ///< hash of the article text the anchor was made on (or last placed on)
    QString exact;
    QString prefix;
    QString suffix;
    qsizetype start = 0; ///< code points into the article text
    qsizetype end = 0;
    QString color = QStringLiteral("#ffd54f");
    QStringList tags; ///< tag paths such as "claim/disputed"
    QString note;     ///< Markdown
    QDateTime created;
    QDateTime modified;
    bool orphan = false; ///< could not be placed in the current text; kept, never dropped
    QString author;      ///< who made it on a team server (the server's role name); empty before
    bool isPrivate = false; ///< kept from the team: only its author ever reads it on the server
    qint64 revision = 0;    ///< the team server's revision it was last seen at; 0 if never there

    friend bool operator==(const Annotation&, const Annotation&) = default;
};

/// A node of the tag tree, written as a path ("claim", "claim/disputed").
struct Tag
{
    QString path;
    QString color;
    QString description;
    int uses = 0; ///< annotations carrying it
};

} // namespace Crosscheck::Core

Q_DECLARE_METATYPE(Crosscheck::Core::Annotation)

#pragma once

#include "mention.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Crosscheck::Core {

/// A half-open range [start, end) of UTF-16 offsets into an article's text.
struct TextRange
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool contains(qsizetype offset) const { return offset >= start && offset < end; }
    friend bool operator==(const TextRange&, const TextRange&) = default;
};

/// One sentence (or heading, or list item) of an article.
struct Sentence
{
    qsizetype start = 0; ///< UTF-16 offset of the first character
    qsizetype end = 0;   ///< UTF-16 offset one past the last character
    /// Promotion, share prompt, site chrome or tag list: shown dimmed, never compared.
    bool boilerplate = false;

    qsizetype length() const { return end - start; }
    friend bool operator==(const Sentence&, const Sentence&) = default;
};

/// The kind of file an article was read from.
enum class SourceFormat
{
    PlainText,
    Markdown,
    Html,
    Pdf
};

/// One article of an opened folder, as read from disk and prepared for reading and comparison.
struct Article
{
    QString filePath;     ///< absolute path
    QString relativePath; ///< path relative to the opened folder, '/'-separated
    SourceFormat format = SourceFormat::PlainText;
    QString encoding; ///< how the bytes were decoded, e.g. "UTF-8"

    QString title;  ///< headline as the application shows it
    QString outlet; ///< publication, or empty when the text does not say
    QDate published;
    QString byline;

    /// Decoded text, line endings normalised to '\n'; for HTML, Markdown and PDF the readable text.
    QString text;
    QByteArray textSha256; ///< lower-case hex SHA-256 of the UTF-8 text
    QList<Sentence> sentences;
    QList<TextRange> boilerplate; ///< whole lines flagged as boilerplate
    /// Figures (found when the article is read) and names (added once the folder is read).
    QList<Mention> mentions;

    qint64 fileSize = 0;
    QDateTime fileModified;

    QString sentenceText(int index) const
    {
        const Sentence& s = sentences.at(index);
        return text.sliced(s.start, s.end - s.start);
    }
    /// What the application calls the article's source: its outlet, or, when the text does not
    /// name one, its file's path in the folder without the extension ("wires/reuters-0312").
    QString sourceName() const;
    /// Index of the sentence containing @p offset, or -1.
    int sentenceAt(qsizetype offset) const;
    bool isBoilerplate(qsizetype offset) const;
};

/// A file of the folder that could not be read, and why.
struct LoadError
{
    QString filePath;
    QString relativePath;
    QString message; ///< user-readable reason, already translated
};

} // namespace Crosscheck::Core

Q_DECLARE_METATYPE(Crosscheck::Core::Article)
Q_DECLARE_METATYPE(Crosscheck::Core::LoadError)

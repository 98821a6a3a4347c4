#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QStringList>

#include <variant>

namespace Crosscheck::Core {

/// Reads one article file into an Article, or explains why it cannot.
class ArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(ArticleReader)

public:
    using Result = std::variant<Article, LoadError>;

    static constexpr qint64 kDefaultMaxBytes = 20 * 1024 * 1024;

    /// Name filters of the files a folder scan picks up.
    static QStringList supportedNameFilters();

    /// Reads @p filePath; @p relativePath is how the folder names it. Never throws.
    static Result read(const QString& filePath, const QString& relativePath,
                       qint64 maxBytes = kDefaultMaxBytes);

    /// Readable text of an HTML page: scripts, styles, navigation and footers dropped, blocks as lines.
    static QString htmlToText(const QString& html);

    /// The first non-empty line, without Markdown heading marks.
    static QString titleOf(const QString& text);
};

} // namespace Crosscheck::Core

#pragma once

#include "article.h"
#include "pageconverter.h"

#include <QCoreApplication>
#include <QStringList>

#include <variant>

namespace Crosscheck::Core {

/// Reads one article file into a prepared Article (text, metadata, boilerplate, sentences), or
/// explains why it cannot. Safe to call from any thread. Figures and names are the recognition
/// layer's: the layers above run it on what is read here (FolderLoader::setArticlePass,
/// MentionRecognizer::figures).
class ArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(ArticleReader)

public:
    using Result = std::variant<Article, LoadError>;

    static constexpr qint64 kDefaultMaxBytes = 20 * 1000 * 1000;

    /// Name filters of the files a folder scan picks up.
    static QStringList supportedNameFilters();
    static bool isSupported(const QString& fileName);

    /// Reads @p filePath; @p relativePath is how the folder names it. Never throws.
    static Result read(const QString& filePath, const QString& relativePath,
                       qint64 maxBytes = kDefaultMaxBytes);

    /// Builds an article from bytes already in memory, as read() does after reading the file.
    static Result fromBytes(const QByteArray& bytes, const QString& filePath, const QString& relativePath);

    /// Fills hash, boilerplate flags, sentences and metadata of an article whose text is set.
    static void prepare(Article& article, const PageConverter::Page *page = nullptr);
};

} // namespace Crosscheck::Core

#pragma once

#include "alignment/aligner.h"
#include "alignment/discrepancies.h"
#include "alignment/storygrouper.h"
#include "articles/article.h"
#include "articles/articlereader.h"
#include "articles/codepointmap.h"

#include <QIODevice>
#include <QJsonObject>

namespace Crosscheck::Core {

/// The result of analysing a folder without a window: what `crosscheck analyze` prints.
struct FolderAnalysis
{
    QString folder; ///< absolute path
    QList<Article> articles;
    QList<LoadError> errors;
    QList<Story> stories;
    Alignment alignment;
    QList<Discrepancy> discrepancies;
};

/// Builds the JSON document of `crosscheck analyze` (docs/analyze.md) from a folder's analysis.
/// Offsets go out as Unicode code points, as the contract says, though the application counts
/// UTF-16 units inside.
class AnalysisReport
{
public:
    /// Writes the document to @p device as it goes (indented with four spaces unless
    /// @p compact); false when the device refused part of it.
    static bool writeJson(const FolderAnalysis& analysis, QIODevice *device, bool compact);
    /// The same document as an object, for code that inspects it.
    static QJsonObject toJson(const FolderAnalysis& analysis);

    /// Reads and prepares every article of @p folder on all cores; an empty optional and
    /// @p error when the folder itself cannot be read.
    static std::optional<FolderAnalysis> analyzeFolder(const QString& folder, QString *error,
                                                       qint64 maxFileBytes = ArticleReader::kDefaultMaxBytes);
};

} // namespace Crosscheck::Core

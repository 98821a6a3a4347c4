#pragma once

#include "alignment/aligner.h"
#include "alignment/discrepancies.h"
#include "articles/article.h"
#include "store/annotation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Crosscheck::Core {

/// Everything an export may draw on: the folder's articles and the comparison of them, and the
/// user's annotations and tags.
struct ExportData
{
    QString folder; ///< absolute path of the folder
    QList<Article> articles;
    Alignment alignment;
    QList<Discrepancy> discrepancies;
    QList<Annotation> annotations;
    QList<Tag> tags;
};

/// The formats annotated notes leave the application in (docs/export.md).
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    enum class Format
    {
        Markdown,
        Html,
        Csv,
        JsonLd,
        Qdpx,
        Qdc
    };
    enum class Grouping
    {
        ByArticle,
        ByClaim
    };
    /// Markdown: one document for the folder, or one per article or per tag.
    enum class Split
    {
        None,
        PerArticle,
        PerTag
    };
    struct Options
    {
        Format format = Format::Markdown;
        Grouping grouping = Grouping::ByArticle;
        Split split = Split::None;
        QStringList tags;           ///< only annotations carrying one of these tags or a tag under one
        QStringList articles;       ///< only these articles (relative paths)
        QDateTime from, to;         ///< only annotations made in this span (either end may be open)
        bool byteOrderMark = false; ///< CSV: start with a UTF-8 BOM, for spreadsheets
        QString title;              ///< defaults to the folder's name
        QDateTime now;              ///< the export's time; defaults to the current time
        /// The folder the export's links to articles start from: the folder it is written to
        /// (write() and writeDocuments() set it), or the articles folder when empty.
        QString linkBase;
    };

    static std::optional<Format> formatFromName(QStringView name);
    static QString formatName(Format format);
    /// "md", "html", "csv", "jsonld", "qdpx", "qdc".
    static QString suffix(Format format);

    /// The annotations an export with @p options includes, in article and position order.
    static QList<Annotation> selected(const ExportData& data, const Options& options);

    static QByteArray exportData(const ExportData& data, const Options& options);

    /// Writes the export to @p path atomically (a temporary file renamed over it); false and
    /// @p error (naming the file and the reason) when it cannot be written.
    static bool write(const ExportData& data, const Options& options, const QString& path, QString *error);

    /// Markdown split into documents (Options::split): file name to content, one per article
    /// ("<article>.md") or per tag ("<tag path with / as ->.md"). With Split::None, one file.
    static QList<std::pair<QString, QByteArray>> documents(const ExportData& data, const Options& options);
    /// Writes documents() into the folder @p directory (made when missing), each atomically.
    static bool writeDocuments(const ExportData& data, const Options& options, const QString& directory,
                               QString *error);

    /// Annotations read from a W3C Web Annotation JSON-LD document (what the JsonLd format writes,
    /// or a single Annotation, or an AnnotationPage); @p error when it is not one.
    static std::optional<QList<Annotation>> importJsonLd(const QByteArray& json, QString *error);

private:
    static QByteArray markdown(const ExportData& data, const Options& options);
    static QByteArray html(const ExportData& data, const Options& options);
    static QByteArray csv(const ExportData& data, const Options& options);
    static QByteArray jsonLd(const ExportData& data, const Options& options);
    static QByteArray qdpx(const ExportData& data, const Options& options);
    static QByteArray qdc(const ExportData& data, const Options& options);
};

} // namespace Crosscheck::Core

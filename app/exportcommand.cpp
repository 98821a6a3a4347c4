#include "exportcommand.h"

#include "analysis/analysisreport.h"
#include "export/exporter.h"
#include "store/annotationstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTimeZone>

#include <cstdio>
#include <optional>
#include <variant>

using namespace Crosscheck::Core;

namespace {

struct ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

int fail(const QString& message, int code = 1)
{
    std::fprintf(stderr, "crosscheck: %s\n", qUtf8Printable(message));
    return code;
}

// The folder read and compared as the window does, with its store opened and brought up to date.
std::optional<ExportData> collect(const QString& folder, AnnotationStore& store, QString *error)
{
    const auto analysis = AnalysisReport::analyzeFolder(folder, error);
    if (!analysis)
        return std::nullopt;
    if (store.open(folder) != AnnotationStore::OpenResult::Opened) {
        *error = store.lastError();
        return std::nullopt;
    }
    store.syncArticles(analysis->articles);
    ExportData data;
    data.folder = analysis->folder;
    data.articles = analysis->articles;
    data.alignment = analysis->alignment;
    data.discrepancies = analysis->discrepancies;
    data.annotations = store.annotations();
    data.tags = store.tags();
    return data;
}

// Parses the command line; an exit code when the command is done already (help, or a usage error).
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments)
{
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qUtf8Printable(parser.helpText()));
        return 0;
    }
    return std::nullopt;
}

} // namespace

namespace {

// The command's options; made when the command runs, as their help is translated.
struct ExportOptions
{
    QCommandLineOption format{{QStringLiteral("f"), QStringLiteral("format")},
                              ExportCommand::tr("md, html, csv, jsonld, qdpx or qdc."),
                              QStringLiteral("FORMAT")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              ExportCommand::tr("Write to PATH (default: standard output; qdpx needs a path)."),
                              QStringLiteral("PATH")};
    QCommandLineOption tag{QStringLiteral("tag"),
                           ExportCommand::tr("Only annotations with TAG or a tag under it (repeatable)."),
                           QStringLiteral("TAG")};
    QCommandLineOption article{QStringLiteral("article"),
                               ExportCommand::tr("Only annotations of the article FILE (repeatable)."),
                               QStringLiteral("FILE")};
    QCommandLineOption group{QStringLiteral("group"), ExportCommand::tr("Markdown: group by article (default) or claim."),
                             QStringLiteral("article|claim"), QStringLiteral("article")};
    QCommandLineOption bom{QStringLiteral("bom"),
                           ExportCommand::tr("CSV: start with a byte order mark, for spreadsheets.")};
    QCommandLineOption split{
        QStringLiteral("split"),
        ExportCommand::tr("Markdown: one document per article or per tag, written into the folder --output."),
        QStringLiteral("article|tag")};
    QCommandLineOption from{QStringLiteral("from"),
                            ExportCommand::tr("Only annotations made on or after DATE (YYYY-MM-DD)."),
                            QStringLiteral("DATE")};
    QCommandLineOption to{QStringLiteral("to"), ExportCommand::tr("Only annotations made on or before DATE (YYYY-MM-DD)."),
                          QStringLiteral("DATE")};
};

// What the options ask for, or the exit code of a usage error.
std::variant<Exporter::Options, int> exportOptions(const QCommandLineParser& parser, const ExportOptions& o)
{
    const auto chosen = Exporter::formatFromName(parser.value(o.format));
    if (parser.positionalArguments().size() != 2 || !chosen)
        return fail(
            ExportCommand::tr("usage: crosscheck export FOLDER --format md|html|csv|jsonld|qdpx|qdc [--output PATH]"),
            2);
    if (parser.value(o.group) != u"article" && parser.value(o.group) != u"claim")
        return fail(ExportCommand::tr("--group takes article or claim"), 2);
    if (parser.isSet(o.split) && (parser.value(o.split) != u"article" && parser.value(o.split) != u"tag"))
        return fail(ExportCommand::tr("--split takes article or tag"), 2);
    if (parser.isSet(o.split) && (*chosen != Exporter::Format::Markdown || !parser.isSet(o.output)))
        return fail(ExportCommand::tr("--split goes with --format md and an --output folder"), 2);
    const QDate fromDate = QDate::fromString(parser.value(o.from), Qt::ISODate);
    const QDate toDate = QDate::fromString(parser.value(o.to), Qt::ISODate);
    if ((parser.isSet(o.from) && !fromDate.isValid()) || (parser.isSet(o.to) && !toDate.isValid()))
        return fail(ExportCommand::tr("--from and --to take a date such as 2026-11-23"), 2);
    if (*chosen == Exporter::Format::Qdpx && !parser.isSet(o.output))
        return fail(ExportCommand::tr("a .qdpx project is a zip archive: give --output PATH"), 2);
    Exporter::Options options;
    options.format = *chosen;
    options.grouping = parser.value(o.group) == u"claim" ? Exporter::Grouping::ByClaim : Exporter::Grouping::ByArticle;
    options.tags = parser.values(o.tag);
    options.articles = parser.values(o.article);
    options.byteOrderMark = parser.isSet(o.bom);
    if (fromDate.isValid())
        options.from = QDateTime(fromDate, QTime(0, 0), QTimeZone::UTC);
    if (toDate.isValid())
        options.to = QDateTime(toDate, QTime(23, 59, 59, 999), QTimeZone::UTC);
    if (parser.isSet(o.split))
        options.split = parser.value(o.split) == u"tag" ? Exporter::Split::PerTag : Exporter::Split::PerArticle;
    return options;
}

} // namespace

int runExportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportCommand::tr(
        "Export the annotations of a folder: md, html, csv, jsonld (W3C Web Annotation), qdpx or qdc "
        "(REFI-QDA). See docs/export.md."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), ExportCommand::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("folder"), ExportCommand::tr("Folder whose annotations to export."));
    const ExportOptions o;
    parser.addOptions({o.format, o.output, o.tag, o.article, o.group, o.bom, o.split, o.from, o.to});
    if (const auto done = parseArguments(parser, arguments))
        return *done;
    const auto asked = exportOptions(parser, o);
    if (const int *code = std::get_if<int>(&asked))
        return *code;
    const Exporter::Options& options = std::get<Exporter::Options>(asked);

    QString error;
    AnnotationStore store;
    const auto data = collect(parser.positionalArguments().at(1), store, &error);
    if (!data)
        return fail(error);
    const QString path = parser.value(o.output);
    if (parser.isSet(o.split)) {
        if (!Exporter::writeDocuments(*data, options, path, &error))
            return fail(error);
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(ExportCommand::tr("%1 documents written to %2")
                                        .arg(Exporter::documents(*data, options).size())
                                        .arg(path)));
        return 0;
    }
    if (!parser.isSet(o.output)) {
        const QByteArray bytes = Exporter::exportData(*data, options);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return 0;
    }
    if (!Exporter::write(*data, options, path, &error))
        return fail(error);
    std::fprintf(stderr, "%s\n",
                 qUtf8Printable(ExportCommand::tr("%Ln annotation(s) written to %1", nullptr,
                                                  int(Exporter::selected(*data, options).size()))
                                    .arg(path)));
    return 0;
}

int runImportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ExportCommand::tr("Add the annotations of a W3C Web Annotation JSON-LD file to a folder."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("import"), ExportCommand::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 ExportCommand::tr("Folder the annotations belong to."));
    parser.addPositionalArgument(QStringLiteral("file"), ExportCommand::tr("The JSON-LD file."));
    if (const auto done = parseArguments(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return fail(ExportCommand::tr("usage: crosscheck import FOLDER FILE.jsonld"), 2);
    QFile file(positional.at(2));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ExportCommand::tr("cannot read %1: %2").arg(positional.at(2), file.errorString()));
    QString error;
    const auto annotations = Exporter::importJsonLd(file.readAll(), &error);
    if (!annotations)
        return fail(ExportCommand::tr("%1: %2").arg(positional.at(2), error));
    AnnotationStore store;
    const auto data = collect(positional.at(1), store, &error);
    if (!data)
        return fail(error);
    const int added = store.addNew(*annotations);
    if (added < 0)
        return fail(store.lastError());
    // Texts that changed since the export: place the quotes again.
    store.syncArticles(data->articles);
    std::fprintf(stderr, "%s\n",
                 qUtf8Printable(ExportCommand::tr("%Ln annotation(s) imported, %1 already present", nullptr,
                                                  int(added))
                                    .arg(annotations->size() - added)));
    return 0;
}

#include "analyzecommand.h"

#include "analysis/analysisreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

int runAnalyzeCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "analyze", "Analyse a folder of articles and write the result as JSON (see docs/analyze.md)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("analyze"),
                                 QCoreApplication::translate("analyze", "The command."));
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 QCoreApplication::translate("analyze", "Folder to analyse."));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("analyze", "Write the JSON to FILE instead of standard output."),
        QCoreApplication::translate("analyze", "FILE"));
    const QCommandLineOption compact(
        QStringLiteral("compact"), QCoreApplication::translate("analyze", "Write JSON without indentation."));
    const QCommandLineOption maxSize(
        QStringLiteral("max-file-size"),
        QCoreApplication::translate(
            "analyze", "Report files larger than MB megabytes instead of reading them (default 20)."),
        QStringLiteral("MB"), QStringLiteral("20"));
    parser.addOptions({output, compact, maxSize});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qUtf8Printable(parser.helpText()));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate(
                         "analyze", "usage: crosscheck analyze FOLDER [--output FILE]")));
        return 2;
    }

    bool sizeOk = false;
    const double megabytes = parser.value(maxSize).toDouble(&sizeOk);
    if (!sizeOk || megabytes <= 0) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate(
                         "analyze", "--max-file-size takes a positive number of megabytes")));
        return 2;
    }
    QString error;
    const auto analysis = Crosscheck::Core::AnalysisReport::analyzeFolder(positional.at(1), &error,
                                                                          qint64(megabytes * 1000 * 1000));
    if (!analysis) {
        std::fprintf(stderr, "crosscheck: %s\n", qUtf8Printable(error));
        return 1;
    }
    // Written as it goes: a whole document in memory would cost several times the folder's text.
    const bool compactJson = parser.isSet(compact);
    if (!parser.isSet(output)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) ||
            !Crosscheck::Core::AnalysisReport::writeJson(*analysis, &out, compactJson)) {
            std::fprintf(stderr, "crosscheck: %s\n", qUtf8Printable(out.errorString()));
            return 1;
        }
        return 0;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) ||
        !Crosscheck::Core::AnalysisReport::writeJson(*analysis, &file, compactJson) || !file.commit()) {
        std::fprintf(stderr, "crosscheck: %s: %s\n", qUtf8Printable(parser.value(output)),
                     qUtf8Printable(file.errorString()));
        return 1;
    }
    return 0;
}

// Recognition throughput on one core, and the cost of highlighting a large article.
// Usage: bench_recognition FOLDER [--megabytes N]
// Prints the name model's load time, MB/s for figures alone and for figures plus folder-wide names over FOLDER, then over a
// folder of about N MB (default 50) made by repeating FOLDER's articles in memory, and the time
// to show (set and highlight) a 1 MB article in the reading view's document.

#include "analysis/analysisreport.h"
#include "articles/articlereader.h"
#include "highlighting/highlightrepository.h"
#include "highlighting/mentionhighlighter.h"
#include "recognition/mentionrecognizer.h"
#include "recognition/nametagger.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextDocument>
#include <QThreadPool>

#include <cstdio>

using namespace Crosscheck::Core;

namespace {
void measure(const char *label, QList<Article> articles)
{
    qint64 bytes = 0;
    for (const Article& a : articles)
        bytes += a.text.toUtf8().size();
    QElapsedTimer timer;
    timer.start();
    qsizetype figures = 0;
    for (Article& a : articles) {
        a.mentions = MentionRecognizer::figures(a);
        figures += a.mentions.size();
    }
    const double figureSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    const auto all = MentionRecognizer::withNames(articles);
    const double nameSeconds = timer.nsecsElapsed() / 1e9;
    qsizetype mentions = 0;
    for (const auto& list : all)
        mentions += list.size();
    const double mb = bytes / 1e6;
    std::printf(
        "%s: %lld articles, %.1f MB; figures %lld in %.2f s = %.1f MB/s; names added (folder pass) %.2f s; "
        "figures + names %.1f MB/s, %lld mentions\n",
        label, qint64(articles.size()), mb, qint64(figures), figureSeconds, mb / figureSeconds, nameSeconds,
        mb / (figureSeconds + nameSeconds), qint64(mentions));
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Folder of articles."));
    const QCommandLineOption megabytes(QStringLiteral("megabytes"),
                                       QStringLiteral("Size of the large folder."), QStringLiteral("N"),
                                       QStringLiteral("50"));
    parser.addOption(megabytes);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    QString error;
    QThreadPool::globalInstance()->setMaxThreadCount(1); // one core, as the target is stated
    {
        // What NameTagger::shipped() does once: read the resource and index the weights.
        QElapsedTimer load;
        load.start();
        QFile file(QStringLiteral(":/crosscheck/models/names.model"));
        const auto model = file.open(QIODevice::ReadOnly) ? NameTagger::fromBytes(file.readAll(), &error) : std::nullopt;
        std::printf("name model: %lld features, read and indexed in %.1f ms%s\n",
                    qint64(model ? model->featureCount() : 0), load.nsecsElapsed() / 1e6, model ? "" : " (not found)");
    }
    const auto analysis = AnalysisReport::analyzeFolder(parser.positionalArguments().first(), &error);
    if (!analysis) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }
    measure("folder", analysis->articles);

    QList<Article> large;
    qint64 bytes = 0;
    const qint64 target = qint64(parser.value(megabytes).toDouble() * 1e6);
    for (int round = 0; bytes < target; ++round) {
        for (Article a : analysis->articles) {
            a.relativePath = QStringLiteral("copy%1/").arg(round) + a.relativePath;
            bytes += a.text.toUtf8().size();
            large.append(a);
        }
    }
    measure("repeated", large);

    // A 1 MB article: the reading view sets the text and highlights every block at once.
    QString big;
    for (const Article& a : analysis->articles) {
        big += a.text + u'\n';
        if (big.size() > 1000000)
            break;
    }
    Article article = std::get<Article>(
        ArticleReader::fromBytes(big.toUtf8(), QStringLiteral("/big.txt"), QStringLiteral("big.txt")));
    article.mentions = MentionRecognizer::figures(article);
    QList<Article> one{article};
    MentionRecognizer::addNames(one);
    HighlightRepository repository;
    QTextDocument document;
    MentionHighlighter highlighter(&document);
    highlighter.setDefinition(repository.articleDefinition());
    highlighter.setTheme(repository.themeForPalette(QPalette()));
    QElapsedTimer timer;
    timer.start();
    highlighter.setMentions(one.first().mentions, false);
    document.setPlainText(one.first().text);
    std::printf("1 MB article (%.2f MB, %lld mentions): set and highlight %.0f ms in one step\n",
                one.first().text.toUtf8().size() / 1e6, qint64(one.first().mentions.size()),
                timer.nsecsElapsed() / 1e6);
    return 0;
}

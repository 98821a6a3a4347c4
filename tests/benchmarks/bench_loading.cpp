// Opens a folder the way the window does (FolderLoader: scan, read, clean, segment, off the GUI
// thread) and prints the time to the first article, the time to the last, and peak memory.
// Usage: bench_loading FOLDER [--runs N]

#include "analysis/folderpipeline.h"
#include "articles/folderloader.h"
#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Folder to open."));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Repetitions (median is printed)."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    parser.addOption(runs);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString folder = parser.positionalArguments().first();

    QList<double> firsts, totals;
    qsizetype articles = 0, sentences = 0, failures = 0;
    qint64 bytes = 0;
    for (int run = 0; run < std::max(1, parser.value(runs).toInt()); ++run) {
        Crosscheck::Core::FolderLoader loader;
        loader.setArticlePass(&Crosscheck::Core::FolderPipeline::prepareArticle); // figures, as the window
        QElapsedTimer timer;
        double first = -1;
        articles = sentences = failures = bytes = 0;
        QObject::connect(&loader, &Crosscheck::Core::FolderLoader::articleLoaded, &app,
                         [&](const Crosscheck::Core::Article& article) {
                             if (first < 0)
                                 first = timer.nsecsElapsed() / 1e6;
                             ++articles;
                             sentences += article.sentences.size();
                             bytes += article.fileSize;
                         });
        QObject::connect(&loader, &Crosscheck::Core::FolderLoader::loadFailed, &app, [&] { ++failures; });
        QObject::connect(&loader, &Crosscheck::Core::FolderLoader::finished, &app, [&] { app.quit(); });
        timer.start();
        loader.open(folder);
        app.exec();
        firsts.append(first);
        totals.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(firsts.begin(), firsts.end());
    std::sort(totals.begin(), totals.end());
    std::printf("folder: %s\n", qUtf8Printable(folder));
    std::printf("articles: %lld (%lld not readable), sentences: %lld, %.1f MB\n", qint64(articles),
                qint64(failures), qint64(sentences), double(bytes) / 1e6);
    std::printf("first article shown: %.1f ms (median of %lld runs)\n", firsts[firsts.size() / 2],
                qint64(firsts.size()));
    std::printf("all articles loaded: %.1f ms (median; min %.1f, max %.1f)\n", totals[totals.size() / 2],
                totals.first(), totals.last());
    std::printf("peak memory (VmHWM): %.1f MB\n", BenchUtil::peakRssKiB() / 1024.0);
    return 0;
}

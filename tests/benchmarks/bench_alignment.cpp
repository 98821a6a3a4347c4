// Alignment time and memory: reads and recognises FOLDER as `analyze` does, then times
// Aligner::align and DiscrepancyFinder::find alone (median of 3 runs).
// Usage: bench_alignment FOLDER
//        bench_alignment --generate N FOLDER   (first writes N generated articles into FOLDER)

#include "alignment/discrepancies.h"
#include "analysis/analysisreport.h"
#include "benchutil.h"
#include "generator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

using namespace Crosscheck::Core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString folder;
    if (argc == 2) {
        folder = QString::fromLocal8Bit(argv[1]);
    } else if (argc == 4 && qstrcmp(argv[1], "--generate") == 0) {
        folder = QString::fromLocal8Bit(argv[3]);
        QDir(folder).removeRecursively();
        const qint64 bytes = BenchUtil::FolderGenerator().write(folder, QByteArray(argv[2]).toInt());
        if (bytes < 0)
            return 1;
        std::printf("generated %s articles (%.1f MB) in %s\n", argv[2], bytes / 1e6, argv[3]);
    } else {
        std::fprintf(stderr, "usage: bench_alignment FOLDER | --generate N FOLDER\n");
        return 2;
    }
    QString error;
    QElapsedTimer readTimer;
    readTimer.start();
    const auto analysis = AnalysisReport::analyzeFolder(folder, &error);
    const double readSeconds = readTimer.nsecsElapsed() / 1e9;
    if (!analysis) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }
    qsizetype sentences = 0;
    for (const Article& a : analysis->articles)
        sentences += a.sentences.size();
    QList<double> times;
    Alignment alignment;
    QList<Discrepancy> discrepancies;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        alignment = Aligner::align(analysis->articles);
        discrepancies = DiscrepancyFinder::find(analysis->articles, alignment);
        times.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    // A generated folder names each file's story; ECB+ keeps each event's articles in a folder of
    // their own. A match across stories, or across event folders, is surely wrong.
    static const QRegularExpression storyOf(QStringLiteral("story-(\\d+)-"));
    auto groupOf = [&](int article) {
        const QString& path = analysis->articles[article].relativePath;
        if (const auto m = storyOf.match(path); m.hasMatch())
            return m.captured(1);
        return path.contains(u'/') ? path.section(u'/', 0, -2) : QString();
    };
    qsizetype known = 0, crossStory = 0;
    for (const SentenceMatch& m : alignment.matches) {
        const QString a = groupOf(m.a.article), b = groupOf(m.b.article);
        if (a.isEmpty() || b.isEmpty())
            continue;
        ++known;
        crossStory += a != b ? 1 : 0;
    }
    if (known > 0)
        std::printf(
            "matches joining two different stories or event folders (surely wrong): %lld of %lld (%.1f%%)\n",
            qlonglong(crossStory), qlonglong(known), 100.0 * crossStory / known);
    const long peak = BenchUtil::peakRssKiB();
    std::printf("%s: %lld articles, %lld sentences; read and recognised (all cores) in %.1f s; alignment + "
                "discrepancies "
                "%.0f ms (median of 3); %lld matches, %lld claims, %lld discrepancies; peak memory of the "
                "process %.0f MB\n",
                qUtf8Printable(folder), qlonglong(analysis->articles.size()), qlonglong(sentences),
                readSeconds, times[1], qlonglong(alignment.matches.size()),
                qlonglong(alignment.claims.size()), qlonglong(discrepancies.size()), peak / 1024.0);
    return 0;
}

// Alignment time and memory: reads and recognises FOLDER as `analyze` does, then times
// Aligner::align and DiscrepancyFinder::find alone (median of 3 runs).
// Usage: bench_alignment FOLDER

#include "alignment/discrepancies.h"
#include "analysis/analysisreport.h"
#include "benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

using namespace Crosscheck::Core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    QString error;
    const auto analysis = AnalysisReport::analyzeFolder(QString::fromLocal8Bit(argv[1]), &error);
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
    const long peak = BenchUtil::peakRssKiB();
    std::printf(
        "%s: %lld articles, %lld sentences; alignment + discrepancies %.0f ms (median of 3); %lld matches, "
        "%lld claims, %lld discrepancies; peak memory of the process %.0f MB\n",
        argv[1], qlonglong(analysis->articles.size()), qlonglong(sentences), times[1],
        qlonglong(alignment.matches.size()), qlonglong(alignment.claims.size()),
        qlonglong(discrepancies.size()), peak / 1024.0);
    return 0;
}

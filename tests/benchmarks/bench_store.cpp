// The annotation store with 100,000 annotations across 1,000 articles: time to open it, to list
// one article's annotations, to add one annotation (with its commit), and to search the notes.
// Usage: bench_store [DIRECTORY]   (a temporary directory by default)

#include "store/annotationstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Crosscheck::Core;

namespace {
template<typename F> double medianMs(int runs, F&& f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f(i);
        times.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temp.path();
    const QString path = dir + QStringLiteral("/bench.sqlite");
    const QStringList words = {
        QStringLiteral("tariff"),  QStringLiteral("barrage"),   QStringLiteral("investment"),
        QStringLiteral("council"), QStringLiteral("shares"),    QStringLiteral("yuan"),
        QStringLiteral("appeal"),  QStringLiteral("fishermen"), QStringLiteral("estimate")};
    {
        AnnotationStore store;
        if (store.openFile(path) != AnnotationStore::OpenResult::Opened)
            return 1;
        QElapsedTimer fill;
        fill.start();
        QList<Annotation> batch;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 100000; ++i) {
            Annotation a;
            a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            a.articlePath = QStringLiteral("article-%1.txt").arg(i % 1000, 4, 10, QLatin1Char('0'));
            a.articleSha256 = QStringLiteral("sha");
            a.exact = QStringLiteral("quote %1 about the %2").arg(i).arg(words[i % words.size()]);
            a.prefix = QStringLiteral("before ");
            a.suffix = QStringLiteral(" after");
            a.start = (i / 1000) * 50;
            a.end = a.start + 20;
            a.note = QStringLiteral("note %1 on %2 and %3")
                         .arg(i)
                         .arg(words[(i * 7) % words.size()], words[(i * 3) % words.size()]);
            a.tags = {QStringLiteral("claim/c%1").arg(i % 20), QStringLiteral("figure")};
            a.created = a.modified = now;
            batch.append(a);
            if (batch.size() == 5000) {
                store.addMany(batch);
                batch.clear();
            }
        }
        std::printf("filled 100,000 annotations across 1,000 articles in %.1f s\n",
                    fill.nsecsElapsed() / 1e9);
    }
    const double open = medianMs(5, [&](int) {
        AnnotationStore store;
        store.openFile(path);
    });
    AnnotationStore store;
    store.openFile(path);
    qsizetype listed = 0;
    const double list = medianMs(21, [&](int i) {
        listed =
            store.annotations(QStringLiteral("article-%1.txt").arg(i * 37 % 1000, 4, 10, QLatin1Char('0')))
                .size();
    });
    const double add = medianMs(21, [&](int i) {
        Annotation a;
        a.articlePath = QStringLiteral("article-0001.txt");
        a.exact = QStringLiteral("added %1").arg(i);
        a.tags = {QStringLiteral("claim")};
        a.note = QStringLiteral("a new note");
        store.add(a);
    });
    qsizetype found = 0;
    const double search = medianMs(21, [&](int i) {
        found = store.search(words[i % words.size()] + QStringLiteral(" ") + words[(i + 1) % words.size()])
                    .size();
    });
    const double searchRare =
        medianMs(21, [&](int i) { found = store.search(QStringLiteral("note %1").arg(i * 4111)).size(); });
    std::printf("open the store: %.1f ms (target < 1000 ms)\n", open);
    std::printf("list one article's annotations (%lld): %.2f ms (target < 5 ms)\n", qlonglong(listed), list);
    std::printf("add one annotation, committed: %.2f ms (target < 10 ms)\n", add);
    std::printf(
        "search the notes, two common words: %.1f ms; one note by number: %.1f ms (target < 100 ms)\n",
        search, searchRare);
    return 0;
}

// Test helper for the crash-safety test: adds annotations to a store in a loop and prints the uuid
// of each one after add() has returned (that is, after its commit). The test kills it with SIGKILL
// at a moment of its choosing and checks that every printed annotation survived.
// Usage: store_writer DATABASE

#include "store/annotationstore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    Crosscheck::Core::AnnotationStore store;
    if (store.openFile(QString::fromLocal8Bit(argv[1])) !=
        Crosscheck::Core::AnnotationStore::OpenResult::Opened) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(store.lastError()));
        return 1;
    }
    for (int i = 0; i < 100000; ++i) {
        Crosscheck::Core::Annotation a;
        a.articlePath = QStringLiteral("a.txt");
        a.articleSha256 = QStringLiteral("00");
        a.exact = QStringLiteral("quote %1").arg(i);
        a.start = i;
        a.end = i + 7;
        a.tags = {QStringLiteral("claim/disputed"), QStringLiteral("figure")};
        a.note = QStringLiteral("note %1").arg(i);
        const auto stored = store.add(a);
        if (!stored) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(store.lastError()));
            return 1;
        }
        std::printf("%s\n", qPrintable(stored->uuid));
        std::fflush(stdout);
    }
    return 0;
}

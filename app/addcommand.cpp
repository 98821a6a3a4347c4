#include "addcommand.h"

#include "store/annotationstore.h"
#include "store/websources.h"
#include "web/webimport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>

#include <cstdio>

using namespace Crosscheck::Core;

namespace {

struct AddCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCommand)
};

int fail(const QString& message, int code = 1)
{
    std::fprintf(stderr, "crosscheck: %s\n", qUtf8Printable(message));
    return code;
}

// Saves @p pages and the new items of @p feeds into @p folder, saying what it does; 1 if any failed.
int savePages(const QString& folder, AnnotationStore& store, const FetchLimits& limits, const QList<QUrl>& pages,
              const QList<QUrl>& feeds)
{
    WebImport import(folder, &store, limits);
    QEventLoop loop;
    WebImport::Summary summary;
    QObject::connect(&import, &WebImport::pageSaved, [&](const QString& path, const QUrl& url) {
        std::fprintf(stdout, "%s\n", qUtf8Printable(AddCommand::tr("saved %1 from %2")
                                                        .arg(QDir(folder).relativeFilePath(path),
                                                             url.toDisplayString())));
    });
    QObject::connect(&import, &WebImport::failed, [&](const QUrl& url, const QString& reason) {
        fail(AddCommand::tr("cannot add %1: %2").arg(url.toDisplayString(), reason));
    });
    QObject::connect(&import, &WebImport::finished, [&](const WebImport::Summary& s) {
        summary = s;
        loop.quit();
    });
    import.addPages(pages);
    import.checkFeeds(feeds);
    loop.exec();
    std::fprintf(stdout, "%s\n",
                 qUtf8Printable(AddCommand::tr("%n page(s) saved, %1 there already, %2 failed", nullptr, summary.saved)
                                    .arg(summary.skipped)
                                    .arg(summary.failed)));
    return summary.failed > 0 ? 1 : 0;
}

} // namespace

int runAddCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        AddCommand::tr("Save web pages into a folder of articles, from their addresses or from feeds."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("add"), AddCommand::tr("The command."), QStringLiteral("add"));
    parser.addPositionalArgument(QStringLiteral("folder"), AddCommand::tr("Folder of articles."));
    parser.addPositionalArgument(QStringLiteral("url"), AddCommand::tr("Addresses of pages to save."),
                                 QStringLiteral("[URL…]"));
    const QCommandLineOption feed(QStringLiteral("feed"),
                                  AddCommand::tr("Subscribe the folder to the RSS or Atom feed URL and save its "
                                                 "new items (repeatable)."),
                                  QStringLiteral("URL"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     AddCommand::tr("Give up on a page after SECONDS (default 30)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption maxSize(QStringLiteral("max-size"),
                                     AddCommand::tr("Refuse pages larger than MB megabytes (default 20)."),
                                     QStringLiteral("MB"), QStringLiteral("20"));
    parser.addOptions({feed, timeout, maxSize});
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qUtf8Printable(parser.helpText()));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return fail(AddCommand::tr("Usage: crosscheck add FOLDER [URL…] [--feed URL]…"), 2);
    bool secondsOk = false, sizeOk = false;
    FetchLimits limits;
    limits.timeoutMs = int(parser.value(timeout).toDouble(&secondsOk) * 1000);
    limits.maxBytes = qint64(parser.value(maxSize).toDouble(&sizeOk) * 1024 * 1024);
    if (!secondsOk || limits.timeoutMs <= 0 || !sizeOk || limits.maxBytes <= 0)
        return fail(AddCommand::tr("--timeout and --max-size take positive numbers"), 2);

    const QString folder = positional[1];
    if (!QFileInfo(folder).isDir())
        return fail(AddCommand::tr("%1 is not a folder").arg(QDir::toNativeSeparators(folder)));
    AnnotationStore store;
    if (store.open(folder) != AnnotationStore::OpenResult::Opened)
        return fail(store.lastError());
    WebSources sources(&store);

    QList<QUrl> pages;
    for (const QString& text : positional.mid(2))
        pages.append(QUrl::fromUserInput(text));
    QList<QUrl> feeds;
    for (const QString& text : parser.values(feed)) {
        const QUrl url = QUrl::fromUserInput(text);
        if (!sources.addFeed(url))
            return fail(sources.lastError());
        feeds.append(url);
    }
    if (pages.isEmpty() && feeds.isEmpty()) {
        for (const WebSources::Feed& subscribed : sources.feeds())
            feeds.append(subscribed.url);
        if (feeds.isEmpty())
            return fail(AddCommand::tr("Nothing to add: give page addresses, or --feed URL"), 2);
    }

    return savePages(folder, store, limits, pages, feeds);
}

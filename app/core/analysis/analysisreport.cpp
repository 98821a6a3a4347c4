#include "analysisreport.h"

#include "folderpipeline.h"

#include "articles/articlereader.h"
#include "articles/folderscanner.h"
#include "recognition/mentionrecognizer.h"
#include "store/annotationstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QtConcurrent>

#include <algorithm>

namespace Crosscheck::Core {

namespace {
QJsonValue number(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

QJsonArray mentionsJson(const Article& article, const CodePointMap& map)
{
    QJsonArray out;
    for (const Mention& m : article.mentions) {
        QJsonObject o{
            {QStringLiteral("start"), map.toCodePoints(m.start)},
            {QStringLiteral("end"), map.toCodePoints(m.end)},
            {QStringLiteral("text"), article.text.sliced(m.start, m.length())},
            {QStringLiteral("kind"), mentionKindName(m.kind)},
            {QStringLiteral("value"), number(m.value)},
            {QStringLiteral("value_max"), m.valueMax ? QJsonValue(*m.valueMax) : QJsonValue()},
            {QStringLiteral("unit"), m.unit.isEmpty() ? QJsonValue() : QJsonValue(m.unit)},
            {QStringLiteral("approx"), m.approx.isEmpty() ? QJsonValue() : QJsonValue(m.approx)},
            {QStringLiteral("sentence"), m.sentence},
        };
        if (!m.normalized.isEmpty())
            o.insert(QStringLiteral("normalized"), m.normalized);
        if (!m.writtenUnit.isEmpty())
            o.insert(QStringLiteral("unit_written"), m.writtenUnit);
        if (!m.relative.isEmpty())
            o.insert(QStringLiteral("relative"), m.relative);
        if (m.change)
            o.insert(QStringLiteral("change"), true);
        out.append(o);
    }
    return out;
}
} // namespace

QJsonObject AnalysisReport::toJson(const FolderAnalysis& analysis)
{
    QJsonArray articles;
    for (const Article& article : analysis.articles) {
        const CodePointMap map(article.text);
        QJsonArray sentences;
        for (int i = 0; i < article.sentences.size(); ++i) {
            const Sentence& s = article.sentences[i];
            sentences.append(QJsonObject{
                {QStringLiteral("index"), i},
                {QStringLiteral("start"), map.toCodePoints(s.start)},
                {QStringLiteral("end"), map.toCodePoints(s.end)},
                {QStringLiteral("text"), article.sentenceText(i)},
                {QStringLiteral("boilerplate"), s.boilerplate},
            });
        }
        articles.append(QJsonObject{
            {QStringLiteral("file"), article.relativePath},
            {QStringLiteral("title"), article.title},
            {QStringLiteral("outlet"), article.outlet.isEmpty() ? QJsonValue() : QJsonValue(article.outlet)},
            {QStringLiteral("published"), article.published.isValid()
                                              ? QJsonValue(article.published.toString(Qt::ISODate))
                                              : QJsonValue()},
            {QStringLiteral("byline"), article.byline.isEmpty() ? QJsonValue() : QJsonValue(article.byline)},
            {QStringLiteral("text_sha256"), QString::fromLatin1(article.textSha256)},
            {QStringLiteral("sentences"), sentences},
            {QStringLiteral("mentions"), mentionsJson(article, map)},
        });
    }
    QJsonArray errors;
    for (const LoadError& error : analysis.errors) {
        errors.append(QJsonObject{{QStringLiteral("file"), error.relativePath},
                                  {QStringLiteral("message"), error.message}});
    }
    auto ref = [&analysis](const SentenceRef& r) {
        return QJsonObject{{QStringLiteral("file"), analysis.articles[r.article].relativePath},
                           {QStringLiteral("sentence"), r.sentence}};
    };
    QJsonArray matches;
    for (const SentenceMatch& m : analysis.alignment.matches) {
        matches.append(QJsonObject{{QStringLiteral("a"), ref(m.a)},
                                   {QStringLiteral("b"), ref(m.b)},
                                   {QStringLiteral("score"), std::round(m.score * 1000) / 1000}});
    }
    QJsonArray claims;
    for (const Claim& c : analysis.alignment.claims) {
        QJsonArray sentences;
        for (const SentenceRef& r : c.sentences)
            sentences.append(ref(r));
        claims.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("sentences"), sentences}});
    }
    QJsonArray discrepancies;
    for (const Discrepancy& d : analysis.discrepancies) {
        QJsonArray items;
        for (const Discrepancy::Item& item : d.items) {
            const Article& article = analysis.articles[item.sentence.article];
            const Mention& m = article.mentions[item.mention];
            items.append(QJsonObject{{QStringLiteral("file"), article.relativePath},
                                     {QStringLiteral("sentence"), item.sentence.sentence},
                                     {QStringLiteral("text"), article.text.sliced(m.start, m.length())},
                                     {QStringLiteral("value"), number(m.value)}});
        }
        discrepancies.append(QJsonObject{{QStringLiteral("topic"), d.topic},
                                         {QStringLiteral("kind"), DiscrepancyFinder::kindName(d.kind)},
                                         {QStringLiteral("claim"), d.claim},
                                         {QStringLiteral("mentions"), items},
                                         {QStringLiteral("note"), d.note},
                                         {QStringLiteral("dismissed"), d.dismissed}});
    }
    QJsonArray stories;
    for (const Story& story : analysis.stories) {
        QJsonArray files;
        for (const int a : story.articles)
            files.append(analysis.articles[a].relativePath);
        stories.append(QJsonObject{{QStringLiteral("id"), story.id},
                                   {QStringLiteral("label"), story.label},
                                   {QStringLiteral("files"), files}});
    }
    return QJsonObject{
        {QStringLiteral("folder"), analysis.folder},
        {QStringLiteral("articles"), articles},
        {QStringLiteral("stories"), stories},
        {QStringLiteral("matches"), matches},
        {QStringLiteral("claims"), claims},
        {QStringLiteral("discrepancies"), discrepancies},
        {QStringLiteral("errors"), errors},
    };
}

std::optional<FolderAnalysis> AnalysisReport::analyzeFolder(const QString& folder, QString *error,
                                                            qint64 maxFileBytes)
{
    const FolderScanner::Result scan = FolderScanner::scan(folder);
    if (!scan.error.isEmpty()) {
        *error = scan.error;
        return std::nullopt;
    }
    const QList<ArticleReader::Result> results =
        QtConcurrent::blockingMapped(scan.entries, [maxFileBytes](const FolderScanner::Entry& entry) {
            return ArticleReader::read(entry.filePath, entry.relativePath, maxFileBytes);
        });
    FolderAnalysis analysis;
    analysis.folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    for (const auto& result : results) {
        if (const auto *article = std::get_if<Article>(&result))
            analysis.articles.append(*article);
        else
            analysis.errors.append(std::get<LoadError>(result));
    }
    analysis.errors.append(scan.problems);
    // The user's name corrections, if the folder has a store, shape the report as they shape the window.
    FolderResult result = FolderPipeline::run(
        analysis.articles, NameRecognizer::correctionsFrom(AnnotationStore::readNameCorrections(folder)), {},
        AnnotationStore::readStoryMoves(folder));
    analysis.articles = std::move(result.articles);
    analysis.stories = std::move(result.stories);
    analysis.alignment = std::move(result.alignment);
    analysis.discrepancies = std::move(result.discrepancies);
    DiscrepancyFinder::markDismissed(analysis.discrepancies, analysis.articles,
                                     AnnotationStore::readDismissedDiscrepancies(folder));
    return analysis;
}

} // namespace Crosscheck::Core

#include "analysisreport.h"

#include "folderpipeline.h"
#include "jsonwriter.h"

#include "articles/articlereader.h"
#include "articles/folderscanner.h"
#include "store/annotationstore.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QtConcurrent>

#include <algorithm>

namespace Crosscheck::Core {

namespace {
void optional(JsonWriter& w, QStringView key, const QString& value)
{
    w.key(key);
    if (value.isEmpty())
        w.null();
    else
        w.value(value);
}

void writeMentions(JsonWriter& w, const Article& article, const CodePointMap& map)
{
    w.beginArray();
    for (const Mention& m : article.mentions) {
        w.beginObject(JsonWriter::Layout::Line);
        w.field(u"start", map.toCodePoints(m.start));
        w.field(u"end", map.toCodePoints(m.end));
        w.field(u"text", QStringView(article.text).sliced(m.start, m.length()));
        w.field(u"kind", mentionKindName(m.kind));
        w.field(u"value", m.value);
        w.key(u"value_max");
        if (m.valueMax)
            w.value(*m.valueMax);
        else
            w.null();
        optional(w, u"unit", m.unit);
        optional(w, u"approx", m.approx);
        w.field(u"sentence", m.sentence);
        if (!m.normalized.isEmpty()) {
            w.field(u"normalized", m.normalized);
        }
        if (!m.writtenUnit.isEmpty()) {
            w.field(u"unit_written", m.writtenUnit);
        }
        if (!m.relative.isEmpty()) {
            w.field(u"relative", m.relative);
        }
        if (m.change) {
            w.field(u"change", true);
        }
        w.endObject();
    }
    w.endArray();
}

void writeArticle(JsonWriter& w, const Article& article)
{
    const CodePointMap map(article.text);
    w.beginObject();
    w.field(u"file", article.relativePath);
    w.field(u"title", article.title);
    optional(w, u"outlet", article.outlet);
    optional(w, u"published", article.published.isValid() ? article.published.toString(Qt::ISODate) : QString());
    optional(w, u"byline", article.byline);
    w.field(u"text_sha256", QString::fromLatin1(article.textSha256));
    w.key(u"sentences");
    w.beginArray();
    for (int i = 0; i < article.sentences.size(); ++i) {
        const Sentence& s = article.sentences[i];
        w.beginObject(JsonWriter::Layout::Line);
        w.field(u"index", i);
        w.field(u"start", map.toCodePoints(s.start));
        w.field(u"end", map.toCodePoints(s.end));
        w.field(u"text", QStringView(article.text).sliced(s.start, s.end - s.start));
        w.field(u"boilerplate", s.boilerplate);
        w.endObject();
    }
    w.endArray();
    w.key(u"mentions");
    writeMentions(w, article, map);
    w.endObject();
}
} // namespace

bool AnalysisReport::writeJson(const FolderAnalysis& analysis, QIODevice *device, bool compact)
{
    JsonWriter w(device, compact);
    auto ref = [&analysis, &w](const SentenceRef& r) {
        w.beginObject(JsonWriter::Layout::Line);
        w.field(u"file", analysis.articles[r.article].relativePath);
        w.field(u"sentence", r.sentence);
        w.endObject();
    };
    w.beginObject();
    w.field(u"folder", analysis.folder);
    w.key(u"articles");
    w.beginArray();
    for (const Article& article : analysis.articles)
        writeArticle(w, article);
    w.endArray();

    w.key(u"stories");
    w.beginArray();
    for (const Story& story : analysis.stories) {
        w.beginObject();
        w.field(u"id", story.id);
        w.field(u"label", story.label);
        w.key(u"files");
        w.beginArray();
        for (const int a : story.articles)
            w.value(analysis.articles[a].relativePath);
        w.endArray();
        w.endObject();
    }
    w.endArray();

    w.key(u"matches");
    w.beginArray();
    for (const SentenceMatch& m : analysis.alignment.matches) {
        w.beginObject(JsonWriter::Layout::Line);
        w.key(u"a");
        ref(m.a);
        w.key(u"b");
        ref(m.b);
        w.field(u"score", std::round(m.score * 1000) / 1000);
        w.endObject();
    }
    w.endArray();

    w.key(u"claims");
    w.beginArray();
    for (const Claim& c : analysis.alignment.claims) {
        w.beginObject();
        w.field(u"id", c.id);
        w.key(u"sentences");
        w.beginArray();
        for (const SentenceRef& r : c.sentences)
            ref(r);
        w.endArray();
        w.endObject();
    }
    w.endArray();

    w.key(u"discrepancies");
    w.beginArray();
    for (const Discrepancy& d : analysis.discrepancies) {
        w.beginObject();
        w.field(u"topic", d.topic);
        w.field(u"kind", DiscrepancyFinder::kindName(d.kind));
        w.field(u"claim", d.claim);
        w.key(u"mentions");
        w.beginArray();
        for (const Discrepancy::Item& item : d.items) {
            const Article& article = analysis.articles[item.sentence.article];
            const Mention& m = article.mentions[item.mention];
            w.beginObject(JsonWriter::Layout::Line);
            w.field(u"file", article.relativePath);
            w.field(u"sentence", item.sentence.sentence);
            w.field(u"text", QStringView(article.text).sliced(m.start, m.length()));
            w.field(u"value", m.value);
            w.endObject();
        }
        w.endArray();
        w.field(u"note", d.note);
        w.field(u"dismissed", d.dismissed);
        w.endObject();
    }
    w.endArray();

    w.key(u"errors");
    w.beginArray();
    for (const LoadError& error : analysis.errors) {
        w.beginObject(JsonWriter::Layout::Line);
        w.field(u"file", error.relativePath);
        w.field(u"message", error.message);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    if (!compact)
        device->write("\n");
    return w.flush();
}

QJsonObject AnalysisReport::toJson(const FolderAnalysis& analysis)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeJson(analysis, &buffer, true);
    return QJsonDocument::fromJson(buffer.data()).object();
}

std::optional<FolderAnalysis> AnalysisReport::analyzeFolder(const QString& folder, QString *error,
                                                            qint64 maxFileBytes)
{
    const FolderScanner::Result scan = FolderScanner::scan(folder);
    if (!scan.error.isEmpty()) {
        *error = scan.error;
        return std::nullopt;
    }
    QList<ArticleReader::Result> results =
        QtConcurrent::blockingMapped(scan.entries, [maxFileBytes](const FolderScanner::Entry& entry) {
            auto result = ArticleReader::read(entry.filePath, entry.relativePath, maxFileBytes);
            if (auto *article = std::get_if<Article>(&result))
                FolderPipeline::prepareArticle(*article);
            return result;
        });
    FolderAnalysis analysis;
    analysis.folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    // The outlet, title and date the user corrected win over the page's, as in the window.
    const QHash<QString, ArticleDetails> details = AnnotationStore::readArticleDetails(folder);
    // Moved, not copied: a figure list shared with the read results would be copied whole when
    // the names are merged into it.
    for (auto& result : results) {
        if (auto *article = std::get_if<Article>(&result)) {
            analysis.articles.append(std::move(*article));
            details.value(analysis.articles.last().relativePath).applyTo(analysis.articles.last());
        } else
            analysis.errors.append(std::get<LoadError>(result));
    }
    results.clear();
    analysis.errors.append(scan.problems);
    // The user's name corrections, if the folder has a store, shape the report as they shape the window.
    FolderResult result = FolderPipeline::run(
        std::move(analysis.articles), NameRecognizer::correctionsFrom(AnnotationStore::readNameCorrections(folder)), {},
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

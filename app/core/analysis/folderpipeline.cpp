#include "folderpipeline.h"

#include "articles/interruption.h"
#include "articles/metadataextractor.h"
#include "recognition/mentionrecognizer.h"

#include <QHash>
#include <QSet>

namespace Crosscheck::Core {

namespace {

// A sentence as compared across articles: letters and digits only, lower case, single spaces.
QString sentenceKey(QStringView sentence)
{
    QString key;
    key.reserve(sentence.size());
    bool space = false;
    for (const QChar c : sentence) {
        if (c.isLetterOrNumber()) {
            if (space && !key.isEmpty())
                key.append(u' ');
            key.append(c.toLower());
            space = false;
        } else {
            space = true;
        }
    }
    return key;
}

} // namespace

int FolderPipeline::markTemplatePages(QList<Article>& articles)
{
    // Each sentence of five words or more, and the articles it appears in word for word.
    QHash<QString, QList<int>> articlesOf;
    QList<QList<QString>> keysOf(articles.size());
    for (int a = 0; a < articles.size(); ++a) {
        const Article& article = articles[a];
        keysOf[a].resize(article.sentences.size());
        for (int s = 0; s < article.sentences.size(); ++s) {
            Interruption::checkpoint();
            if (article.sentences[s].boilerplate)
                continue;
            const QString key = sentenceKey(article.sentenceText(s));
            if (key.count(u' ') < 4)
                continue;
            keysOf[a][s] = key;
            QList<int>& list = articlesOf[key];
            if (list.isEmpty() || list.last() != a)
                list.append(a);
        }
    }
    // A page that holds almost nothing but sentences other pages repeat (an embed prompt, an
    // archive notice) is a template: what it repeats is chrome, wherever else it stands.
    QSet<QString> chrome;
    for (int a = 0; a < articles.size(); ++a) {
        int own = 0, repeated = 0;
        for (int s = 0; s < keysOf[a].size(); ++s) {
            Interruption::checkpoint();
            const bool content = !articles[a].sentences[s].boilerplate && articles[a].sentenceText(s).count(u' ') >= 4;
            if (!content)
                continue;
            if (!keysOf[a][s].isEmpty() && articlesOf.value(keysOf[a][s]).size() >= 2)
                ++repeated;
            else
                ++own;
        }
        if (repeated == 0 || repeated > 8 || own >= 2)
            continue;
        // Chrome speaks of the page, not of people or amounts: a short wire copy repeated by
        // several outlets ("Klitschko stopped Thompson in the sixth") names them. A bare number
        // says little ("No More 404").
        QSet<int> aboutSomeone;
        for (const Mention& m : articles[a].mentions) {
            if ((m.isFigure() && m.kind != MentionKind::Number) || m.kind == MentionKind::Person)
                aboutSomeone.insert(m.sentence);
        }
        for (int s = 0; s < keysOf[a].size(); ++s) {
            Interruption::checkpoint();
            const QString& key = keysOf[a][s];
            if (!key.isEmpty() && articlesOf.value(key).size() >= 2 && !aboutSomeone.contains(s))
                chrome.insert(key);
        }
    }
    int marked = 0;
    for (int a = 0; a < articles.size(); ++a) {
        for (int s = 0; s < keysOf[a].size(); ++s) {
            Interruption::checkpoint();
            if (!keysOf[a][s].isEmpty() && chrome.contains(keysOf[a][s])) {
                articles[a].sentences[s].boilerplate = true;
                ++marked;
            }
        }
    }
    return marked;
}

namespace {

// Short lines of chrome ("Tweet with a location", "Learn more") are too short to tell from chance
// by repetition alone; a short line that stands beside chrome in three articles or more, the same
// words each time, is part of that chrome (two outlets may well share a short headline).
int markShortLinesBesideChrome(QList<Article>& articles)
{
    auto besideChrome = [](const Article& article, int s) {
        return (s > 0 && article.sentences[s - 1].boilerplate) ||
               (s + 1 < article.sentences.size() && article.sentences[s + 1].boilerplate);
    };
    struct Line
    {
        int article, sentence;
        QString key;
    };
    QList<Line> lines; // the short lines beside chrome
    QHash<QString, QSet<int>> articlesOf;
    for (int a = 0; a < articles.size(); ++a) {
        const Article& article = articles[a];
        for (int s = 0; s < article.sentences.size(); ++s) {
            Interruption::checkpoint();
            if (article.sentences[s].boilerplate || !besideChrome(article, s))
                continue;
            QString key = sentenceKey(article.sentenceText(s));
            if (key.isEmpty() || key.count(u' ') >= 4)
                continue;
            articlesOf[key].insert(a);
            lines.append({a, s, std::move(key)});
        }
    }
    int marked = 0;
    for (const Line& line : std::as_const(lines)) {
        if (articlesOf.value(line.key).size() >= 3) {
            articles[line.article].sentences[line.sentence].boilerplate = true;
            ++marked;
        }
    }
    return marked;
}

} // namespace

// A title that the folder shows to be page chrome, a line of chrome that heads pages of two
// stories or more ("Tweet with a location", "Play Facebook", an archive's notice), gives way to
// the article's first line that is not chrome. (A headline that several outlets of one story
// share stays.)
void FolderPipeline::retitleChrome(QList<Article>& articles, const QList<int>& storyOf)
{
    QHash<QString, QSet<int>> storiesOf;
    for (int a = 0; a < articles.size(); ++a)
        storiesOf[articles[a].title.simplified()].insert(storyOf.value(a, -1));
    for (Article& article : articles) {
        const QString title = article.title.simplified();
        if (storiesOf.value(title).size() < 2)
            continue;
        QList<TextRange> chrome = article.boilerplate;
        bool titleIsChrome = false;
        for (int s = 0; s < article.sentences.size(); ++s) {
            Interruption::checkpoint();
            if (!article.sentences[s].boilerplate)
                continue;
            chrome.append({article.sentences[s].start, article.sentences[s].end});
            const QString sentence = article.sentenceText(s).simplified();
            titleIsChrome = titleIsChrome || (std::min(sentence.size(), title.size()) >= 10 &&
                                              (title.startsWith(sentence) || sentence.startsWith(title)));
        }
        if (!titleIsChrome)
            continue;
        // Sentences of chrome side by side make one stretch: a line of several is chrome whole.
        std::sort(chrome.begin(), chrome.end(), [](const TextRange& x, const TextRange& y) { return x.start < y.start; });
        QList<TextRange> merged;
        for (const TextRange& r : std::as_const(chrome)) {
            const bool joins = !merged.isEmpty() &&
                               (r.start <= merged.last().end ||
                                QStringView(article.text).sliced(merged.last().end, r.start - merged.last().end).trimmed().isEmpty());
            if (joins)
                merged.last().end = std::max(merged.last().end, r.end);
            else
                merged.append(r);
        }
        const QString better = MetadataExtractor::titleFromText(article.text, merged);
        article.title = better.isEmpty() ? QStringView(article.relativePath).split(u'/').last().toString() : better;
    }
}

int FolderPipeline::markChromeAcrossStories(QList<Article>& articles, const QList<int>& storyOf)
{
    // Sentences of five words or more: "Read more." in two stories is chance, not a template.
    QHash<QString, QSet<int>> storiesOf;
    for (int a = 0; a < articles.size(); ++a) {
        const Article& article = articles[a];
        for (int s = 0; s < article.sentences.size(); ++s) {
            Interruption::checkpoint();
            if (article.sentences[s].boilerplate)
                continue;
            const QString key = sentenceKey(article.sentenceText(s));
            if (key.count(u' ') >= 4)
                storiesOf[key].insert(storyOf.value(a, -1));
        }
    }
    int marked = 0;
    for (Article& article : articles) {
        for (int s = 0; s < article.sentences.size(); ++s) {
            Interruption::checkpoint();
            if (article.sentences[s].boilerplate)
                continue;
            if (storiesOf.value(sentenceKey(article.sentenceText(s))).size() >= 2) {
                article.sentences[s].boilerplate = true;
                ++marked;
            }
        }
    }
    marked += markShortLinesBesideChrome(articles);
    for (Article& article : articles) {
        // Figures and names of chrome are not what the story says.
        article.mentions.removeIf([&article](const Mention& m) {
            return m.sentence >= 0 && m.sentence < article.sentences.size() && article.sentences[m.sentence].boilerplate;
        });
    }
    return marked;
}

void FolderPipeline::applyStoryMoves(QList<Story>& stories, const QList<Article>& articles,
                                     const QHash<QString, QString>& moves)
{
    if (moves.isEmpty())
        return;
    QHash<QString, int> indexOf;
    for (int a = 0; a < articles.size(); ++a)
        indexOf.insert(articles[a].relativePath, a);
    QList<int> storyOf = StoryGrouper::storyOf(stories, articles.size());
    QList<QString> labels;
    for (const Story& story : std::as_const(stories))
        labels.append(story.label);
    // Moves in a fixed order, so every run ends alike.
    QStringList moved = moves.keys();
    moved.sort();
    for (const QString& path : std::as_const(moved)) {
        const int a = indexOf.value(path, -1);
        if (a < 0)
            continue;
        const int with = indexOf.value(moves.value(path), -1);
        if (with >= 0 && with != a) {
            storyOf[a] = storyOf[with];
        } else {
            storyOf[a] = int(labels.size());
            labels.append(articles[a].title.isEmpty() ? path : articles[a].title);
        }
    }
    QList<Story> out;
    QHash<int, int> renumbered;
    for (int a = 0; a < articles.size(); ++a) {
        auto it = renumbered.find(storyOf[a]);
        if (it == renumbered.end()) {
            it = renumbered.insert(storyOf[a], int(out.size()));
            out.append({int(out.size()) + 1, labels.value(storyOf[a]), {}});
        }
        out[*it].articles.append(a);
    }
    stories = out;
}

void FolderPipeline::prepareArticle(Article& article)
{
    article.mentions = MentionRecognizer::figures(article);
}

FolderResult FolderPipeline::run(QList<Article> articles, const NameRecognizer::Corrections& corrections,
                                 const std::function<bool(int)>& step, const QHash<QString, QString>& storyMoves)
{
    FolderResult result;
    result.articles = std::move(articles);
    auto next = [&step](int done) { return !step || step(done); };
    MentionRecognizer::addNames(result.articles, corrections);
    if (!next(1))
        return result;
    markTemplatePages(result.articles);
    result.stories = StoryGrouper::group(result.articles);
    result.storyOf = StoryGrouper::storyOf(result.stories, result.articles.size());
    // Chrome shared across stories can also have glued pages that hold nothing else into a story
    // of their own: once it is known, the stories are drawn again without it.
    if (result.stories.size() > 1 && markChromeAcrossStories(result.articles, result.storyOf) > 0) {
        result.stories = StoryGrouper::group(result.articles);
        result.storyOf = StoryGrouper::storyOf(result.stories, result.articles.size());
        markChromeAcrossStories(result.articles, result.storyOf);
    }
    retitleChrome(result.articles, result.storyOf);
    applyStoryMoves(result.stories, result.articles, storyMoves);
    result.storyOf = StoryGrouper::storyOf(result.stories, result.articles.size());
    if (!next(2))
        return result;
    result.alignment = Aligner::align(result.articles, result.storyOf);
    if (!next(3))
        return result;
    result.discrepancies = DiscrepancyFinder::find(result.articles, result.alignment, result.storyOf);
    next(4);
    return result;
}

} // namespace Crosscheck::Core

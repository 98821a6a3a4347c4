#include "mentionrecognizer.h"

#include "figurerecognizer.h"
#include "namerecognizer.h"

#include <algorithm>
#include <iterator>

namespace Crosscheck::Core {

QList<Mention> MentionRecognizer::figures(const Article& article)
{
    QList<Mention> out = FigureRecognizer::recognize(article.text, article.published);
    for (Mention& m : out)
        m.sentence = article.sentenceAt(m.start);
    // Figures in page chrome ("© 2025", "7am") are not what the story says.
    out.removeIf([&article](const Mention& m) { return m.sentence >= 0 && article.sentences[m.sentence].boilerplate; });
    return out;
}

namespace {

// The figures of @p found at the indexes @p kept (ascending) with @p names, by start (a name
// before a figure that starts where it does not), in @p found's own memory: a page dense with
// figures holds millions, and a second list of them would double what the pass holds.
QList<Mention> mergeInPlace(QList<Mention> found, const QList<qsizetype>& kept, QList<Mention> names)
{
    const qsizetype figureCount = kept.size();
    for (qsizetype k = 0; k < figureCount; ++k) {
        if (kept[k] != k)
            found[k] = std::move(found[kept[k]]);
    }
    found.resize(figureCount + names.size());
    // From the back: the later of the last figure and the last name goes last.
    qsizetype f = figureCount - 1, n = names.size() - 1;
    for (qsizetype at = found.size() - 1; n >= 0; --at) {
        if (f >= 0 && names[n].start < found[f].start)
            found[at] = std::move(found[f--]);
        else
            found[at] = std::move(names[n--]);
    }
    return found;
}

// One article's names merged into its figures (@p found, moved from: when the caller owns the
// list alone, no figure is copied).
QList<Mention> merge(const Article& article, QList<Mention> found, QList<Mention>& articleNames)
{
    auto overlaps = [](const Mention& x, const Mention& y) {
        return x.start < y.end && x.end > y.start;
    };
    // A product name owns its digits ("Qwen 2.5"); any other name touching a figure ("US" in
    // "US$4.35 billion") gives way to the figure. Names and figures are each sorted and never
    // overlap among themselves, so whether one touches the other is a binary search (a table
    // of product codes has as many products as figures).
    QList<Mention> products;
    for (const Mention& name : articleNames) {
        if (name.kind == MentionKind::Product)
            products.append(name);
    }
    // "Xbox 360", "Curve 8900", "Internet Explorer 8", "Oregon 214", "FTSE 100": digits right after
    // a name are a model's, a version's, a road's or an index's, not an amount.
    const QList<Mention>& things = articleNames;
    const QString& text = article.text;
    auto namesAThing = [&](const Mention& figure) {
        if (figure.kind != MentionKind::Number || figure.start < 2 || text[figure.start - 1] != u' ' ||
            !text[figure.start].isDigit())
            return false;
        const QStringView digits = QStringView(text).sliced(figure.start, figure.length());
        if (digits.contains(u','))
            return false; // "2,290": a count
        const auto name = std::lower_bound(things.cbegin(), things.cend(), figure.start - 1,
                                           [](const Mention& n, qsizetype at) { return n.end < at; });
        if (name == things.cend() || name->end != figure.start - 1)
            return false;
        // After a person's name only a whole number names a thing ("Xbox 360" read as a
        // person); "Iguodala 14.9 points" is a count.
        return name->kind != MentionKind::Person || !digits.contains(u'.');
    };
    // The figures kept, as indexes into @p found: a page dense with figures holds millions, and
    // each is moved at most once, within the list.
    const QList<Mention>& read = found; // read without detaching; moved from at the end
    QList<qsizetype> figures;
    figures.reserve(found.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        const Mention& figure = read[i];
        const auto product = std::upper_bound(products.cbegin(), products.cend(), figure.start,
                                              [](qsizetype at, const Mention& p) { return at < p.end; });
        const bool insideProduct = product != products.cend() && overlaps(*product, figure);
        if (figure.isFigure() && !insideProduct && !namesAThing(figure))
            figures.append(i);
    }
    // Chrome within a line ("(AP Photo/Evan Vucci)" after a caption) names no one the story is about.
    QList<TextRange> chrome = article.boilerplate;
    std::sort(chrome.begin(), chrome.end(), [](const TextRange& x, const TextRange& y) { return x.start < y.start; });
    QList<Mention> keptNames;
    keptNames.reserve(articleNames.size());
    for (Mention& name : articleNames) {
        const auto after = std::upper_bound(figures.cbegin(), figures.cend(), name.start,
                                            [&read](qsizetype at, qsizetype f) { return at < read[f].end; });
        const bool touchesFigure =
            name.kind != MentionKind::Product && after != figures.cend() && overlaps(read[*after], name);
        const auto range = std::upper_bound(chrome.cbegin(), chrome.cend(), name.start,
                                            [](qsizetype at, const TextRange& r) { return at < r.start; });
        const bool inChrome = range != chrome.cbegin() && std::prev(range)->contains(name.start);
        if (!touchesFigure && !inChrome)
            keptNames.append(std::move(name));
    }
    return mergeInPlace(std::move(found), figures, std::move(keptNames));
}

} // namespace

QList<QList<Mention>> MentionRecognizer::withNames(const QList<Article>& articles,
                                                   const NameRecognizer::Corrections& corrections)
{
    QList<QList<Mention>> names = NameRecognizer::recognize(articles, corrections);
    QList<QList<Mention>> out;
    out.reserve(articles.size());
    for (int a = 0; a < articles.size(); ++a)
        out.append(merge(articles[a], articles[a].mentions, names[a]));
    return out;
}

void MentionRecognizer::addNames(QList<Article>& articles, const NameRecognizer::Corrections& corrections)
{
    QList<QList<Mention>> names = NameRecognizer::recognize(articles, corrections);
    for (int a = 0; a < articles.size(); ++a) {
        QList<Mention> figures = std::move(articles[a].mentions);
        articles[a].mentions = merge(articles[a], std::move(figures), names[a]);
    }
}

} // namespace Crosscheck::Core

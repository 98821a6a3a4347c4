#include "mentionrecognizer.h"

#include "figurerecognizer.h"
#include "namerecognizer.h"

#include <algorithm>

namespace Crosscheck::Core {

QList<Mention> MentionRecognizer::figures(const Article& article)
{
    QList<Mention> out;
    for (Mention m : FigureRecognizer::recognize(article.text)) {
        m.sentence = article.sentenceAt(m.start);
        // Figures in page chrome ("© 2025", "7am") are not what the story says.
        if (m.sentence >= 0 && article.sentences[m.sentence].boilerplate)
            continue;
        out.append(m);
    }
    return out;
}

QList<QList<Mention>> MentionRecognizer::withNames(const QList<Article>& articles,
                                                   const NameRecognizer::Corrections& corrections)
{
    const QList<QList<Mention>> names = NameRecognizer::recognize(articles, corrections);
    QList<QList<Mention>> out;
    out.reserve(articles.size());
    for (int a = 0; a < articles.size(); ++a) {
        QList<Mention> merged;
        const QList<Mention>& articleNames = names[a];
        auto overlaps = [](const Mention& x, const Mention& y) {
            return x.start < y.end && x.end > y.start;
        };
        // A product name owns its digits ("Qwen 2.5"); any other name touching a figure ("US" in
        // "US$4.35 billion") gives way to the figure.
        QList<Mention> figures;
        for (const Mention& figure : articles[a].mentions) {
            if (!figure.isFigure())
                continue;
            const bool insideProduct =
                std::any_of(articleNames.cbegin(), articleNames.cend(), [&](const Mention& n) {
                    return n.kind == MentionKind::Product && overlaps(n, figure);
                });
            if (!insideProduct)
                figures.append(figure);
        }
        merged = figures;
        for (const Mention& name : articleNames) {
            const bool touchesFigure = name.kind != MentionKind::Product &&
                                       std::any_of(figures.cbegin(), figures.cend(),
                                                   [&](const Mention& f) { return overlaps(f, name); });
            if (!touchesFigure)
                merged.append(name);
        }
        std::sort(merged.begin(), merged.end(),
                  [](const Mention& x, const Mention& y) { return x.start < y.start; });
        out.append(merged);
    }
    return out;
}

void MentionRecognizer::addNames(QList<Article>& articles, const NameRecognizer::Corrections& corrections)
{
    const QList<QList<Mention>> merged = withNames(articles, corrections);
    for (int a = 0; a < articles.size(); ++a)
        articles[a].mentions = merged[a];
}

} // namespace Crosscheck::Core

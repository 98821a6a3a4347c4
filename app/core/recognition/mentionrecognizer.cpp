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

QList<QList<Mention>> MentionRecognizer::withNames(const QList<Article>& articles)
{
    const QList<QList<Mention>> names = NameRecognizer::recognize(articles);
    QList<QList<Mention>> out;
    out.reserve(articles.size());
    for (int a = 0; a < articles.size(); ++a) {
        QList<Mention> merged;
        const QList<Mention>& articleNames = names[a];
        for (const Mention& figure : articles[a].mentions) {
            if (!figure.isFigure())
                continue;
            const bool insideName = std::any_of(articleNames.cbegin(), articleNames.cend(), [&figure](const Mention& n) {
                return figure.start < n.end && figure.end > n.start;
            });
            if (!insideName)
                merged.append(figure);
        }
        merged.append(articleNames);
        std::sort(merged.begin(), merged.end(), [](const Mention& x, const Mention& y) { return x.start < y.start; });
        out.append(merged);
    }
    return out;
}

void MentionRecognizer::addNames(QList<Article>& articles)
{
    const QList<QList<Mention>> merged = withNames(articles);
    for (int a = 0; a < articles.size(); ++a)
        articles[a].mentions = merged[a];
}

} // namespace Crosscheck::Core

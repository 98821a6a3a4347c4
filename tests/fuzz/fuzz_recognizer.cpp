// Text in, read as an article of a one-article folder: figures and names must lie inside the
// text, in order and without overlapping, and the anchored figure scan must agree with the scan
// of the whole text.
#include "fuzzsupport.h"

#include "articles/articlereader.h"
#include "recognition/figurerecognizer.h"
#include "recognition/mentionrecognizer.h"

using namespace Crosscheck;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const QList<Core::Mention> figures = Core::FigureRecognizer::recognize(text);
    const QList<Core::Mention> reference = Core::FigureRecognizer::recognizeScanningWholeText(text);
    CROSSCHECK_FUZZ_CHECK(figures.size() == reference.size());
    for (qsizetype i = 0; i < figures.size(); ++i)
        CROSSCHECK_FUZZ_CHECK(figures[i].start == reference[i].start && figures[i].end == reference[i].end);

    Core::Article article;
    article.relativePath = u"a.txt"_s;
    article.text = text;
    Core::ArticleReader::prepare(article);
    article.mentions = Core::MentionRecognizer::figures(article);
    QList<Core::Article> folder{article};
    Core::MentionRecognizer::addNames(folder);
    qsizetype last = 0;
    for (const Core::Mention& m : folder.first().mentions) {
        CROSSCHECK_FUZZ_CHECK(m.start >= last && m.start < m.end && m.end <= text.size());
        last = m.end;
    }
    return 0;
}

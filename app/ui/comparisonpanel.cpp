#include "comparisonpanel.h"

#include "articles/articlelistmodel.h"

#include <QEvent>
#include <QRegularExpression>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

namespace {

QSet<QString> wordsOf(const QString& text)
{
    QSet<QString> words;
    for (const QString& w : text.split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts))
        words.insert(w.toCaseFolded());
    return words;
}

QString figureKey(const Core::Mention& m)
{
    return Core::describeValue(m);
}

// The other sentence as HTML: words the reference does not have are marked, and figures whose
// value the reference does not give are red.
// Marks that read on the page, light or dark.
struct MarkColours
{
    QString changedWord;
    QString conflict;
    QString caution; ///< figures that differ only as a range or an approximation allows

    static MarkColours forPalette(const QPalette& palette)
    {
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        return dark ? MarkColours{QStringLiteral("#5a4a12"), QStringLiteral("#ff7b72"),
                                  QStringLiteral("#e3b341")}
                    : MarkColours{QStringLiteral("#fff1b8"), QStringLiteral("#c62828"),
                                  QStringLiteral("#8d5a00")};
    }
};

QString markedSentence(const Core::Article& article, int sentence, const QSet<QString>& referenceWords,
                       const QSet<QString>& referenceFigures, const MarkColours& colours)
{
    const Core::Sentence& s = article.sentences[sentence];
    QString html;
    qsizetype at = s.start;
    auto plain = [&](qsizetype from, qsizetype to) {
        const QString piece = article.text.sliced(from, to - from);
        static const QRegularExpression word(QStringLiteral("\\w+"));
        qsizetype last = 0;
        for (auto it = word.globalMatch(piece); it.hasNext();) {
            const auto m = it.next();
            html += piece.sliced(last, m.capturedStart() - last).toHtmlEscaped();
            const QString w = m.captured();
            html += referenceWords.contains(w.toCaseFolded())
                        ? w.toHtmlEscaped()
                        : QStringLiteral("<span style=\"background-color:%1\">").arg(colours.changedWord) +
                              w.toHtmlEscaped() + QStringLiteral("</span>");
            last = m.capturedEnd();
        }
        html += piece.sliced(last).toHtmlEscaped();
    };
    for (const Core::Mention& m : article.mentions) {
        if (m.sentence != sentence || !m.isFigure() || m.kind == Core::MentionKind::Date || m.start < at)
            continue;
        plain(at, m.start);
        const QString text = article.text.sliced(m.start, m.length()).toHtmlEscaped();
        html += referenceFigures.contains(figureKey(m))
                    ? QStringLiteral("<b>") + text + QStringLiteral("</b>")
                    : QStringLiteral("<b style=\"color:%1\">").arg(colours.conflict) + text +
                          QStringLiteral("</b>");
        at = m.end;
    }
    plain(at, s.end);
    return html;
}

} // namespace

ComparisonPanel::ComparisonPanel(const Core::ArticleListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("What the other articles say"));
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QUrlQuery query(url);
        if (url.path() == u"sidebyside") {
            Q_EMIT sideBySideRequested(query.queryItemValue(QStringLiteral("a")),
                                       query.queryItemValue(QStringLiteral("as")).toInt(),
                                       query.queryItemValue(QStringLiteral("b")),
                                       query.queryItemValue(QStringLiteral("bs")).toInt());
            return;
        }
        if (url.path() == u"dismiss") {
            Q_EMIT discrepancyDismissed(query.queryItemValue(QStringLiteral("key")),
                                        query.queryItemValue(QStringLiteral("note"), QUrl::FullyDecoded));
            return;
        }
        Q_EMIT sentenceActivated(query.queryItemValue(QStringLiteral("file")),
                                 query.queryItemValue(QStringLiteral("sentence")).toInt());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    render();
}

void ComparisonPanel::setInsight(const Core::FolderInsight& insight)
{
    m_insight = insight;
    render();
}

void ComparisonPanel::showSentence(const QString& path, int sentence)
{
    if (path == m_path && sentence == m_sentence)
        return;
    m_path = path;
    m_sentence = sentence;
    render();
}

QString ComparisonPanel::html() const
{
    return m_browser->toHtml();
}

void ComparisonPanel::render()
{
    const int row = m_model->rowOfFile(m_path);
    const Core::Article *article = m_model->articleAt(row);
    if (!article || m_sentence < 0 || m_sentence >= article->sentences.size()) {
        m_browser->setHtml(
            QStringLiteral("<p><i>") +
            tr("Put the cursor in a sentence to see what the other articles say.").toHtmlEscaped() +
            QStringLiteral("</i></p>"));
        return;
    }
    if (article->sentences[m_sentence].boilerplate || m_insight.chrome.value(m_path).contains(m_sentence)) {
        m_browser->setHtml(QStringLiteral("<p><i>") + tr("Boilerplate is not compared.").toHtmlEscaped() +
                           QStringLiteral("</i></p>"));
        return;
    }
    const int self = int(m_insight.paths.indexOf(m_path));
    // The best match of this sentence in each other article.
    QHash<int, std::pair<int, double>> best;
    for (const Core::SentenceMatch& m : m_insight.alignment.matches) {
        const Core::SentenceRef *mine = nullptr;
        const Core::SentenceRef *other = nullptr;
        if (m.a.article == self && m.a.sentence == m_sentence) {
            mine = &m.a;
            other = &m.b;
        } else if (m.b.article == self && m.b.sentence == m_sentence) {
            mine = &m.b;
            other = &m.a;
        }
        if (!mine)
            continue;
        if (!best.contains(other->article) || best[other->article].second < m.score)
            best.insert(other->article, {other->sentence, m.score});
    }

    const QString reference = article->sentenceText(m_sentence);
    const QSet<QString> referenceWords = wordsOf(reference);
    QSet<QString> referenceFigures;
    for (const Core::Mention& m : article->mentions) {
        if (m.sentence == m_sentence && m.isFigure())
            referenceFigures.insert(figureKey(m));
    }

    const MarkColours colours = MarkColours::forPalette(m_browser->palette());
    QString html;
    // Discrepancies of this sentence's claim first.
    for (const Core::Discrepancy& d : m_insight.discrepancies) {
        const bool mine =
            std::any_of(d.items.cbegin(), d.items.cend(), [&](const Core::Discrepancy::Item& item) {
                return item.sentence.article == self && item.sentence.sentence == m_sentence;
            });
        if (!mine)
            continue;
        const QString kind = d.kind == Core::Discrepancy::Kind::Conflict ? tr("Figures disagree")
                             : d.kind == Core::Discrepancy::Kind::Range  ? tr("A range against a figure")
                             : d.kind == Core::Discrepancy::Kind::Moment ? tr("Figures at different moments")
                                                                         : tr("Figures that can both be true");
        // Only a real disagreement is red; a figure within a range or close to an approximate one
        // is worth a look, not an alarm.
        const QString& colour =
            d.kind == Core::Discrepancy::Kind::Conflict ? colours.conflict : colours.caution;
        // The reader may judge it no disagreement: the link dismisses it for good.
        const QString key = Core::DiscrepancyFinder::key(d, [this](int index) {
            return index >= 0 && index < m_insight.paths.size() ? m_model->articleAt(m_model->rowOfFile(m_insight.paths[index]))
                                                                : nullptr;
        });
        QUrl dismiss(QStringLiteral("crosscheck:dismiss"));
        QUrlQuery dismissQuery;
        dismissQuery.addQueryItem(QStringLiteral("key"), key);
        dismissQuery.addQueryItem(QStringLiteral("note"), QString::fromLatin1(QUrl::toPercentEncoding(d.note)));
        dismiss.setQuery(dismissQuery);
        // Both sentences in two panes, this one where it is and the other beside it.
        QString both;
        const auto other = std::find_if(d.items.cbegin(), d.items.cend(), [&](const Core::Discrepancy::Item& item) {
            return item.sentence.article != self;
        });
        if (other != d.items.cend() && other->sentence.article < m_insight.paths.size()) {
            QUrl side(QStringLiteral("crosscheck:sidebyside"));
            QUrlQuery sideQuery;
            sideQuery.addQueryItem(QStringLiteral("a"), m_path);
            sideQuery.addQueryItem(QStringLiteral("as"), QString::number(m_sentence));
            sideQuery.addQueryItem(QStringLiteral("b"), m_insight.paths[other->sentence.article]);
            sideQuery.addQueryItem(QStringLiteral("bs"), QString::number(other->sentence.sentence));
            side.setQuery(sideQuery);
            both = QStringLiteral("<a href=\"%1\">%2</a> \u00B7 ")
                       .arg(side.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Side by side").toHtmlEscaped());
        }
        html += QStringLiteral("<p style=\"color:%4\"><b>%1</b> (%2): %3 %7<a href=\"%5\">%6</a></p>")
                    .arg(kind.toHtmlEscaped(), d.topic.toHtmlEscaped(), d.note.toHtmlEscaped(), colour,
                         dismiss.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Dismiss").toHtmlEscaped(), both);
    }
    // Only articles of the same story can report this or leave it out.
    auto sameStory = [&](int a) {
        return m_insight.storyOf.size() != m_insight.paths.size() || self < 0 ||
               m_insight.storyOf[a] == m_insight.storyOf[self];
    };
    int reported = 0, others = 0;
    for (int a = 0; a < m_insight.paths.size(); ++a) {
        if (a == self || !sameStory(a))
            continue;
        ++others;
        const Core::Article *other = m_model->articleAt(m_model->rowOfFile(m_insight.paths[a]));
        if (!other)
            continue;
        const QString outlet = other->sourceName().toHtmlEscaped();
        if (!best.contains(a)) {
            html += QStringLiteral("<p><b>%1</b> <span style=\"color:gray\">%2</span></p>")
                        .arg(outlet, tr("not reported").toHtmlEscaped());
            continue;
        }
        ++reported;
        const auto [sentence, score] = best.value(a);
        QUrl link(QStringLiteral("crosscheck:sentence"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("file"), other->relativePath);
        query.addQueryItem(QStringLiteral("sentence"), QString::number(sentence));
        link.setQuery(query);
        html += QStringLiteral("<p><b>%1</b> <span style=\"color:gray\">%2</span><br/><a href=\"%3\" "
                               "style=\"text-decoration:none\">%4</a></p>")
                    .arg(outlet, tr("similarity %1%").arg(qRound(score * 100)).toHtmlEscaped(),
                         link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                         markedSentence(*other, sentence, referenceWords, referenceFigures, colours));
    }
    const bool stories = m_insight.stories.size() > 1;
    const QString header = stories ? tr("Other articles of this story reporting this: %1 of %2").arg(reported).arg(others)
                                   : tr("Other articles reporting this: %1 of %2").arg(reported).arg(others);
    m_browser->setHtml(QStringLiteral("<p><i>") + header.toHtmlEscaped() + QStringLiteral("</i></p>") + html);
}

void ComparisonPanel::changeEvent(QEvent *event)
{
    // Light and dark pages need different marks.
    if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace Crosscheck::Ui

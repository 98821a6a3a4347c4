#include "statisticschart.h"

#include "analysis/folderrecognizer.h"
#include "store/annotation.h"

#include <QPainter>

#include <algorithm>

namespace Crosscheck::Ui {

namespace {
constexpr int kRowGap = 10;
constexpr int kBar = 12;
constexpr int kMargin = 8;
} // namespace

StatisticsChart::StatisticsChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Claims and tags per source"));
    setFocusPolicy(Qt::NoFocus);
}

StatisticsChart::~StatisticsChart() = default;

void StatisticsChart::setFolder(const QList<Core::Article>& articles, const Core::FolderInsight& insight,
                                const QList<Core::Annotation>& annotations)
{
    QList<Source> sources;
    QHash<QString, int> rowOf;
    for (const Core::Article& a : articles) {
        rowOf.insert(a.relativePath, int(sources.size()));
        sources.append({a.sourceName(), 0, 0});
    }
    for (const Core::Claim& claim : insight.alignment.claims) {
        for (const Core::SentenceRef& ref : claim.sentences) {
            if (ref.article >= 0 && ref.article < insight.paths.size())
                if (const auto it = rowOf.constFind(insight.paths[ref.article]); it != rowOf.cend())
                    ++sources[*it].claims;
        }
    }
    for (const Core::Annotation& a : annotations) {
        if (const auto it = rowOf.constFind(a.articlePath); it != rowOf.cend() && !a.tags.isEmpty())
            ++sources[*it].tagged;
    }
    setSources(sources, int(insight.alignment.claims.size()));
}

void StatisticsChart::setSources(const QList<Source>& sources, int totalClaims)
{
    m_sources = sources;
    m_totalClaims = totalClaims;
    m_largest = 1;
    for (const Source& s : sources)
        m_largest = std::max({m_largest, s.claims, s.tagged});
    // The same figures as text, for screen readers and tooltips.
    QStringList lines;
    for (const Source& s : sources)
        lines.append(tr("%1: %2 of %3 claims, %4 tagged passages")
                         .arg(s.name)
                         .arg(s.claims)
                         .arg(totalClaims)
                         .arg(s.tagged));
    setAccessibleDescription(lines.join(u'\n'));
    setToolTip(lines.join(u'\n'));
    updateGeometry();
    update();
}

QSize StatisticsChart::sizeHint() const
{
    const int rows = std::max<int>(1, int(m_sources.size()));
    return {360, 2 * kMargin + fontMetrics().height() + rows * (2 * kBar + kRowGap + 2)};
}

QSize StatisticsChart::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void StatisticsChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor claimsColour = palette().color(QPalette::Highlight);
    const QColor tagsColour(0xf5, 0x9e, 0x0b);

    // Legend.
    int x = kMargin;
    const int legendY = kMargin;
    for (const auto& [colour, label] :
         {std::pair{claimsColour, tr("claims carried")}, std::pair{tagsColour, tr("tagged passages")}}) {
        p.fillRect(QRect(x, legendY + (fm.height() - kBar) / 2, kBar, kBar), colour);
        x += kBar + 4;
        p.setPen(text);
        p.drawText(QPoint(x, legendY + fm.ascent()), label);
        x += fm.horizontalAdvance(label) + 16;
    }
    if (m_sources.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QPoint(kMargin, legendY + fm.height() + kMargin + fm.ascent()),
                   tr("Open a folder to see its sources."));
        return;
    }

    int labelWidth = 0;
    for (const Source& s : m_sources)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(s.name));
    labelWidth = std::min(labelWidth, width() / 3);
    const int barLeft = kMargin + labelWidth + 8;
    const int barSpace =
        std::max(20, width() - barLeft - kMargin - fm.horizontalAdvance(QStringLiteral("000")) - 6);
    int y = legendY + fm.height() + kMargin;
    for (const Source& s : m_sources) {
        p.setPen(text);
        const QString name = fm.elidedText(s.name, Qt::ElideMiddle, labelWidth);
        p.drawText(QRect(kMargin, y, labelWidth, 2 * kBar + 2), Qt::AlignVCenter | Qt::AlignRight, name);
        const int claimsWidth = barLength(s.claims, barSpace);
        const int taggedWidth = barLength(s.tagged, barSpace);
        p.fillRect(QRect(barLeft, y, std::max(claimsWidth, 1), kBar), claimsColour);
        p.fillRect(QRect(barLeft, y + kBar + 2, std::max(taggedWidth, s.tagged > 0 ? 1 : 0), kBar),
                   tagsColour);
        p.drawText(QPoint(barLeft + claimsWidth + 4, y + fm.ascent() - (fm.height() - kBar) / 2),
                   QString::number(s.claims));
        p.drawText(QPoint(barLeft + taggedWidth + 4, y + kBar + 2 + fm.ascent() - (fm.height() - kBar) / 2),
                   QString::number(s.tagged));
        y += 2 * kBar + 2 + kRowGap;
    }
}

int StatisticsChart::barLength(int value, int space) const
{
    return int(qint64(space) * value / m_largest);
}

} // namespace Crosscheck::Ui

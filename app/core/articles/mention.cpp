#include "mention.h"

#include "units.h"

#include <QCoreApplication>
#include <QLocale>

namespace Crosscheck::Core {

// What a page of millions of figures holds per figure (see the struct's comment).
static_assert(sizeof(Mention) <= 96, "a mention grew: a page dense with figures holds millions");


QString mentionKindName(MentionKind kind)
{
    switch (kind) {
    case MentionKind::Money:
        return QStringLiteral("money");
    case MentionKind::Percent:
        return QStringLiteral("percent");
    case MentionKind::Number:
        return QStringLiteral("number");
    case MentionKind::Date:
        return QStringLiteral("date");
    case MentionKind::Duration:
        return QStringLiteral("duration");
    case MentionKind::Time:
        return QStringLiteral("time");
    case MentionKind::Quantity:
        return QStringLiteral("quantity");
    case MentionKind::Person:
        return QStringLiteral("person");
    case MentionKind::Organization:
        return QStringLiteral("organization");
    case MentionKind::Place:
        return QStringLiteral("place");
    case MentionKind::Product:
        return QStringLiteral("product");
    }
    return {};
}

std::optional<MentionKind> mentionKindFromName(QStringView name)
{
    for (int k = int(MentionKind::Money); k <= int(MentionKind::Product); ++k) {
        if (mentionKindName(MentionKind(k)) == name)
            return MentionKind(k);
    }
    return std::nullopt;
}

namespace {
QString plain(double v)
{
    // Whole numbers with group separators, fractions with the digits the text had (at most 4).
    const QLocale c = QLocale::c();
    if (std::abs(v - std::round(v)) < 1e-9 && std::abs(v) < 1e18) {
        QLocale grouped(QLocale::English, QLocale::UnitedStates);
        return grouped.toString(qlonglong(std::llround(v)));
    }
    QString s = c.toString(v, 'f', 4);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

struct Scale
{
    double factor;
    const char16_t *name;
};

Scale scaleFor(double v)
{
    static const Scale scales[] = {{1e12, u"tn"}, {1e9, u"bn"}, {1e6, u"m"}};
    for (const Scale& s : scales) {
        if (std::abs(v) >= s.factor)
            return s;
    }
    return {1, u""};
}
} // namespace

namespace {
// "80.5 km (50 miles)", "range 6.1–9.1 m (20–30 ft)", "over 256 GB".
QString describeQuantity(const Mention& m)
{
    QString text = Units::describe(m.value, m.unit);
    if (m.valueMax)
        text = QCoreApplication::translate("Mention", "range %1").arg(text + u'\u2013' + Units::describe(*m.valueMax, m.unit));
    const bool sameUnit = text.endsWith(u' ' + m.writtenUnit);
    if (const auto written = Units::lookup(m.writtenUnit.str()); written && !sameUnit) {
        auto original = [&](double v) { return plain((v - written->offset) / written->factor); };
        QString as = original(m.value);
        if (m.valueMax)
            as += u'\u2013' + original(*m.valueMax);
        text += QStringLiteral(" (%1 %2)").arg(as, m.writtenUnit);
    }
    if (!m.approx.isEmpty())
        text = m.approx + u' ' + text;
    return text;
}
} // namespace

QString describeMention(const Mention& m)
{
    if (!m.isFigure())
        return QCoreApplication::translate("Mention", "%1 (name)").arg(mentionKindName(m.kind));
    if (m.isGameClock() && m.hasValue()) {
        const int seconds = int(std::lround(m.value * 60));
        return QCoreApplication::translate("Mention", "%1:%2 left on the game clock")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    if ((m.kind == MentionKind::Date || m.kind == MentionKind::Time) && !m.normalized.isEmpty())
        return m.approx.isEmpty() ? m.normalized.str() : m.approx + u' ' + m.normalized;
    if (m.kind == MentionKind::Date && !m.relative.isEmpty())
        return QCoreApplication::translate("Mention", "%1 from publication").arg(m.relative);
    if (!m.hasValue())
        return {};
    if (m.kind == MentionKind::Quantity)
        return describeQuantity(m);
    QString text;
    const QString unit = m.kind == MentionKind::Percent ? QStringLiteral("%") : m.unit.str();
    const QString sep = m.kind == MentionKind::Percent ? QString() : QStringLiteral(" ");
    if (m.valueMax) {
        const Scale scale = scaleFor(*m.valueMax);
        QString range = plain(m.value / scale.factor) + u'\u2013' + plain(*m.valueMax / scale.factor);
        if (scale.factor > 1)
            range += u' ' + QString::fromUtf16(scale.name);
        text = QCoreApplication::translate("Mention", "range %1").arg(range);
    } else
        text = plain(m.value);
    if (!unit.isEmpty())
        text += sep + unit;
    if (!m.approx.isEmpty())
        text = m.approx + u' ' + text;
    return text;
}

QString describeValue(const Mention& mention)
{
    Mention bare = mention;
    bare.approx.clear();
    return describeMention(bare);
}

} // namespace Crosscheck::Core

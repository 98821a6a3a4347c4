#include "outletname.h"

#include <QHostAddress>
#include <QStringList>

namespace Crosscheck::Core {

namespace {

// Second-level labels under a country code: "co.uk", "com.au", "gov.uk".
bool isSecondLevel(const QString& label)
{
    static const QStringList kinds = {QStringLiteral("co"),  QStringLiteral("com"), QStringLiteral("org"),
                                      QStringLiteral("net"), QStringLiteral("gov"), QStringLiteral("ac"),
                                      QStringLiteral("edu"), QStringLiteral("ne"),  QStringLiteral("or"),
                                      QStringLiteral("go")};
    return kinds.contains(label);
}

} // namespace

QString outletOfHost(const QString& host)
{
    if (!QHostAddress(host).isNull())
        return {};
    QStringList labels = host.toLower().split(u'.', Qt::SkipEmptyParts);
    if (labels.size() > 1)
        labels.removeLast(); // the top-level domain
    if (labels.size() > 1 && isSecondLevel(labels.last()))
        labels.removeLast();
    return labels.isEmpty() ? QString() : labels.last();
}

bool isHostName(const QString& outlet)
{
    const QString name = outlet.trimmed();
    return !name.contains(u' ') && name.contains(u'.') && !name.endsWith(u'.');
}

QStringList outletKeys(const QString& outlet)
{
    const QString name = outlet.trimmed().toLower();
    if (name.isEmpty())
        return {};
    if (isHostName(name)) {
        const QString host = outletOfHost(name);
        return host.size() >= 3 ? QStringList{host} : QStringList{};
    }
    QStringList keys = {name};
    if (name.startsWith(QLatin1String("the ")))
        keys.append(name.mid(4));
    return keys;
}

} // namespace Crosscheck::Core

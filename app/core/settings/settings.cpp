#include "settings.h"

#include <algorithm>

#include <QCryptographicHash>

#include "logging.h"

#include <QDir>
#include <QFileInfo>

namespace Crosscheck::Core {

namespace {
QString cleanFolder(const QString& folder)
{
    return QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString& fileName, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QStringList Settings::recentFolders() const
{
    return m_settings->value(Keys::recentFolders()).toStringList();
}

void Settings::setRecentFolders(const QStringList& folders)
{
    if (folders == recentFolders())
        return;
    m_settings->setValue(Keys::recentFolders(), folders);
    Q_EMIT recentFoldersChanged(folders);
}

void Settings::addRecentFolder(const QString& folder)
{
    const QString clean = cleanFolder(folder);
    QStringList folders = recentFolders();
    folders.removeAll(clean);
    folders.prepend(clean);
    while (folders.size() > kMaxRecentFolders)
        folders.removeLast();
    setRecentFolders(folders);
}

void Settings::removeRecentFolder(const QString& folder)
{
    QStringList folders = recentFolders();
    folders.removeAll(cleanFolder(folder));
    setRecentFolders(folders);
}

void Settings::clearRecentFolders()
{
    setRecentFolders({});
}

QString Settings::lastFolder() const
{
    const QStringList folders = recentFolders();
    return folders.isEmpty() ? QString() : folders.first();
}

bool Settings::reopenLastFolder() const
{
    return m_settings->value(Keys::reopenLastFolder(), true).toBool();
}

void Settings::setReopenLastFolder(bool reopen)
{
    m_settings->setValue(Keys::reopenLastFolder(), reopen);
}

QString Settings::themeName() const
{
    return m_settings->value(Keys::themeName()).toString();
}

void Settings::setThemeName(const QString& name)
{
    if (name == themeName())
        return;
    qCDebug(lcSettings) << "theme" << name;
    m_settings->setValue(Keys::themeName(), name);
    Q_EMIT themeNameChanged(name);
}

int Settings::maxFileMegabytes() const
{
    const int value = m_settings->value(Keys::maxFileMegabytes(), 20).toInt();
    return value > 0 ? value : 20;
}

void Settings::setMaxFileMegabytes(int megabytes)
{
    m_settings->setValue(Keys::maxFileMegabytes(), megabytes);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(Keys::windowGeometry()).toByteArray();
}

QByteArray Settings::windowState() const
{
    return m_settings->value(Keys::windowState()).toByteArray();
}

void Settings::setWindowLayout(const QByteArray& geometry, const QByteArray& state)
{
    m_settings->setValue(Keys::windowGeometry(), geometry);
    m_settings->setValue(Keys::windowState(), state);
}

int Settings::textZoom() const
{
    return std::clamp(m_settings->value(Keys::textZoom(), 0).toInt(), -6, 12);
}

void Settings::setTextZoom(int steps)
{
    m_settings->setValue(Keys::textZoom(), std::clamp(steps, -6, 12));
}

int Settings::feedMinutes() const
{
    return std::clamp(m_settings->value(Keys::feedMinutes(), 0).toInt(), 0, 1440);
}

void Settings::setFeedMinutes(int minutes)
{
    m_settings->setValue(Keys::feedMinutes(), std::clamp(minutes, 0, 1440));
}

QString Settings::language() const
{
    return m_settings->value(Keys::language()).toString();
}

void Settings::setLanguage(const QString& language)
{
    m_settings->setValue(Keys::language(), language);
}

QLocale Settings::locale() const
{
    const QString chosen = language();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

bool Settings::linkedPanes() const
{
    return m_settings->value(Keys::linkedPanes(), true).toBool();
}

void Settings::setLinkedPanes(bool linked)
{
    m_settings->setValue(Keys::linkedPanes(), linked);
}

QString Settings::Keys::folderDesk(const QString& folder)
{
    const QByteArray hash =
        QCryptographicHash::hash(QDir::cleanPath(folder).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("desks/") + QString::fromLatin1(hash);
}

QString Settings::Keys::folderTeam(const QString& folder)
{
    return folderDesk(folder).replace(QStringLiteral("desks/"), QStringLiteral("teams/"));
}

QString Settings::folderTeam(const QString& folder) const
{
    return m_settings->value(Keys::folderTeam(folder)).toString();
}

void Settings::setFolderTeam(const QString& folder, const QString& uri)
{
    if (uri.isEmpty())
        m_settings->remove(Keys::folderTeam(folder));
    else
        m_settings->setValue(Keys::folderTeam(folder), uri);
}

QVariantMap Settings::folderDesk(const QString& folder) const
{
    return m_settings->value(Keys::folderDesk(folder)).toMap();
}

void Settings::setFolderDesk(const QString& folder, const QVariantMap& desk)
{
    m_settings->setValue(Keys::folderDesk(folder), desk);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace Crosscheck::Core

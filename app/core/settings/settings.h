#pragma once

#include <QLocale>
#include <QObject>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace Crosscheck::Core {

/// The application's persistent preferences: every key in one place, typed, with change signals.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    static constexpr int kMaxRecentFolders = 10;

    struct Keys
    {
        static QString recentFolders() { return QStringLiteral("folders/recent"); }
        static QString reopenLastFolder() { return QStringLiteral("folders/reopenLast"); }
        static QString themeName() { return QStringLiteral("view/theme"); }
        static QString windowGeometry() { return QStringLiteral("window/geometry"); }
        static QString windowState() { return QStringLiteral("window/state"); }
        static QString maxFileMegabytes() { return QStringLiteral("folders/maxFileMegabytes"); }
        static QString textZoom() { return QStringLiteral("view/textZoom"); }
        static QString linkedPanes() { return QStringLiteral("view/linkedPanes"); }
        static QString language() { return QStringLiteral("view/language"); }
        static QString feedMinutes() { return QStringLiteral("web/feedMinutes"); }
        /// The desk of one folder, under a key made from the folder's path.
        static QString folderDesk(const QString& folder);
        static QString folderTeam(const QString& folder);
    };

    /// Uses the user's settings store (QSettings with the application's organisation and name).
    explicit Settings(QObject *parent = nullptr);
    /// Uses an INI file at @p fileName, for tests and portable setups.
    explicit Settings(const QString& fileName, QObject *parent = nullptr);
    ~Settings() override;

    /// Most recent first; folders are stored as absolute, clean paths.
    QStringList recentFolders() const;
    void addRecentFolder(const QString& folder);
    void removeRecentFolder(const QString& folder);
    void clearRecentFolders();
    /// The folder to reopen at start-up, or empty.
    QString lastFolder() const;

    bool reopenLastFolder() const;
    void setReopenLastFolder(bool reopen);

    /// Name of the KSyntaxHighlighting theme; empty means "follow the palette".
    QString themeName() const;
    void setThemeName(const QString& name);

    /// Files larger than this are reported instead of read (default 20 MB).
    int maxFileMegabytes() const;
    void setMaxFileMegabytes(int megabytes);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowLayout(const QByteArray& geometry, const QByteArray& state);

    /// Text size of the reading panes in steps from the default (Ctrl+Plus/Minus), -6 to 12.
    int textZoom() const;
    void setTextZoom(int steps);
    /// How often the open folder's feeds are checked, in minutes (0 to 1440); 0: only when asked.
    int feedMinutes() const;
    void setFeedMinutes(int minutes);
    /// The language of the interface ("de", "zh_CN", "en"); empty follows the system's locale.
    QString language() const;
    void setLanguage(const QString& language);
    /// The locale the interface uses: the chosen language, or the system's.
    QLocale locale() const;

    /// Whether moving in one pane scrolls the others to their matching sentences.
    bool linkedPanes() const;
    void setLinkedPanes(bool linked);

    /// How the desk looked when @p folder was last closed: window state, the panes' articles and
    /// scroll positions. Empty when the folder was never opened.
    QVariantMap folderDesk(const QString& folder) const;
    void setFolderDesk(const QString& folder, const QVariantMap& desk);
    /// The team server a folder syncs with (a postgresql:// address, never a password); empty: none.
    QString folderTeam(const QString& folder) const;
    void setFolderTeam(const QString& folder, const QString& uri);

    void sync();

Q_SIGNALS:
    void recentFoldersChanged(const QStringList& folders);
    void themeNameChanged(const QString& name);

private:
    void setRecentFolders(const QStringList& folders);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Crosscheck::Core

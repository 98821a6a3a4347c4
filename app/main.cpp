#include "addcommand.h"
#include "analyzecommand.h"
#include "synccommand.h"
#include "deskcontroller.h"
#include "exportcommand.h"
#include "focusframestyle.h"
#include "mainwindow.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

namespace {

// Saves a picture of the window once the folder has loaded, then quits: used to check what the
// window shows on machines without a screen and to make the documentation's screenshots.
void scheduleScreenshot(Crosscheck::Ui::MainWindow& window, const QString& path, bool waitForFolder)
{
    auto shoot = [&window, path] {
        QTimer::singleShot(100, &window, [&window, path] {
            const bool ok = window.grab().save(path);
            std::fprintf(ok ? stdout : stderr, "%s %s\n",
                         ok ? "screenshot saved to" : "could not save screenshot to",
                         qUtf8Printable(QDir::toNativeSeparators(path)));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    };
    if (waitForFolder)
        QObject::connect(&window, &Crosscheck::Ui::MainWindow::namesRecognized, &window, shoot);
    else
        shoot();
}

} // namespace

static void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Crosscheck"));
    QCoreApplication::setApplicationName(QStringLiteral("Crosscheck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSCHECK_VERSION));
}

// The interface speaks the language chosen in View › Language, or the system's; so do the commands.
struct Translators
{
    explicit Translators(const Crosscheck::Core::Settings& settings)
    {
        const QLocale locale = settings.locale();
        QLocale::setDefault(locale);
        if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        // A language without a translation (or the C locale) reads the English source strings, whose
        // plural forms ("1 article", "2 articles") come from the English plurals file.
        if (own.load(locale, QStringLiteral("crosscheck"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
            own.load(QStringLiteral(":/i18n/crosscheck_en")))
            QCoreApplication::installTranslator(&own);
    }
    Q_DISABLE_COPY_MOVE(Translators)
    ~Translators() = default;

    QTranslator qt;
    QTranslator own;
};

namespace {

bool isWindowlessCommand(const char *arg)
{
    return qstrcmp(arg, "analyze") == 0 || qstrcmp(arg, "export") == 0 || qstrcmp(arg, "import") == 0 ||
           qstrcmp(arg, "add") == 0 || qstrcmp(arg, "sync") == 0;
}

// Commands that need no window run without a display.
int runWindowlessCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    // Messages in the user's language; the analysis document stays the same everywhere.
    const Crosscheck::Core::Settings settings;
    const std::optional<Translators> translators =
        qstrcmp(argv[1], "analyze") == 0 ? std::nullopt : std::make_optional<Translators>(settings);
    if (qstrcmp(argv[1], "add") == 0)
        return runAddCommand(QCoreApplication::arguments());
    if (qstrcmp(argv[1], "sync") == 0)
        return runSyncCommand(QCoreApplication::arguments());
    if (qstrcmp(argv[1], "export") == 0)
        return runExportCommand(QCoreApplication::arguments());
    if (qstrcmp(argv[1], "import") == 0)
        return runImportCommand(QCoreApplication::arguments());
    return runAnalyzeCommand(QCoreApplication::arguments());
}

// The window's options; made once the translators are installed, as their help is translated.
struct WindowOptions
{
    QCommandLineOption noRestore{QStringLiteral("no-restore"),
                                 QCoreApplication::translate("main", "Do not reopen the last folder.")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to FILE once the folder is open, then quit."),
        QCoreApplication::translate("main", "FILE")};
    QCommandLineOption sentence{
        QStringLiteral("sentence"),
        QCoreApplication::translate("main", "Open FILE (relative to the folder) at sentence N once the folder is read."),
        QCoreApplication::translate("main", "FILE:N")};
    QCommandLineOption panes{
        QStringLiteral("panes"),
        QCoreApplication::translate("main", "Show N reading panes (1 to 4) side by side, each with the next article."),
        QStringLiteral("N")};
    QCommandLineOption dark{QStringLiteral("dark"),
                            QCoreApplication::translate("main", "Use a dark palette whatever the desktop's.")};
    QCommandLineOption search{QStringLiteral("search"),
                              QCoreApplication::translate("main", "Search the folder for WORDS once it is read."),
                              QStringLiteral("WORDS")};
    QCommandLineOption size{QStringLiteral("size"), QCoreApplication::translate("main", "Window size, as WIDTHxHEIGHT."),
                            QStringLiteral("WxH")};
};

void describe(QCommandLineParser& parser, const WindowOptions& o)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Read how several outlets covered the same story, side by side."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("main",
                                    "Work without a window: analyze FOLDER prints the analysis as JSON, export "
                                    "FOLDER writes its annotations (Markdown, HTML, CSV, JSON-LD, REFI-QDA), import "
                                    "FOLDER FILE reads W3C annotations into it, add FOLDER URL… saves web pages "
                                    "(or a feed's items) into it, sync FOLDER --server URI keeps its annotations in step with a "
                                    "team's server. Each has --help."),
        QStringLiteral("[analyze|export|import|add|sync]"));
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 QCoreApplication::translate("main", "Folder of articles to open."),
                                 QStringLiteral("[FOLDER]"));
    parser.addOptions({o.noRestore, o.screenshot, o.sentence, o.panes, o.dark, o.search, o.size});
}

void useDarkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x33, 0x35, 0x3a));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::ToolTipBase, QColor(0x33, 0x35, 0x3a));
    palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    QApplication::setPalette(palette);
}

// What the options ask of the window: its size, panes, a search or a sentence once the folder is
// read, a screenshot.
void followOptions(Crosscheck::Ui::MainWindow& window, const QCommandLineParser& parser, const WindowOptions& o,
                   bool folderGiven)
{
    using Crosscheck::Ui::MainWindow;
    if (parser.isSet(o.size)) {
        const QStringList wh = parser.value(o.size).split(u'x');
        if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }
    if (parser.isSet(o.panes)) {
        QObject::connect(&window, &MainWindow::folderLoaded, &window,
                         [&window, n = parser.value(o.panes).toInt()] { window.deskController()->showPanes(n); });
    }
    if (parser.isSet(o.search)) {
        QObject::connect(&window, &MainWindow::namesRecognized, &window,
                         [&window, words = parser.value(o.search)] { window.search(words); });
    }
    if (parser.isSet(o.sentence)) {
        const QString spec = parser.value(o.sentence);
        const qsizetype colon = spec.lastIndexOf(u':');
        QObject::connect(&window, &MainWindow::namesRecognized, &window,
                         [&window, file = spec.left(colon), n = spec.sliced(colon + 1).toInt()] {
                             window.deskController()->showSentence(file, n);
                         });
    }
    if (parser.isSet(o.screenshot))
        scheduleScreenshot(window, QFileInfo(parser.value(o.screenshot)).absoluteFilePath(), folderGiven);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && isWindowlessCommand(argv[1]))
        return runWindowlessCommand(argc, argv);

    // --help and --version answer without a display too: a window could not open without one.
    const bool onlyText = std::any_of(argv + 1, argv + argc, [](const char *arg) {
        return qstrcmp(arg, "-h") == 0 || qstrcmp(arg, "--help") == 0 || qstrcmp(arg, "--help-all") == 0 ||
               qstrcmp(arg, "-v") == 0 || qstrcmp(arg, "--version") == 0;
    });
    const std::unique_ptr<QCoreApplication> app =
        onlyText ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    setApplicationNames();
    Crosscheck::Core::Settings settings;
    const Translators translators(settings);
    QCommandLineParser parser;
    const WindowOptions options;
    describe(parser, options);
    parser.process(*app); // exits after printing help or the version

    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(CROSSCHECK_APP_ID),
                                                 QIcon(QStringLiteral(":/crosscheck/icons/crosscheck.svg"))));
    QApplication::setApplicationDisplayName(QStringLiteral("Crosscheck"));
    QGuiApplication::setDesktopFileName(QStringLiteral(CROSSCHECK_APP_ID));

    const QStringList args = parser.positionalArguments();
    if (args.size() > 1) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate("main", "Give at most one folder.")));
        return 2;
    }

    // The style shows where the keyboard focus is (see FocusFrameStyle).
    Crosscheck::Ui::FocusFrameStyle::install(parser.isSet(options.dark) ? QStringLiteral("Fusion") : QString());
    if (parser.isSet(options.dark))
        useDarkPalette();

    Crosscheck::Ui::MainWindow window(&settings);
    QString folder = args.isEmpty() ? QString() : args.first();
    if (folder.isEmpty() && !parser.isSet(options.noRestore) && settings.reopenLastFolder())
        folder = settings.lastFolder();
    followOptions(window, parser, options, !folder.isEmpty());

    window.show();
    if (!folder.isEmpty())
        window.openFolder(folder);
    return QApplication::exec();
}

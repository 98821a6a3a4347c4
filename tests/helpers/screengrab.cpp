// Saves the whole X screen as a PNG: tools/walkthrough's camera. Usage: screengrab OUT.png
// (DISPLAY names the X server; the xcb platform is used, so it sees what a user would see,
// window manager and all).

#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "xcb");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: screengrab OUT.png\n");
        return 2;
    }
    QScreen *screen = QGuiApplication::primaryScreen();
    const QPixmap shot = screen ? screen->grabWindow(0) : QPixmap();
    if (shot.isNull() || !shot.save(args[1], "PNG")) {
        std::fprintf(stderr, "screengrab: could not grab the screen into %s\n", qPrintable(args[1]));
        return 1;
    }
    return 0;
}

// One application object for every target: HTML conversion needs QGuiApplication (fonts), run
// under the offscreen platform so that no display is needed.
#include "fuzzsupport.h"

#include <QGuiApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.info=false;*.warning=false");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

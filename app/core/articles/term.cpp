#include "term.h"

#include <QHash>
#include <QMutex>

namespace Crosscheck::Core {

const QString *Term::intern(const QString& text)
{
    if (text.isEmpty())
        return nullptr;
    static QMutex mutex;
    static QHash<QString, const QString *> texts;
    const QMutexLocker lock(&mutex);
    const QString *&held = texts[text];
    if (!held)
        held = new QString(text); // kept for the program's life: mentions point at it
    return held;
}

const QString& Term::empty()
{
    static const QString none;
    return none;
}

} // namespace Crosscheck::Core

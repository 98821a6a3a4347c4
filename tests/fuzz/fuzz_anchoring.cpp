// Two texts and a range in: an annotation described on the first text is placed again in the
// second (as when a file changed on disk); the placement must lie inside the second text, and
// on an unchanged text it must be exactly where it was.
#include "fuzzsupport.h"

#include "store/anchoring.h"

using namespace Crosscheck;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    const QByteArray input = Fuzz::bytes(data + 4, size - 4);
    const qsizetype cut = input.indexOf('\0');
    const QString before = QString::fromUtf8(cut < 0 ? input : input.left(cut));
    const QString after = cut < 0 ? before : QString::fromUtf8(input.mid(cut + 1));
    if (before.isEmpty())
        return 0;
    const qsizetype start = (data[0] | data[1] << 8) % before.size();
    qsizetype end = start + 1 + (data[2] | data[3] << 8) % (before.size() - start);
    // Never cut a surrogate pair: an annotation covers whole characters.
    if (before[start].isLowSurrogate() || (end < before.size() && before[end].isLowSurrogate()))
        return 0;
    Core::Annotation annotation;
    Core::Anchoring::describe(annotation, before, start, end);
    const auto same = Core::Anchoring::locate(annotation, before);
    CROSSCHECK_FUZZ_CHECK(same && same->start == start && same->end == end);
    if (const auto placed = Core::Anchoring::locate(annotation, after))
        CROSSCHECK_FUZZ_CHECK(placed->start >= 0 && placed->start <= placed->end && placed->end <= after.size());
    return 0;
}

// Text in: sentences must lie inside the text, in order, without overlapping.
#include "fuzzsupport.h"

#include "articles/sentencesegmenter.h"

using namespace Crosscheck;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    qsizetype last = 0;
    for (const Core::Sentence& s : Core::SentenceSegmenter::split(text)) {
        CROSSCHECK_FUZZ_CHECK(s.start >= last && s.start < s.end && s.end <= text.size());
        last = s.end;
    }
    return 0;
}

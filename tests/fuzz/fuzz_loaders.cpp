// Bytes in, as a file of each kind the folder loader reads: the first byte picks the kind.
#include "fuzzsupport.h"

#include "articles/articlereader.h"

#include <iterator>
#include <variant>

using namespace Crosscheck;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const char *const names[] = {"a.txt", "a.md", "a.html", "a.pdf", "a.htm", "a.markdown"};
    const QString name = QString::fromLatin1(names[data[0] % std::size(names)]);
    const auto result = Core::ArticleReader::fromBytes(Fuzz::bytes(data + 1, size - 1), u"/fuzz/"_s + name, name);
    if (const auto *article = std::get_if<Core::Article>(&result)) {
        qsizetype last = 0;
        for (const Core::Sentence& s : article->sentences) {
            CROSSCHECK_FUZZ_CHECK(s.start >= last && s.start <= s.end && s.end <= article->text.size());
            last = s.end;
        }
        for (const Core::Mention& m : article->mentions)
            CROSSCHECK_FUZZ_CHECK(m.start >= 0 && m.start < m.end && m.end <= article->text.size());
    }
    return 0;
}

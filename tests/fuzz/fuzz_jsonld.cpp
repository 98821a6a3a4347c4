// JSON-LD in, as File › Import reads it: either annotations or an error, never a crash.
#include "fuzzsupport.h"

#include "export/exporter.h"

using namespace Crosscheck;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto annotations = Core::Exporter::importJsonLd(Fuzz::bytes(data, size), &error);
    CROSSCHECK_FUZZ_CHECK(annotations.has_value() || !error.isEmpty());
    return 0;
}

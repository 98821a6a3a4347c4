// A small folder in: the input is cut at each record separator (0x1E) into up to four files (.txt, .html, .md,
// .txt) and the whole analysis runs on them, as `crosscheck analyze` would.
#include "fuzzsupport.h"

#include "analysis/analysisreport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <iterator>

using namespace Crosscheck;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"a.txt", "b.html", "c.md", "d.txt"};
    const QList<QByteArray> parts = Fuzz::bytes(data, size).split('\x1e');
    QTemporaryDir folder;
    CROSSCHECK_FUZZ_CHECK(folder.isValid());
    for (qsizetype i = 0; i < parts.size() && i < qsizetype(std::size(names)); ++i) {
        QFile file(folder.filePath(QString::fromLatin1(names[i])));
        CROSSCHECK_FUZZ_CHECK(file.open(QIODevice::WriteOnly));
        file.write(parts[i]);
    }
    QString error;
    const auto analysis = Core::AnalysisReport::analyzeFolder(folder.path(), &error);
    CROSSCHECK_FUZZ_CHECK(analysis.has_value());
    const QJsonObject json = Core::AnalysisReport::toJson(*analysis);
    CROSSCHECK_FUZZ_CHECK(!json.isEmpty());
    return 0;
}

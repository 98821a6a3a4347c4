// Calibrates the aligner's paraphrase score on the MSRP training pairs: logistic regression over
// the pair features (app/core/alignment/sentencefeatures.h), trained on the first 75% of the file,
// threshold chosen on that part, and evaluated on the last 25%, which it never saw.
// Usage: calibrate_alignment MSRP_TRAIN_FILE
// Prints the weights (as Aligner::Weights uses them) and accuracy/F1 on both parts.

#include "alignment/sentencefeatures.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>
#include <cstdio>

using namespace Crosscheck::Core;

namespace {
struct Example
{
    QList<double> x;
    int label;
};

double sigmoid(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

double score(const QList<double>& w, const QList<double>& x)
{
    double z = w[0];
    for (int i = 0; i < x.size(); ++i)
        z += w[i + 1] * x[i];
    return sigmoid(z);
}

void report(const char *label, const QList<Example>& data, const QList<double>& w, double threshold)
{
    int tp = 0, fp = 0, fn = 0, right = 0;
    for (const Example& e : data) {
        const int predicted = score(w, e.x) >= threshold ? 1 : 0;
        right += predicted == e.label ? 1 : 0;
        tp += predicted && e.label;
        fp += predicted && !e.label;
        fn += !predicted && e.label;
    }
    const double precision = tp / double(std::max(1, tp + fp)), recall = tp / double(std::max(1, tp + fn));
    std::printf("%s: %lld pairs, accuracy %.1f%%, F1 %.1f (precision %.3f, recall %.3f)\n", label,
                qlonglong(data.size()), 100.0 * right / data.size(),
                100.0 * 2 * precision * recall / (precision + recall), precision, recall);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    QList<QStringList> rows;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QStringList f = QString::fromUtf8(line).trimmed().split(u'\t');
        if (f.size() == 5 && (f[0] == u"0" || f[0] == u"1"))
            rows.append(f);
    }
    FeatureExtractor extractor;
    QHash<QString, SentenceFeatures> features;
    for (const QStringList& r : rows) {
        for (int c : {3, 4}) {
            if (!features.contains(r[c])) {
                const SentenceFeatures f = extractor.extract(r[c]);
                extractor.count(f);
                features.insert(r[c], f);
            }
        }
    }
    QList<Example> data;
    for (const QStringList& r : rows)
        data.append({pairFeatures(features[r[3]], features[r[4]], extractor).values(), r[0].toInt()});
    const qsizetype split = data.size() * 3 / 4;
    const QList<Example> train = data.mid(0, split), heldOut = data.mid(split);

    const int dims = int(train.first().x.size());
    QList<double> w(dims + 1, 0.0);
    for (int epoch = 0; epoch < 8000; ++epoch) {
        QList<double> grad(dims + 1, 0.0);
        for (const Example& e : train) {
            const double err = score(w, e.x) - e.label;
            grad[0] += err;
            for (int i = 0; i < dims; ++i)
                grad[i + 1] += err * e.x[i];
        }
        for (int i = 0; i <= dims; ++i)
            w[i] -= 1.0 * (grad[i] / train.size() + (i > 0 ? 1e-4 * w[i] : 0));
    }
    double best = 0.5, bestAccuracy = 0;
    for (double t = 0.2; t <= 0.8; t += 0.01) {
        int right = 0;
        for (const Example& e : train)
            right += (score(w, e.x) >= t ? 1 : 0) == e.label ? 1 : 0;
        if (right > bestAccuracy) {
            bestAccuracy = right;
            best = t;
        }
    }
    std::printf("weights (bias, cosine, containment, order, names, figures, figureClash, lengthRatio, "
                "bigrams, jaccard):\n  {");
    for (int i = 0; i <= dims; ++i)
        std::printf("%s%.4f", i ? ", " : "", w[i]);
    std::printf("}\nthreshold %.2f\n", best);
    report("training part (first 75%)", train, w, best);
    report("held-out part (last 25%)", heldOut, w, best);
    return 0;
}

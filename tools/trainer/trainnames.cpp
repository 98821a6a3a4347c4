// Trains the name model shipped in resources/models/names.model and prints its scores.
// Usage: crosscheck-train-names --gum DIR [--conll FILE] [--out FILE] [--epochs N] [--seed S]
#include "recognition/nametrainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace Crosscheck::Core;

namespace {

void print(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QString describe(const NameTrainer::Counts& c)
{
    return QStringLiteral("P %1  R %2  F1 %3  (gold %4)")
        .arg(c.precision(), 0, 'f', 3)
        .arg(c.recall(), 0, 'f', 3)
        .arg(c.f1(), 0, 'f', 3)
        .arg(c.truePositives + c.falseNegatives);
}

void report(const QString& what, const NameTagger& tagger, const QList<NameTrainer::Document>& docs)
{
    if (docs.isEmpty())
        return;
    const NameTrainer::Score s = NameTrainer::evaluate(tagger, docs);
    print(QStringLiteral("%1 (%2 documents), exact spans:").arg(what).arg(docs.size()));
    print(QStringLiteral("  overall       ") + describe(s.overall));
    print(QStringLiteral("  span only     ") + describe(s.spans));
    print(QStringLiteral("  person        ") + describe(s.person));
    print(QStringLiteral("  organization  ") + describe(s.organization));
    print(QStringLiteral("  place         ") + describe(s.place));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Trains Crosscheck's name model."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("gum"), QStringLiteral("GUM corpus folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("conll"), QStringLiteral("CoNLL IO file (wikigold); every fifth document is held out."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where to write the model."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("epochs"), QStringLiteral("Training passes."), QStringLiteral("N"),
                      QStringLiteral("12")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Shuffling seed."), QStringLiteral("S"),
                      QStringLiteral("20261130")});
    parser.addOption({QStringLiteral("model"), QStringLiteral("Score this saved model instead of training one."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("with-dev"),
                      QStringLiteral("Train on GUM dev too (for the shipped model, once settings are chosen).")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("gum"))) {
        print(QStringLiteral("--gum DIR is required"));
        return 2;
    }
    const QString gum = parser.value(QStringLiteral("gum"));
    QString error;
    QList<NameTrainer::Document> train =
        NameTrainer::readGum(gum, NameTrainer::gumSplit(gum, QStringLiteral("train")), &error);
    const QList<NameTrainer::Document> dev =
        NameTrainer::readGum(gum, NameTrainer::gumSplit(gum, QStringLiteral("dev")), &error);
    const QList<NameTrainer::Document> test =
        NameTrainer::readGum(gum, NameTrainer::gumSplit(gum, QStringLiteral("test")), &error);
    if (train.isEmpty()) {
        print(QStringLiteral("cannot read GUM: ") + error);
        return 1;
    }
    if (parser.isSet(QStringLiteral("with-dev")))
        train += dev;
    QList<NameTrainer::Document> heldOut;
    if (parser.isSet(QStringLiteral("conll"))) {
        const QList<NameTrainer::Document> conll = NameTrainer::readConll(parser.value(QStringLiteral("conll")), &error);
        if (conll.isEmpty()) {
            print(QStringLiteral("cannot read the CoNLL file: ") + error);
            return 1;
        }
        for (int i = 0; i < conll.size(); ++i)
            (i % 5 == 0 ? heldOut : train).append(conll[i]);
    }
    int names = 0;
    for (const auto& d : train)
        names += int(d.names.size());
    print(QStringLiteral("training on %1 documents, %2 names").arg(train.size()).arg(names));
    if (parser.isSet(QStringLiteral("model"))) {
        QFile file(parser.value(QStringLiteral("model")));
        if (!file.open(QIODevice::ReadOnly)) {
            print(file.fileName() + QStringLiteral(": ") + file.errorString());
            return 1;
        }
        const auto saved = NameTagger::fromBytes(file.readAll(), &error);
        if (!saved) {
            print(file.fileName() + QStringLiteral(": ") + error);
            return 1;
        }
        report(QStringLiteral("GUM dev"), *saved, dev);
        report(QStringLiteral("GUM test"), *saved, test);
        report(QStringLiteral("wikigold held out"), *saved, heldOut);
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    const NameTagger tagger = NameTrainer::train(
        train, parser.value(QStringLiteral("epochs")).toInt(), parser.value(QStringLiteral("seed")).toUInt(),
        [](int epoch, double accuracy) {
            print(QStringLiteral("epoch %1: token accuracy on the training data %2").arg(epoch).arg(accuracy, 0, 'f', 4));
        });
    print(QStringLiteral("trained in %1 s, %2 features").arg(timer.elapsed() / 1000.0, 0, 'f', 1).arg(tagger.featureCount()));
    report(QStringLiteral("GUM dev"), tagger, dev);
    report(QStringLiteral("GUM test"), tagger, test);
    report(QStringLiteral("wikigold held out"), tagger, heldOut);
    if (parser.isSet(QStringLiteral("out"))) {
        QSaveFile out(parser.value(QStringLiteral("out")));
        const QByteArray bytes = tagger.toBytes();
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            print(QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString()));
            return 1;
        }
        print(QStringLiteral("wrote %1 (%2 bytes)").arg(out.fileName()).arg(bytes.size()));
    }
    return 0;
}

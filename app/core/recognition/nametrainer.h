#pragma once

#include "articles/article.h"
#include "nametagger.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace Crosscheck::Core {

/// Trains and scores NameTagger models on annotated documents (GUM, CoNLL-style files).
class NameTrainer
{
public:
    struct Name
    {
        qsizetype start = 0;
        qsizetype end = 0;
        MentionKind kind = MentionKind::Person;
        bool byIdentity = false; ///< named for its Wikipedia identity, not for a proper noun first
    };
    /// One annotated document: its text, its sentences, and its names (no two overlap).
    struct Document
    {
        QString id;
        QString text;
        QList<TextRange> sentences;
        QList<Name> names;
    };
    struct Counts
    {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        double precision() const;
        double recall() const;
        double f1() const;
    };
    struct Score
    {
        Counts overall; ///< exact span and kind
        Counts spans;   ///< exact span, any kind
        Counts person, organization, place;
    };

    /// The document names of one split ("train", "dev", "test") in GUM's splits.md.
    static QSet<QString> gumSplit(const QString& gumDir, const QString& split);
    /// GUM documents (text/ one sentence a line, gum_entities.tsv), only those in @p only when it is
    /// not empty. Names are the person, organisation and place mentions headed by a proper noun,
    /// without a leading "the", an abbreviated honorific or a possessive; the outermost wins.
    static QList<Document> readGum(const QString& gumDir, const QSet<QString>& only, QString *error);
    /// A CoNLL file of token-tag lines (IO or BIO; PER, ORG, LOC; MISC is not a name here),
    /// "-DOCSTART-" between documents, blank lines between sentences.
    static QList<Document> readConll(const QString& path, QString *error);

    /// Averaged perceptron training, @p epochs passes in an order shuffled from @p seed.
    static NameTagger train(const QList<Document>& documents, int epochs, quint32 seed,
                            const std::function<void(int epoch, double trainAccuracy)>& progress = {});
    /// Exact-span precision, recall and F1 of @p tagger on @p documents.
    static Score evaluate(const NameTagger& tagger, const QList<Document>& documents);
};

} // namespace Crosscheck::Core

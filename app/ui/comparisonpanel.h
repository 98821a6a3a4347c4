#pragma once

#include "analysis/folderrecognizer.h"

#include <QWidget>

class QTextBrowser;

namespace Crosscheck::Core {
class ArticleListModel;
}

namespace Crosscheck::Ui {

/// For the sentence at the cursor: what every other article says about the same fact (its best
/// matching sentence with the score, words it does not share marked, differing figures in red),
/// or "not reported"; the discrepancies of the claim come first. A click opens that sentence.
class ComparisonPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonPanel)

public:
    ComparisonPanel(const Core::ArticleListModel *model, QWidget *parent = nullptr);

    void setInsight(const Core::FolderInsight& insight);
    /// Shows the comparison for sentence @p sentence of the article at @p path (-1: none).
    void showSentence(const QString& path, int sentence);
    QString html() const;
    QTextBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    void sentenceActivated(const QString& path, int sentence);
    /// Show the two sentences of a disagreement side by side.
    void sideBySideRequested(const QString& pathA, int sentenceA, const QString& pathB, int sentenceB);
    /// The user dismissed a disagreement: its DiscrepancyFinder::key() and its note.
    void discrepancyDismissed(const QString& key, const QString& note);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    const Core::ArticleListModel *m_model;
    QTextBrowser *m_browser;
    Core::FolderInsight m_insight;
    QString m_path;
    int m_sentence = -1;
};

} // namespace Crosscheck::Ui

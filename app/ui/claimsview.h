#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace Crosscheck::Core {
class ClaimModel;
}

namespace Crosscheck::Ui {

/// The coverage matrix: claims down, articles across, a dot where an article carries a claim
/// (red where its figures disagree). Claims most sources carry come first; a click on a dot opens
/// that article at the sentence.
class ClaimsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimsView)

public:
    ClaimsView(Core::ClaimModel *model, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    /// The line under the table that says what each colour of dot means.
    QLabel *legend() const { return m_legend; }

Q_SIGNALS:
    void sentenceActivated(const QString& path, int sentence);
    /// The user asked to tag the claim in @p row.
    void tagRequested(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLegend();

    QTableView *m_table;
    QLabel *m_legend;
};

} // namespace Crosscheck::Ui

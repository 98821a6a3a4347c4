#pragma once

#include <QWidget>

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

Q_SIGNALS:
    void sentenceActivated(const QString& path, int sentence);
    /// The user asked to tag the claim in @p row.
    void tagRequested(int row);

private:
    QTableView *m_table;
};

} // namespace Crosscheck::Ui

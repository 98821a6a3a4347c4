#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QWidget>

class QSplitter;

namespace KSyntaxHighlighting {
class Definition;
class Theme;
} // namespace KSyntaxHighlighting

namespace Crosscheck::Ui {

class ReadingView;

/// The reading panes side by side: one to four articles at once, one of them active (the one
/// the keyboard, the folder list and the comparison panel act on).
class ReadingDesk final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingDesk)

public:
    static constexpr int kMaxPanes = 4;

    ReadingDesk(const KSyntaxHighlighting::Definition& definition, QWidget *parent = nullptr);
    ~ReadingDesk() override;

    ReadingView *activeView() const { return m_active; }
    const QList<ReadingView *>& views() const { return m_views; }
    int count() const { return int(m_views.size()); }
    int indexOf(ReadingView *view) const { return int(m_views.indexOf(view)); }

    /// Adds a pane after the active one and makes it active; nullptr when four are open.
    ReadingView *addPane();
    /// Closes @p view unless it is the last pane.
    void closePane(ReadingView *view);
    /// Keeps the first @p count panes (at least one).
    void setPaneCount(int count);
    void setActiveView(ReadingView *view);
    /// The pane after the active one, wrapping around (the active one when it is alone).
    ReadingView *nextView() const;

    void setTheme(const KSyntaxHighlighting::Theme& theme);
    void setTextZoom(int steps);
    int textZoom() const { return m_zoom; }
    QSplitter *splitter() const { return m_splitter; }

Q_SIGNALS:
    void paneAdded(Crosscheck::Ui::ReadingView *view);
    /// @p view is about to be deleted.
    void paneClosing(Crosscheck::Ui::ReadingView *view);
    void activeViewChanged(Crosscheck::Ui::ReadingView *view);
    void articleDropped(Crosscheck::Ui::ReadingView *view, const QString& relativePath);

private:
    void updateCloseButtons();

    KSyntaxHighlighting::Definition m_definition;
    QSplitter *m_splitter;
    QList<ReadingView *> m_views;
    ReadingView *m_active = nullptr;
    KSyntaxHighlighting::Theme m_theme;
    int m_zoom = 0;
};

} // namespace Crosscheck::Ui

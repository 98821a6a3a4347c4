#include "readingdesk.h"

#include "readingview.h"

#include <KSyntaxHighlighting/Theme>

#include <QSplitter>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

ReadingDesk::ReadingDesk(const KSyntaxHighlighting::Definition& definition, QWidget *parent)
    : QWidget(parent)
    , m_definition(definition)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_splitter->setObjectName(QStringLiteral("deskSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setAccessibleName(tr("Reading panes"));
    addPane();
}

ReadingDesk::~ReadingDesk() = default;

ReadingView *ReadingDesk::addPane()
{
    if (m_views.size() >= kMaxPanes)
        return nullptr;
    auto *view = new ReadingView(m_definition, m_splitter);
    view->setAccessibleName(tr("Reading pane %1").arg(m_views.size() + 1));
    view->setMinimumWidth(240);
    const int at = m_active ? int(m_views.indexOf(m_active)) + 1 : int(m_views.size());
    m_views.insert(at, view);
    m_splitter->insertWidget(at, view);
    // New panes share the width evenly.
    m_splitter->setSizes(QList<int>(m_views.size(), std::max(1, m_splitter->width() / int(m_views.size()))));
    if (m_theme.isValid())
        view->setTheme(m_theme);
    view->setTextZoom(m_zoom);
    connect(view, &ReadingView::activated, this, [this, view] { setActiveView(view); });
    connect(view, &ReadingView::closeRequested, this, [this, view] { closePane(view); });
    connect(view, &ReadingView::articleDropped, this,
            [this, view](const QString& path) { Q_EMIT articleDropped(view, path); });
    updateCloseButtons();
    Q_EMIT paneAdded(view);
    setActiveView(view);
    return view;
}

void ReadingDesk::closePane(ReadingView *view)
{
    if (m_views.size() <= 1 || !m_views.contains(view))
        return;
    const int index = int(m_views.indexOf(view));
    Q_EMIT paneClosing(view);
    m_views.removeAt(index);
    if (m_active == view) {
        m_active = nullptr;
        setActiveView(m_views[std::min(index, int(m_views.size()) - 1)]);
    }
    view->hide();
    view->deleteLater();
    updateCloseButtons();
}

void ReadingDesk::setPaneCount(int count)
{
    count = std::clamp(count, 1, int(kMaxPanes));
    while (m_views.size() > count)
        closePane(m_views.last());
    while (m_views.size() < count) {
        setActiveView(m_views.last());
        addPane();
    }
}

void ReadingDesk::setActiveView(ReadingView *view)
{
    if (view == m_active || !m_views.contains(view))
        return;
    m_active = view;
    for (ReadingView *v : std::as_const(m_views))
        v->setActive(v == view && m_views.size() > 1);
    Q_EMIT activeViewChanged(view);
}

ReadingView *ReadingDesk::nextView() const
{
    if (!m_active)
        return nullptr;
    return m_views[(m_views.indexOf(m_active) + 1) % m_views.size()];
}

void ReadingDesk::setTheme(const KSyntaxHighlighting::Theme& theme)
{
    m_theme = theme;
    for (ReadingView *view : std::as_const(m_views))
        view->setTheme(theme);
}

void ReadingDesk::setTextZoom(int steps)
{
    m_zoom = steps;
    for (ReadingView *view : std::as_const(m_views))
        view->setTextZoom(steps);
}

void ReadingDesk::updateCloseButtons()
{
    for (ReadingView *view : std::as_const(m_views)) {
        view->setCloseable(m_views.size() > 1);
        view->setActive(view == m_active && m_views.size() > 1);
    }
}

} // namespace Crosscheck::Ui

#include "deskcontroller.h"

#include "annotationcontroller.h"
#include "articles/articlelistmodel.h"
#include "articles/codepointmap.h"
#include "readingdesk.h"
#include "readingview.h"
#include "analysis/folderrecognizer.h"
#include "settings/settings.h"
#include "store/annotationstore.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSplitter>

#include <memory>

namespace Crosscheck::Ui {

using namespace Qt::StringLiterals;

DeskController::DeskController(ReadingDesk *desk, Core::ArticleListModel *model,
                               AnnotationController *annotations, Core::Settings *settings, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_model(model)
    , m_annotations(annotations)
    , m_settings(settings)
{
    setupActions();
    for (ReadingView *view : m_desk->views())
        wirePane(view);
    connect(m_desk, &ReadingDesk::paneAdded, this, &DeskController::wirePane);
    connect(m_desk, &ReadingDesk::paneClosing, m_annotations, &AnnotationController::removeReader);
    connect(m_desk, &ReadingDesk::activeViewChanged, this, &DeskController::onActiveViewChanged);
    connect(m_desk, &ReadingDesk::articleDropped, this, &DeskController::openInPane);
    m_desk->setTextZoom(m_settings->textZoom());
}

DeskController::~DeskController() = default;

void DeskController::setupActions()
{
    m_addPane = new QAction(
        QIcon::fromTheme(u"view-split-left-right"_s, QIcon(u":/crosscheck/icons/actions/pane-add.svg"_s)),
        tr("&Add Pane"), this);
    m_addPane->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_addPane, &QAction::triggered, this, [this] {
        if (!addPaneWithNextArticle())
            Q_EMIT notified(tr("At most %1 panes fit side by side.").arg(ReadingDesk::kMaxPanes), 4000);
    });
    m_closePane =
        new QAction(QIcon::fromTheme(u"view-close"_s, QIcon(u":/crosscheck/icons/actions/pane-close.svg"_s)),
                    tr("&Close Pane"), this);
    m_closePane->setShortcut(QKeySequence::Close);
    connect(m_closePane, &QAction::triggered, this, [this] { m_desk->closePane(activeView()); });
    m_nextPane = new QAction(tr("&Next Pane"), this);
    m_nextPane->setShortcuts({QKeySequence(Qt::Key_F6), QKeySequence::NextChild});
    connect(m_nextPane, &QAction::triggered, this, [this] {
        ReadingView *next = m_desk->nextView();
        m_desk->setActiveView(next);
        next->textEdit()->setFocus(Qt::TabFocusReason);
    });
    m_linkPanes =
        new QAction(QIcon::fromTheme(u"link"_s, QIcon(u":/crosscheck/icons/actions/panes-link.svg"_s)),
                    tr("&Link Panes"), this);
    m_linkPanes->setCheckable(true);
    m_linkPanes->setChecked(m_settings->linkedPanes());
    m_linkPanes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_linkPanes->setToolTip(tr("Moving in one pane scrolls the others to their matching sentences"));
    connect(m_linkPanes, &QAction::toggled, this, [this](bool on) {
        m_settings->setLinkedPanes(on);
        linkPanes();
    });

    auto *zoomIn = new QAction(QIcon::fromTheme(u"zoom-in"_s), tr("&Larger Text"), this);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(zoomIn, &QAction::triggered, this, [this] { setTextZoom(m_desk->textZoom() + 1); });
    auto *zoomOut = new QAction(QIcon::fromTheme(u"zoom-out"_s), tr("&Smaller Text"), this);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, this, [this] { setTextZoom(m_desk->textZoom() - 1); });
    auto *zoomReset = new QAction(QIcon::fromTheme(u"zoom-original"_s), tr("&Default Text Size"), this);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomReset, &QAction::triggered, this, [this] { setTextZoom(0); });
    m_zoomActions = {zoomIn, zoomOut, zoomReset};

    // Single keys move within the desk only, so they never fire while typing a note or a search.
    auto addGo = [this](const QString& text, const QKeySequence& key) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_desk->addAction(action);
        m_goActions.append(action);
        return action;
    };
    auto addMove = [this, addGo](const QString& text, const QKeySequence& key, ReadingView::Target target,
                                 bool forward) {
        connect(addGo(text, key), &QAction::triggered, this, [this, target, forward] {
            if (!activeView()->moveTo(target, forward))
                Q_EMIT notified(tr("Nothing further in this direction."), 2000);
        });
    };
    addMove(tr("Next &Sentence"), QKeySequence(Qt::Key_J), ReadingView::Target::Sentence, true);
    addMove(tr("&Previous Sentence"), QKeySequence(Qt::Key_K), ReadingView::Target::Sentence, false);
    addMove(tr("Next &Figure"), QKeySequence(Qt::Key_F), ReadingView::Target::Figure, true);
    addMove(tr("Previous F&igure"), QKeySequence(Qt::SHIFT | Qt::Key_F), ReadingView::Target::Figure, false);
    addMove(tr("Next &Annotation"), QKeySequence(Qt::Key_A), ReadingView::Target::Annotation, true);
    addMove(tr("Previous A&nnotation"), QKeySequence(Qt::SHIFT | Qt::Key_A), ReadingView::Target::Annotation,
            false);
    connect(addGo(tr("&Matching Sentence in Next Pane"), QKeySequence(Qt::Key_M)), &QAction::triggered, this,
            [this] {
                if (!goToMatchInNextPane())
                    Q_EMIT notified(tr("The next pane reports nothing matching this sentence."), 3000);
            });
}

ReadingView *DeskController::activeView() const
{
    return m_desk->activeView();
}

void DeskController::wirePane(ReadingView *view)
{
    m_annotations->addReader(view);
    connect(view->textEdit(), &QPlainTextEdit::cursorPositionChanged, this, [this, view] {
        if (view == activeView())
            onActiveCursorMoved();
    });
    view->textEdit()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view->textEdit(), &QWidget::customContextMenuRequested, this, [this, view](const QPoint& pos) {
        m_desk->setActiveView(view);
        std::unique_ptr<QMenu> menu(view->textEdit()->createStandardContextMenu(pos));
        menu->addSeparator();
        menu->addActions(m_annotations->colourActions());
        menu->addAction(m_annotations->tagAction());
        menu->addAction(m_annotations->noteAction());
        menu->addAction(m_annotations->deleteAction());
        QMenu *names = menu->addMenu(tr("N&ame"));
        names->addActions(m_annotations->nameActions());
        menu->exec(view->textEdit()->viewport()->mapToGlobal(pos));
    });
}

void DeskController::showArticleIn(ReadingView *view, const QString& relativePath)
{
    const Core::Article *article = m_model->articleAt(m_model->rowOfFile(relativePath));
    if (article && view->article().relativePath == article->relativePath &&
        view->article().textSha256 == article->textSha256)
        return;
    if (article)
        view->setArticle(*article);
    else
        view->clear();
    m_annotations->articleShown(view);
    if (view == activeView()) {
        Q_EMIT activeArticleChanged(view->article().relativePath);
        onActiveCursorMoved();
    } else {
        linkPanes();
    }
}

void DeskController::openInPane(ReadingView *view, const QString& relativePath)
{
    if (!view)
        view = activeView();
    m_desk->setActiveView(view);
    showArticleIn(view, relativePath);
    onActiveViewChanged(view);
}

void DeskController::showSentence(const QString& relativePath, int sentence)
{
    const Core::Article *article = m_model->articleAt(m_model->rowOfFile(relativePath));
    if (!article)
        return;
    ReadingView *target = activeView();
    for (ReadingView *view : m_desk->views()) {
        if (view->article().relativePath == relativePath)
            target = view;
    }
    openInPane(target, relativePath);
    if (sentence >= 0 && sentence < article->sentences.size())
        target->selectRange(article->sentences[sentence].start, article->sentences[sentence].end);
}

void DeskController::showSideBySide(const QString& pathA, int sentenceA, const QString& pathB, int sentenceB)
{
    const Core::Article *a = m_model->articleAt(m_model->rowOfFile(pathA));
    const Core::Article *b = m_model->articleAt(m_model->rowOfFile(pathB));
    if (!a || !b)
        return;
    if (m_desk->count() < 2)
        showPanes(2);
    ReadingView *viewA = activeView();
    ReadingView *viewB = nullptr;
    for (ReadingView *view : m_desk->views()) {
        if (view->article().relativePath == pathA)
            viewA = view;
    }
    for (ReadingView *view : m_desk->views()) {
        if (view != viewA && view->article().relativePath == pathB)
            viewB = view;
    }
    if (!viewB) {
        // The pane after A's, or the one before it when A's is the last.
        const QList<ReadingView *> views = m_desk->views();
        const qsizetype at = views.indexOf(viewA);
        viewB = views.value(at + 1 < views.size() ? at + 1 : at - 1);
    }
    // Both sentences stay selected: linked panes do not move B to A's best match meanwhile.
    const QScopedValueRollback placing(m_placingSideBySide, true);
    openInPane(viewA, pathA);
    if (sentenceA >= 0 && sentenceA < a->sentences.size())
        viewA->selectRange(a->sentences[sentenceA].start, a->sentences[sentenceA].end);
    showArticleIn(viewB, pathB);
    if (sentenceB >= 0 && sentenceB < b->sentences.size())
        viewB->selectRange(b->sentences[sentenceB].start, b->sentences[sentenceB].end);
    m_desk->setActiveView(viewA);
    viewA->textEdit()->setFocus(Qt::OtherFocusReason);
}

void DeskController::showAnnotation(const QString& articlePath, const QString& uuid)
{
    if (m_model->rowOfFile(articlePath) < 0)
        return;
    openInPane(activeView(), articlePath);
    const auto annotation = m_annotations->store()->annotation(uuid);
    if (!annotation || annotation->orphan)
        return;
    const QString& text = activeView()->article().text;
    const Core::CodePointMap map(text);
    activeView()->selectRange(map.toUtf16(annotation->start), map.toUtf16(annotation->end));
}

void DeskController::showPanes(int count)
{
    count = std::clamp(count, 1, int(ReadingDesk::kMaxPanes));
    while (m_desk->count() > count)
        m_desk->closePane(m_desk->views().last());
    while (m_desk->count() < count) {
        m_desk->setActiveView(m_desk->views().last());
        addPaneWithNextArticle();
    }
    m_desk->setActiveView(m_desk->views().first());
}

bool DeskController::addPaneWithNextArticle()
{
    // A new pane opens the article after the active pane's, so two sources are side by side.
    const int row = m_model->rowOfFile(activeView()->article().relativePath);
    ReadingView *pane = m_desk->addPane();
    if (!pane)
        return false;
    if (m_model->rowCount() > 0)
        showArticleIn(pane, m_model->articleAt((row + 1) % m_model->rowCount())->relativePath);
    return true;
}

bool DeskController::goToMatchInNextPane()
{
    ReadingView *active = activeView();
    ReadingView *next = m_desk->nextView();
    if (next == active)
        return false;
    const int from = int(m_paths.indexOf(active->article().relativePath));
    const int other = int(m_paths.indexOf(next->article().relativePath));
    if (from < 0 || other < 0 || active->currentSentence() < 0)
        return false;
    const auto match = Core::Aligner::bestMatch(m_alignment, {from, active->currentSentence()}, other);
    if (!match || match->b.sentence >= next->article().sentences.size())
        return false;
    m_desk->setActiveView(next);
    const Core::Sentence& s = next->article().sentences[match->b.sentence];
    next->selectRange(s.start, s.end);
    return true;
}

void DeskController::setInsight(const Core::FolderInsight& insight)
{
    m_paths = insight.paths;
    m_alignment = insight.alignment;
    for (ReadingView *view : m_desk->views()) {
        if (const Core::Article *article =
                m_model->articleAt(m_model->rowOfFile(view->article().relativePath))) {
            view->setMentions(article->mentions);
            view->dimBoilerplate(*article);
        }
    }
    linkPanes();
}

void DeskController::clear()
{
    m_paths.clear();
    m_alignment = {};
    for (ReadingView *view : m_desk->views())
        view->clear();
}

void DeskController::updateArticle(const Core::Article& article)
{
    for (ReadingView *view : m_desk->views()) {
        if (view->article().relativePath == article.relativePath) {
            view->setArticle(article, ReadingView::KeepPosition);
            m_annotations->articleShown(view);
        }
    }
}

void DeskController::onActiveViewChanged(ReadingView *view)
{
    m_annotations->setActiveReader(view);
    Q_EMIT activeArticleChanged(view->article().relativePath);
    onActiveCursorMoved();
}

void DeskController::onActiveCursorMoved()
{
    ReadingView *view = activeView();
    // A selection belongs to the sentence it starts in; a bare cursor to the one it stands in.
    Q_EMIT sentenceFocused(view->article().relativePath, view->currentSentence());
    linkPanes();
}

void DeskController::linkPanes()
{
    if (m_placingSideBySide)
        return;
    ReadingView *active = activeView();
    const int from = int(m_paths.indexOf(active->article().relativePath));
    const int sentence = active->currentSentence();
    for (ReadingView *view : m_desk->views()) {
        if (view == active)
            continue;
        const int other = int(m_paths.indexOf(view->article().relativePath));
        std::optional<Core::SentenceMatch> match;
        if (m_linkPanes->isChecked() && from >= 0 && other >= 0 && sentence >= 0 && other != from)
            match = Core::Aligner::bestMatch(m_alignment, {from, sentence}, other);
        if (match && match->b.sentence < view->article().sentences.size()) {
            const Core::Sentence& s = view->article().sentences[match->b.sentence];
            view->showLinkedSentence(s.start, s.end);
        } else {
            view->showLinkedSentence(0, 0);
        }
    }
}

void DeskController::setTextZoom(int steps)
{
    m_settings->setTextZoom(steps);
    m_desk->setTextZoom(m_settings->textZoom());
}

QVariantMap DeskController::state() const
{
    QStringList paths;
    QVariantList tops;
    for (ReadingView *view : m_desk->views()) {
        paths.append(view->article().relativePath);
        tops.append(view->topPosition());
    }
    QVariantList sizes;
    for (int size : m_desk->splitter()->sizes())
        sizes.append(size);
    return {
        {u"panes"_s, paths},
        {u"top"_s, tops},
        {u"sizes"_s, sizes},
        {u"active"_s, m_desk->indexOf(activeView())},
    };
}

void DeskController::restoreState(const QVariantMap& state)
{
    const QStringList paths = state.value(u"panes"_s).toStringList();
    m_desk->setPaneCount(int(paths.size()));
    for (int i = 0; i < m_desk->count() && i < paths.size(); ++i)
        showArticleIn(m_desk->views()[i], paths[i]);
    QList<int> sizes;
    for (const QVariant& size : state.value(u"sizes"_s).toList())
        sizes.append(size.toInt());
    if (sizes.size() == m_desk->count())
        m_desk->splitter()->setSizes(sizes);
    // Each pane at the text it showed, once the panes have their widths: lines wrap differently
    // at another width, so the text position is kept, not the scroll bar (desks saved before
    // kept the scroll bar; they still restore, as nearly as they can).
    const QVariantList tops = state.value(u"top"_s).toList();
    const QVariantList scrolls = state.value(u"scroll"_s).toList();
    for (int i = 0; i < m_desk->count() && i < paths.size(); ++i) {
        ReadingView *view = m_desk->views()[i];
        if (i < tops.size())
            view->scrollToTop(tops[i].toLongLong());
        else if (i < scrolls.size())
            view->textEdit()->verticalScrollBar()->setValue(scrolls[i].toInt());
    }
    const int active = state.value(u"active"_s).toInt();
    if (active >= 0 && active < m_desk->count())
        m_desk->setActiveView(m_desk->views()[active]);
    onActiveViewChanged(activeView());
    // The keys go where the bar says: the window may have put the focus in the first pane.
    QWidget *focus = QApplication::focusWidget();
    const QList<ReadingView *>& views = m_desk->views();
    if (!focus || std::any_of(views.begin(), views.end(), [focus](ReadingView *v) { return v->textEdit() == focus; }))
        activeView()->textEdit()->setFocus(Qt::OtherFocusReason);
}

} // namespace Crosscheck::Ui

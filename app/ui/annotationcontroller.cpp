#include "annotationcontroller.h"

#include "highlighting/mentionhighlighter.h"
#include "readingview.h"
#include "store/anchoring.h"
#include "store/annotationlistmodel.h"
#include "tagdialog.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

namespace Crosscheck::Ui {

namespace {

// One change to one annotation: before and after (either absent for create and delete). The
// change is already committed when the command is pushed, so the first redo does nothing.
class AnnotationCommand final : public QUndoCommand
{
public:
    static constexpr int kNoteEdit = 1;

    AnnotationCommand(AnnotationController *controller, std::optional<Core::Annotation> before,
                      std::optional<Core::Annotation> after, const QString& text, bool noteEdit)
        : QUndoCommand(text)
        , m_controller(controller)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_noteEdit(noteEdit)
    {}

    void redo() override
    {
        if (m_applied) {
            m_applied = false;
            return;
        }
        m_controller->write(m_after, m_before);
        m_controller->reload();
    }
    void undo() override
    {
        m_controller->write(m_before, m_after);
        m_controller->reload();
    }
    int id() const override { return m_noteEdit ? kNoteEdit : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        // Typing a note is one change, not one per pause.
        const auto *next = static_cast<const AnnotationCommand *>(other);
        if (!m_after || !next->m_after || m_after->uuid != next->m_after->uuid)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    AnnotationController *m_controller;
    std::optional<Core::Annotation> m_before;
    std::optional<Core::Annotation> m_after;
    bool m_noteEdit;
    bool m_applied = true;
};

// One name correction: the kind the folder's store held for the name before and after (empty:
// none). Unlike an annotation change it is written by the first redo, when pushed.
class NameCorrectionCommand final : public QUndoCommand
{
public:
    NameCorrectionCommand(AnnotationController *controller, const QString& name, const QString& before,
                          const QString& after, const QString& text)
        : QUndoCommand(text)
        , m_controller(controller)
        , m_name(name)
        , m_before(before)
        , m_after(after)
    {}

    void redo() override { m_controller->writeNameCorrection(m_name, m_after); }
    void undo() override { m_controller->writeNameCorrection(m_name, m_before); }

private:
    AnnotationController *m_controller;
    QString m_name;
    QString m_before;
    QString m_after;
};

} // namespace

AnnotationController::AnnotationController(ReadingView *reader, QWidget *window)
    : QObject(window)
    , m_reader(reader)
    , m_window(window)
    , m_store(std::make_unique<Core::AnnotationStore>())
    , m_model(new Core::AnnotationListModel(this))
    , m_undo(new QUndoStack(this))
    , m_noteEditor(new QPlainTextEdit)
    , m_noteTimer(new QTimer(this))
{
    m_noteEditor->setAccessibleName(tr("Note of the annotation"));
    m_noteEditor->setPlaceholderText(tr("Select a highlight to write its note (Markdown)."));
    m_noteEditor->setEnabled(false);
    // Tab moves on, as in every form; a note has no use for tab characters.
    m_noteEditor->setTabChangesFocus(true);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(600);
    connect(m_noteTimer, &QTimer::timeout, this, &AnnotationController::commitNote);
    connect(m_noteEditor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_noteUuid.isEmpty())
            m_noteTimer->start();
    });

    const QStringList names = {tr("Yellow"), tr("Green"), tr("Blue"), tr("Pink"), tr("Orange")};
    for (int i = 0; i < 5; ++i) {
        auto *action = new QAction(tr("Highlight &%1 (%2)").arg(i + 1).arg(names[i]), this);
        action->setShortcut(QKeySequence(Qt::Key_1 + i));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QPixmap swatch(16, 16);
        swatch.fill(QColor::fromString(colours()[i]));
        action->setIcon(QIcon(swatch));
        connect(action, &QAction::triggered, this, [this, i] { highlightSelection(i); });
        m_colourActions.append(action);
    }
    m_tagAction = new QAction(tr("&Tag…"), this);
    m_tagAction->setShortcut(QKeySequence(Qt::Key_T));
    m_tagAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_tagAction, &QAction::triggered, this, &AnnotationController::askForTag);
    m_noteAction = new QAction(tr("&Note"), this);
    m_noteAction->setShortcut(QKeySequence(Qt::Key_N));
    m_noteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_noteAction, &QAction::triggered, this, [this] {
        if (!m_reader->annotationAtCursor())
            highlightSelection(0);
        onCursorMoved();
        if (m_noteEditor->isEnabled())
            m_noteEditor->setFocus(Qt::ShortcutFocusReason);
    });
    m_deleteAction = new QAction(tr("&Delete Highlight"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &AnnotationController::deleteAtCursor);
    const QList<std::pair<QString, QString>> kinds = {
        {QStringLiteral("person"), tr("Mark as &Person")},
        {QStringLiteral("organization"), tr("Mark as &Organisation")},
        {QStringLiteral("place"), tr("Mark as P&lace")},
        {QStringLiteral("product"), tr("Mark as P&roduct")},
        {QStringLiteral("none"), tr("&Not a Name")}};
    for (const auto& [kind, label] : kinds) {
        auto *action = new QAction(label, this);
        connect(action, &QAction::triggered, this, [this, kind] { correctName(kind); });
        m_nameActions.append(action);
    }
    addReader(reader);
}

void AnnotationController::addReader(ReadingView *reader)
{
    if (m_readers.contains(reader))
        return;
    m_readers.append(reader);
    QList<QAction *> all = m_colourActions;
    all << m_tagAction << m_noteAction << m_deleteAction;
    reader->textEdit()->addActions(all);
    connect(reader->textEdit(), &QPlainTextEdit::cursorPositionChanged, this, [this, reader] {
        if (reader == m_reader)
            onCursorMoved();
    });
    reader->setAnnotations(m_model->annotations());
}

void AnnotationController::removeReader(ReadingView *reader)
{
    m_readers.removeAll(reader);
    if (m_reader == reader && !m_readers.isEmpty())
        setActiveReader(m_readers.first());
}

void AnnotationController::setActiveReader(ReadingView *reader)
{
    if (!m_readers.contains(reader) || reader == m_reader)
        return;
    commitNote();
    m_reader = reader;
    onCursorMoved();
}

AnnotationController::~AnnotationController()
{
    // The editor usually lives in a dock of the window, which deletes it; an editor no window took
    // is ours. Pending note text is committed by closeFolder(), called when the window closes.
    if (m_noteEditor && !m_noteEditor->parent())
        delete m_noteEditor.data();
}

QStringList AnnotationController::colours()
{
    return {QStringLiteral("#ffd54f"), QStringLiteral("#81c784"), QStringLiteral("#64b5f6"),
            QStringLiteral("#f48fb1"), QStringLiteral("#ffb74d")};
}

Core::AnnotationStore::OpenResult AnnotationController::openFolder(const QString& folder)
{
    commitNote();
    m_undo->clear();
    const auto result = m_store->open(folder);
    if (result != Core::AnnotationStore::OpenResult::Opened)
        Q_EMIT failed(m_store->lastError());
    reload();
    return result;
}

QString AnnotationController::setAsideDamaged()
{
    const QString aside = m_store->setAsideDamaged();
    if (aside.isEmpty())
        Q_EMIT failed(m_store->lastError());
    reload();
    return aside;
}

void AnnotationController::closeFolder()
{
    commitNote();
    m_undo->clear();
    m_store->close();
    reload();
}

void AnnotationController::syncArticles(const QList<Core::Article>& articles)
{
    if (!m_store->isOpen())
        return;
    m_store->syncArticles(articles);
    reload();
}

void AnnotationController::reload()
{
    const QList<Core::Annotation> all =
        m_store->isOpen() ? m_store->annotations() : QList<Core::Annotation>{};
    m_dataVersion = m_store->isOpen() ? m_store->dataVersion() : -1;
    m_model->setAnnotations(all);
    for (ReadingView *reader : std::as_const(m_readers))
        reader->setAnnotations(all);
    onCursorMoved();
    Q_EMIT annotationsChanged();
}

void AnnotationController::articleShown(ReadingView *reader)
{
    (reader ? reader : m_reader)->setAnnotations(m_model->annotations());
    onCursorMoved();
}

void AnnotationController::refreshIfChanged()
{
    if (m_store->isOpen() && m_store->dataVersion() != m_dataVersion)
        reload();
}

bool AnnotationController::write(const std::optional<Core::Annotation>& target,
                                 const std::optional<Core::Annotation>& current)
{
    bool ok = true;
    if (!target && current)
        ok = m_store->remove(current->uuid);
    else if (target && !current)
        ok = m_store->restore(*target);
    else if (target)
        ok = m_store->update(*target);
    if (!ok)
        Q_EMIT failed(m_store->lastError());
    return ok;
}

bool AnnotationController::apply(const std::optional<Core::Annotation>& before,
                                 const std::optional<Core::Annotation>& after, const QString& text)
{
    std::optional<Core::Annotation> committed = after;
    if (!before && after) {
        committed = m_store->add(*after);
        if (!committed) {
            Q_EMIT failed(m_store->lastError());
            return false;
        }
    } else if (!write(after, before)) {
        return false;
    }
    if (committed)
        committed = m_store->annotation(committed->uuid);
    const bool noteEdit = before && after && before->note != after->note && before->tags == after->tags &&
                          before->color == after->color;
    m_undo->push(new AnnotationCommand(this, before, committed, text, noteEdit));
    reload();
    return true;
}

std::optional<Core::Annotation> AnnotationController::newFromSelection() const
{
    const auto range = m_reader->selectedRange();
    const Core::Article& article = m_reader->article();
    if (!range || article.relativePath.isEmpty() || !m_store->isOpen())
        return std::nullopt;
    Core::Annotation a;
    a.articlePath = article.relativePath;
    a.articleSha256 = QString::fromLatin1(article.textSha256);
    Core::Anchoring::describe(a, article.text, range->first, range->second);
    if (a.exact.trimmed().isEmpty())
        return std::nullopt;
    return a;
}

bool AnnotationController::highlightSelection(int colourIndex)
{
    const QString colour = colours().value(colourIndex, colours().first());
    if (const auto existing = m_reader->annotationAtCursor(); existing && !m_reader->selectedRange()) {
        Core::Annotation changed = *existing;
        changed.color = colour;
        const bool done = apply(existing, changed, tr("Change Highlight Colour"));
        if (done)
            Q_EMIT told(tr("Highlight colour changed."));
        return done;
    }
    auto created = newFromSelection();
    if (!created) {
        Q_EMIT told(tr("Select words in the article first, then press 1 to 5 to highlight them."));
        return false;
    }
    created->color = colour;
    if (!apply(std::nullopt, created, tr("Highlight")))
        return false;
    // The selection would hide the new colour: the cursor stays at the highlight's start, so T
    // and N act on it next.
    m_reader->collapseSelection();
    Q_EMIT told(tr("Highlighted. T adds a tag, N a note; Ctrl+Z undoes."));
    return true;
}

bool AnnotationController::tagSelection(const QString& tag)
{
    if (tag.trimmed().isEmpty())
        return false;
    if (const auto existing = m_reader->annotationAtCursor()) {
        Core::Annotation changed = *existing;
        if (!changed.tags.contains(tag.trimmed()))
            changed.tags.append(tag.trimmed());
        const bool done = apply(existing, changed, tr("Tag"));
        if (done)
            Q_EMIT told(tr("Tagged “%1”.").arg(tag.trimmed()));
        return done;
    }
    auto created = newFromSelection();
    if (!created) {
        Q_EMIT told(tr("Select words or put the cursor in a highlight to tag it."));
        return false;
    }
    created->tags = {tag.trimmed()};
    if (!apply(std::nullopt, created, tr("Tag")))
        return false;
    m_reader->collapseSelection();
    Q_EMIT told(tr("Highlighted and tagged “%1”.").arg(tag.trimmed()));
    return true;
}

bool AnnotationController::setNote(const QString& uuid, const QString& note)
{
    const auto existing = m_store->annotation(uuid);
    if (!existing || existing->note == note)
        return false;
    Core::Annotation changed = *existing;
    changed.note = note;
    return apply(existing, changed, tr("Edit Note"));
}

bool AnnotationController::deleteAtCursor()
{
    const auto existing = m_reader->annotationAtCursor();
    if (!existing)
        return false;
    const auto stored = m_store->annotation(existing->uuid);
    return stored && apply(stored, std::nullopt, tr("Delete Highlight"));
}

bool AnnotationController::reattach(const QString& uuid)
{
    const auto existing = m_store->annotation(uuid);
    auto placed = newFromSelection();
    if (!existing || !placed)
        return false;
    Core::Annotation changed = *existing;
    changed.articlePath = placed->articlePath;
    changed.articleSha256 = placed->articleSha256;
    changed.exact = placed->exact;
    changed.prefix = placed->prefix;
    changed.suffix = placed->suffix;
    changed.start = placed->start;
    changed.end = placed->end;
    changed.orphan = false;
    return apply(existing, changed, tr("Re-attach Highlight"));
}

int AnnotationController::tagSentences(const QList<std::pair<Core::Article, int>>& sentences,
                                       const QString& tag)
{
    if (tag.trimmed().isEmpty() || !m_store->isOpen())
        return 0;
    int made = 0;
    m_undo->beginMacro(tr("Tag Claim"));
    for (const auto& [article, index] : sentences) {
        if (index < 0 || index >= article.sentences.size())
            continue;
        Core::Annotation a;
        a.articlePath = article.relativePath;
        a.articleSha256 = QString::fromLatin1(article.textSha256);
        Core::Anchoring::describe(a, article.text, article.sentences[index].start,
                                  article.sentences[index].end);
        a.tags = {tag.trimmed()};
        a.color = colours().value(2);
        made += apply(std::nullopt, a, tr("Tag")) ? 1 : 0;
    }
    m_undo->endMacro();
    return made;
}

bool AnnotationController::correctName(const QString& kind)
{
    QString name;
    if (const auto range = m_reader->selectedRange())
        name = m_reader->article().text.sliced(range->first, range->second - range->first).trimmed();
    else if (const Core::Mention *mention =
                 m_reader->highlighter()->mentionAt(m_reader->textEdit()->textCursor().position()))
        name = m_reader->article().text.sliced(mention->start, mention->length());
    if (name.isEmpty() || name.contains(u'\n'))
        return false;
    return setNameCorrection(name, kind);
}

bool AnnotationController::setNameCorrection(const QString& name, const QString& kind)
{
    if (!m_store->isOpen())
        return false;
    const QString before = m_store->nameCorrections().value(name);
    if (before == kind)
        return true;
    const QString text = kind.isEmpty() ? tr("Forget Correction of “%1”").arg(name)
                         : kind == u"none" ? tr("Not a Name: “%1”").arg(name)
                                           : tr("Name “%1”").arg(name);
    m_undo->push(new NameCorrectionCommand(this, name, before, kind, text));
    return m_store->nameCorrections().value(name) == kind;
}

void AnnotationController::writeNameCorrection(const QString& name, const QString& kind)
{
    if (!m_store->setNameCorrection(name, kind))
        Q_EMIT failed(m_store->lastError());
    Q_EMIT nameCorrectionsChanged();
}

void AnnotationController::onCursorMoved()
{
    const auto current = m_reader->annotationAtCursor();
    const QString uuid = current ? current->uuid : QString();
    if (uuid == m_noteUuid && (current.has_value() == m_noteEditor->isEnabled()))
        return;
    commitNote();
    m_noteUuid = uuid;
    const QSignalBlocker blocker(m_noteEditor);
    m_noteEditor->setPlainText(current ? current->note : QString());
    m_noteEditor->setEnabled(current.has_value());
    m_noteEditor->setPlaceholderText(current ? tr("Write the note of this highlight (Markdown); Tab returns.")
                                             : tr("Select a highlight to write its note (Markdown)."));
}

void AnnotationController::commitNote()
{
    m_noteTimer->stop();
    if (m_noteUuid.isEmpty() || !m_store->isOpen())
        return;
    const QString uuid = m_noteUuid;
    const QString note = m_noteEditor->toPlainText();
    if (const auto existing = m_store->annotation(uuid); existing && existing->note != note) {
        Core::Annotation changed = *existing;
        changed.note = note;
        // Keep the editor's cursor: apply() reloads, which must not reset the text being typed.
        const QSignalBlocker blocker(m_noteEditor);
        apply(existing, changed, tr("Edit Note"));
    }
}

void AnnotationController::askForTag()
{
    QStringList existing;
    for (const Core::Tag& t : m_store->tags())
        existing.append(t.path);
    const QString tag = TagDialog::getTag(m_window, existing);
    if (!tag.isEmpty())
        tagSelection(tag);
}

} // namespace Crosscheck::Ui

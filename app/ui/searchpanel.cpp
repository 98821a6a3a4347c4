#include "searchpanel.h"

#include "annotationcontroller.h"
#include "articles/articlelistmodel.h"
#include "articles/codepointmap.h"
#include "searchresultdelegate.h"
#include "store/annotationlistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

void SearchResultsModel::setResults(const QList<Result>& results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Result& r = m_results[index.row()];
    QString plain = r.hit.snippet;
    plain.remove(QChar(2)).remove(QChar(3));
    switch (role) {
    case Qt::DisplayRole:
        return QString(r.outlet + QStringLiteral(" \u00B7 ") + plain);
    case Qt::ToolTipRole:
        return QString(r.hit.path + u'\n' + plain);
    case Qt::AccessibleTextRole:
        return QString(r.outlet + QStringLiteral(": ") + plain);
    case PathRole:
        return r.hit.path;
    case SentenceRole:
        return r.hit.sentence;
    case OutletRole:
        return r.outlet;
    case MarkedSnippetRole:
        return r.hit.snippet;
    default:
        return {};
    }
}

SearchPanel::SearchPanel(Core::ArticleListModel *articles, AnnotationController *annotations, QWidget *parent)
    : QWidget(parent)
    , m_articles(articles)
    , m_annotations(annotations)
    , m_query(new QLineEdit(this))
    , m_outlet(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_annotatedOnly(new QCheckBox(tr("&Annotated"), this))
    , m_figuresOnly(new QCheckBox(tr("With &figures"), this))
    , m_summary(new QLabel(this))
    , m_results(new QListView(this))
    , m_model(new SearchResultsModel(this))
    , m_typing(new QTimer(this))
{
    m_query->setPlaceholderText(tr("Search all articles…"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search the folder"));
    m_outlet->setAccessibleName(tr("Only this outlet"));
    m_tag->setAccessibleName(tr("Only sentences with this tag"));
    m_annotatedOnly->setToolTip(tr("Only sentences you highlighted"));
    m_figuresOnly->setToolTip(tr("Only sentences that state a figure"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setAccessibleName(tr("Search summary"));
    m_results->setModel(m_model);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setResizeMode(QListView::Adjust);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *filters = new QGridLayout;
    filters->addWidget(m_outlet, 0, 0);
    filters->addWidget(m_tag, 0, 1);
    filters->addWidget(m_annotatedOnly, 1, 0);
    filters->addWidget(m_figuresOnly, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    setTabOrder(m_query, m_outlet);
    setTabOrder(m_outlet, m_tag);
    setTabOrder(m_tag, m_annotatedOnly);
    setTabOrder(m_annotatedOnly, m_figuresOnly);
    setTabOrder(m_figuresOnly, m_results);

    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &SearchPanel::search);
    connect(m_query, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        search();
        if (m_model->rowCount() > 0) {
            m_results->setCurrentIndex(m_model->index(0));
            m_results->setFocus(Qt::TabFocusReason);
        }
    });
    for (QComboBox *box : {m_outlet, m_tag})
        connect(box, &QComboBox::currentIndexChanged, this, &SearchPanel::search);
    for (QCheckBox *box : {m_annotatedOnly, m_figuresOnly})
        connect(box, &QCheckBox::toggled, this, &SearchPanel::search);
    auto open = [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT sentenceActivated(index.data(SearchResultsModel::PathRole).toString(),
                                     index.data(SearchResultsModel::SentenceRole).toInt());
    };
    connect(m_results, &QListView::activated, this, open);
    connect(m_results, &QListView::clicked, this, open);
    refreshFilters();
}

SearchPanel::~SearchPanel() = default;

QStringList SearchPanel::terms() const
{
    return m_query->text().split(u' ', Qt::SkipEmptyParts);
}

void SearchPanel::refreshFilters()
{
    const QString outlet = m_outlet->currentData().toString();
    const QString tag = m_tag->currentData().toString();
    const QSignalBlocker blockOutlet(m_outlet), blockTag(m_tag);
    m_outlet->clear();
    m_outlet->addItem(tr("All outlets"), QString());
    QStringList outlets;
    for (const Core::Article& a : m_articles->articles()) {
        if (!a.outlet.isEmpty() && !outlets.contains(a.outlet))
            outlets.append(a.outlet);
    }
    outlets.sort(Qt::CaseInsensitive);
    for (const QString& o : std::as_const(outlets))
        m_outlet->addItem(o, o);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    if (m_annotations->store()->isOpen()) {
        for (const Core::Tag& t : m_annotations->store()->tags())
            m_tag->addItem(t.path, t.path);
    }
    m_outlet->setCurrentIndex(std::max(0, m_outlet->findData(outlet)));
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
}

void SearchPanel::setOutletFilter(const QString& outlet)
{
    m_outlet->setCurrentIndex(std::max(0, m_outlet->findData(outlet)));
}

void SearchPanel::setTagFilter(const QString& tag)
{
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
}

void SearchPanel::setAnnotatedOnly(bool only)
{
    m_annotatedOnly->setChecked(only);
}

void SearchPanel::setFiguresOnly(bool only)
{
    m_figuresOnly->setChecked(only);
}

bool SearchPanel::passesFilters(const Core::AnnotationStore::SentenceHit& hit) const
{
    const Core::Article *article = m_articles->articleAt(m_articles->rowOfFile(hit.path));
    if (!article || hit.sentence < 0 || hit.sentence >= article->sentences.size())
        return false;
    const QString outlet = m_outlet->currentData().toString();
    if (!outlet.isEmpty() && article->outlet != outlet)
        return false;
    if (m_figuresOnly->isChecked() &&
        std::none_of(article->mentions.cbegin(), article->mentions.cend(),
                     [&hit](const Core::Mention& m) { return m.isFigure() && m.sentence == hit.sentence; }))
        return false;
    const QString tag = m_tag->currentData().toString();
    if (!m_annotatedOnly->isChecked() && tag.isEmpty())
        return true;
    const Core::Sentence& sentence = article->sentences[hit.sentence];
    const Core::CodePointMap map(article->text);
    const qsizetype start = map.toCodePoints(sentence.start), end = map.toCodePoints(sentence.end);
    for (const Core::Annotation& a : m_annotations->model()->annotations()) {
        if (a.articlePath != hit.path || a.orphan || a.start >= end || a.end <= start)
            continue;
        if (tag.isEmpty())
            return true;
        for (const QString& t : a.tags) {
            if (t == tag || t.startsWith(tag + u'/'))
                return true;
        }
    }
    return false;
}

void SearchPanel::search()
{
    m_typing->stop();
    QList<SearchResultsModel::Result> results;
    const QString query = m_query->text().trimmed();
    if (!query.isEmpty() && m_annotations->store()->isOpen()) {
        for (const auto& hit : m_annotations->store()->searchSentences(query)) {
            if (!passesFilters(hit))
                continue;
            const Core::Article *article = m_articles->articleAt(m_articles->rowOfFile(hit.path));
            results.append({hit, article->sourceName()});
        }
    }
    m_model->setResults(results);
    if (query.isEmpty())
        m_summary->clear();
    else if (results.isEmpty())
        m_summary->setText(tr("No sentence matches."));
    else
        m_summary->setText(tr("%n matching sentence(s)", nullptr, int(results.size())));
    Q_EMIT termsChanged(terms());
}

} // namespace Crosscheck::Ui

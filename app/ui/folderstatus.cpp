#include "folderstatus.h"

#include "articles/article.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace Crosscheck::Ui {

FolderStatus::FolderStatus(QStatusBar *bar)
    : QObject(bar)
    , m_summary(new QLabel(bar))
    , m_work(new QLabel(bar))
    , m_progress(new QProgressBar(bar))
    , m_cancel(new QToolButton(bar))
{
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop opening the folder"));
    connect(m_cancel, &QToolButton::clicked, this, &FolderStatus::cancelClicked);
    showWork({}, {});
    bar->addWidget(m_summary, 1);
    bar->addPermanentWidget(m_work);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
}

FolderStatus::~FolderStatus() = default;

QString FolderStatus::summary(const QList<Core::Article>& articles, const Counts& counts)
{
    qsizetype sentences = 0, figures = 0, names = 0;
    for (const Core::Article& a : articles) {
        for (const Core::Sentence& s : a.sentences)
            sentences += s.boilerplate ? 0 : 1;
        for (const Core::Mention& m : a.mentions)
            (m.isFigure() ? figures : names) += 1;
    }
    // One article, two articles: plural forms come from the translations (English's too).
    QStringList parts = {
        tr("%Ln article(s)", nullptr, int(articles.size())),
        tr("%Ln sentence(s)", nullptr, int(sentences)),
        tr("%Ln figure(s)", nullptr, int(figures)),
        tr("%Ln name(s)", nullptr, int(names)),
        tr("%Ln annotation(s)", nullptr, int(counts.annotations)),
        tr("%Ln claim(s)", nullptr, int(counts.claims)),
    };
    if (counts.unreadable > 0)
        parts.append(tr("%Ln not readable", nullptr, int(counts.unreadable)));
    return parts.join(QStringLiteral(" · "));
}

void FolderStatus::setSummary(const QString& text)
{
    m_summary->setText(text);
}

void FolderStatus::showWork(const QString& what, const QString& cancelTip)
{
    m_work->setText(what);
    m_work->setVisible(!what.isEmpty());
    m_progress->setVisible(!what.isEmpty());
    m_cancel->setVisible(!what.isEmpty());
    m_cancel->setToolTip(cancelTip);
}

void FolderStatus::setProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

} // namespace Crosscheck::Ui

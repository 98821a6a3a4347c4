#include "messagebar.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_close(new QToolButton(this))
    , m_action(new QToolButton(this))
{
    m_action->setVisible(false);
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::Window, dark ? QColor(0x5a, 0x2a, 0x22) : QColor(0xfd, 0xec, 0xe7));
    setPalette(pal);
    setAccessibleName(tr("Problems"));

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_list->setAccessibleName(tr("Files that could not be opened"));
    m_list->setMaximumHeight(fontMetrics().height() * 5);
    m_list->setFrameShape(QFrame::NoFrame);
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    m_close->setText(tr("Dismiss"));
    m_close->setToolButtonStyle(QIcon::hasThemeIcon(QStringLiteral("window-close")) ? Qt::ToolButtonIconOnly
                                                                                    : Qt::ToolButtonTextOnly);
    m_close->setToolTip(tr("Dismiss these messages"));
    m_close->setAccessibleName(tr("Dismiss"));
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_action, 0, Qt::AlignTop);
    top->addWidget(m_close, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_list);
    clear();
}

void MessageBar::addFileProblem(const QString& fileName, const QString& reason)
{
    //: %1 is a file name, %2 the reason it could not be read
    auto *item = new QListWidgetItem(tr("%1: %2").arg(QDir::toNativeSeparators(fileName), reason), m_list);
    item->setToolTip(item->text());
    m_list->setVisible(true);
    updateSummary();
}

void MessageBar::showError(const QString& message, QAction *action)
{
    m_error = message;
    m_action->setDefaultAction(action);
    m_action->setVisible(action != nullptr);
    updateSummary();
}

void MessageBar::clear()
{
    m_list->clear();
    m_list->setVisible(false);
    m_error.clear();
    m_summary->clear();
    m_action->setDefaultAction(nullptr);
    m_action->setVisible(false);
    setVisible(false);
}

QStringList MessageBar::messages() const
{
    QStringList out;
    if (!m_error.isEmpty())
        out.append(m_error);
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->text());
    return out;
}

QString MessageBar::summary() const
{
    return m_summary->text();
}

void MessageBar::updateSummary()
{
    QStringList parts;
    if (!m_error.isEmpty())
        parts.append(m_error);
    if (m_list->count() > 0)
        parts.append(
            tr("Files that could not be opened: %1. The rest of the folder is open.").arg(m_list->count()));
    m_summary->setText(parts.join(u' '));
    setVisible(!parts.isEmpty());
}

} // namespace Crosscheck::Ui

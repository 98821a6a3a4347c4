#include "feedsdialog.h"

#include "settings/settings.h"
#include "store/websources.h"
#include "webimportcontroller.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

FeedsDialog::FeedsDialog(Core::WebSources *sources, Core::Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_sources(sources)
    , m_list(new QListWidget(this))
    , m_address(new QLineEdit(this))
    , m_minutes(new QSpinBox(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Feeds"));
    resize(600, 400);
    m_list->setAccessibleName(tr("Feeds the folder follows"));
    m_address->setPlaceholderText(tr("Address of an RSS or Atom feed"));
    m_address->setAccessibleName(tr("Feed address"));
    auto *subscribeButton = new QPushButton(tr("&Subscribe"), this);
    connect(subscribeButton, &QPushButton::clicked, this, [this] { subscribe(m_address->text()); });
    connect(m_address, &QLineEdit::returnPressed, this, [this] { subscribe(m_address->text()); });
    auto *removeButton = new QPushButton(tr("&Remove"), this);
    connect(removeButton, &QPushButton::clicked, this, &FeedsDialog::removeCurrent);
    auto *checkButton = new QPushButton(tr("&Check Now"), this);
    connect(checkButton, &QPushButton::clicked, this, &FeedsDialog::checkRequested);
    m_minutes->setRange(0, 1440);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSpecialValueText(tr("only when asked"));
    m_minutes->setValue(settings->feedMinutes());
    connect(m_minutes, &QSpinBox::valueChanged, settings, &Core::Settings::setFeedMinutes);
    m_message->setWordWrap(true);
    // Return in the address subscribes; no button takes it over.
    for (QPushButton *button : {subscribeButton, removeButton, checkButton})
        button->setAutoDefault(false);

    auto *add = new QHBoxLayout;
    add->addWidget(m_address, 1);
    add->addWidget(subscribeButton);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    buttons->addWidget(checkButton);
    auto *form = new QFormLayout;
    form->addRow(tr("Check every:"), m_minutes);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(add);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(close);
    reload();
    m_address->setFocus();
}

FeedsDialog::~FeedsDialog() = default;

void FeedsDialog::reload()
{
    m_list->clear();
    const QLocale locale;
    for (const Core::WebSources::Feed& feed : m_sources->feeds()) {
        const QString checked = feed.checkedAt.isValid()
                                    ? tr("checked %1").arg(locale.toString(feed.checkedAt.toLocalTime(), QLocale::ShortFormat))
                                    : tr("not checked yet");
        auto *item = new QListWidgetItem(
            (feed.title.isEmpty() ? feed.url.toDisplayString() : feed.title + u'\n' + feed.url.toDisplayString()) +
                QStringLiteral(" \u00B7 ") + checked,
            m_list);
        item->setData(Qt::UserRole, feed.url);
    }
}

bool FeedsDialog::subscribe(const QString& text)
{
    const QList<QUrl> urls = WebImportController::urlsIn(text);
    if (urls.isEmpty()) {
        m_message->setText(tr("Give the address of a feed, starting with http:// or https://."));
        return false;
    }
    for (const QUrl& url : urls) {
        if (!m_sources->addFeed(url)) {
            m_message->setText(m_sources->lastError());
            return false;
        }
    }
    m_message->setText(tr("Subscribed. Check Now fetches the feed's items into the folder."));
    m_address->clear();
    reload();
    return true;
}

bool FeedsDialog::removeCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    if (!m_sources->removeFeed(item->data(Qt::UserRole).toUrl())) {
        m_message->setText(m_sources->lastError());
        return false;
    }
    m_message->setText(tr("The feed was removed; the pages it brought stay in the folder."));
    reload();
    return true;
}

} // namespace Crosscheck::Ui

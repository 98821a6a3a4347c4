#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Crosscheck::Core {
class Settings;
class WebSources;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

/// File › Feeds…: the RSS and Atom feeds the folder follows — subscribe, remove, check now — and
/// how often they are checked while the folder is open.
class FeedsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedsDialog)

public:
    FeedsDialog(Core::WebSources *sources, Core::Settings *settings, QWidget *parent);
    ~FeedsDialog() override;

    /// Subscribes to the address in `text`; false (and says why) when it is not one.
    bool subscribe(const QString& text);
    bool removeCurrent();
    QListWidget *list() const { return m_list; }
    /// Lists the feeds again (their titles and last checks change as they are checked).
    void reload();

Q_SIGNALS:
    void checkRequested();

private:
    Core::WebSources *m_sources;
    QListWidget *m_list;
    QLineEdit *m_address;
    QSpinBox *m_minutes;
    QLabel *m_message;
};

} // namespace Crosscheck::Ui

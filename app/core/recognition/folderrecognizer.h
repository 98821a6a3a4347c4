#pragma once

#include "articles/article.h"
#include "namerecognizer.h"

#include <QFutureWatcher>
#include <QObject>

namespace Crosscheck::Core {

/// Runs the folder-wide name recognition off the GUI thread whenever the folder's articles
/// change; a newer run drops an older one.
class FolderRecognizer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderRecognizer)

public:
    explicit FolderRecognizer(QObject* parent = nullptr);
    ~FolderRecognizer() override;

    void start(const QList<Article>& articles, const NameRecognizer::Corrections& corrections = {});
    bool isRunning() const;

Q_SIGNALS:
    /// Figures and names of each article, keyed by relative path.
    void finished(const QHash<QString, QList<Crosscheck::Core::Mention>>& mentions);

private:
    using Result = QHash<QString, QList<Mention>>;
    QFutureWatcher<Result>* m_watcher = nullptr;
    quint64 m_generation = 0;
};

} // namespace Crosscheck::Core

#pragma once

#include "export/exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace Crosscheck::Ui {

/// File > Export…: which format, how Markdown is grouped, which tag, a BOM for spreadsheets.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    /// @p article is the active pane's article, offered as a filter (empty: none open).
    ExportDialog(const QStringList& tags, const QString& article = {}, QWidget *parent = nullptr);
    ~ExportDialog() override;

    Core::Exporter::Options options() const;
    void setFormat(Core::Exporter::Format format);
    void setTag(const QString& tag);
    void setOnlyOpenArticle(bool only);
    void setSplit(Core::Exporter::Split split);
    /// Only annotations made in the last @p days (0: any time; 1: today).
    void setMadeWithinDays(int days);

private:
    void updateEnabled();

    QComboBox *m_format;
    QComboBox *m_grouping;
    QComboBox *m_split;
    QComboBox *m_since;
    QComboBox *m_tag;
    QCheckBox *m_bom;
    QCheckBox *m_onlyArticle;
    QString m_article;
};

} // namespace Crosscheck::Ui

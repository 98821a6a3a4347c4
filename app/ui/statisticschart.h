#pragma once

#include <QWidget>

namespace Crosscheck::Core {
struct Annotation;
struct Article;
struct FolderInsight;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

/// Two bars per source, drawn rather than listed: how many of the folder's claims the source
/// carries, and how many of its passages the user tagged. Painted by hand (Qt Charts would be one
/// more package for two bar series).
class StatisticsChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsChart)

public:
    struct Source
    {
        QString name;
        int claims = 0; ///< claims this source carries
        int tagged = 0; ///< annotations with at least one tag in this source
    };

    explicit StatisticsChart(QWidget *parent = nullptr);
    ~StatisticsChart() override;

    /// @p totalClaims is the folder's number of claims ("4 of 9 claims" in the description).
    void setSources(const QList<Source>& sources, int totalClaims);
    /// Shows, for each of @p articles (named by outlet), the claims of @p insight it carries and
    /// its tagged @p annotations.
    void setFolder(const QList<Core::Article>& articles, const Core::FolderInsight& insight,
                   const QList<Core::Annotation>& annotations);
    const QList<Source>& sources() const { return m_sources; }
    int totalClaims() const { return m_totalClaims; }
    /// The length of a bar for @p value in @p space pixels: one scale for both series (the
    /// largest count of either fills the space), so 1 tagged passage never draws longer than 6
    /// claims.
    int barLength(int value, int space) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Source> m_sources;
    int m_totalClaims = 0;
    int m_largest = 1; ///< the largest count of either series: the bars' one scale
};

} // namespace Crosscheck::Ui

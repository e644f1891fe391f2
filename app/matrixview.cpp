// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "matrixview.h"

#include "focusring.h"
#include "highlightdelegate.h"

#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>

namespace ev {

namespace {

/*
 * Header sections drawn plainly: a flat fill, a dividing line and the text, elided where it does
 * not fit. The style's sections (a gradient and a text layout each) cost more than the cells
 * they head when a click repaints a large table, and a long label cut off mid-letter reads as
 * another word.
 */
class MatrixHeader : public QHeaderView
{
public:
    using QHeaderView::QHeaderView;

protected:
    // Room for the text in bold, as the hot row or entry shows it, so that "200000" is never cut
    // to "2000…"; but for no more than a few dozen characters of a label, whose rest is elided.
    QSize sectionSizeFromContents(int logicalIndex) const override
    {
        constexpr qsizetype longestShown = 24;
        QFont bold = font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        const QStringList lines
            = model()->headerData(logicalIndex, orientation()).toString().split(u'\n');
        int width = 0;
        for (const QString &line : lines)
            width = std::max(width, metrics.horizontalAdvance(line.left(longestShown)));
        // As much as paintSection() leaves on each side, and a pixel for the dividing line.
        const int padding = metrics.horizontalAdvance(u' ') / 2 + 1;
        return {width + 2 * padding + 1, int(lines.size()) * metrics.height() + 2 * padding};
    }

    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override
    {
        if (!rect.isValid())
            return;
        painter->fillRect(rect, palette().color(QPalette::Button));
        painter->setPen(palette().color(QPalette::Mid));
        painter->drawLine(rect.topRight(), rect.bottomRight());
        painter->drawLine(rect.bottomLeft(), rect.bottomRight());

        const QVariant font = model()->headerData(logicalIndex, orientation(), Qt::FontRole);
        painter->setFont(font.isValid() ? font.value<QFont>().resolve(this->font()) : this->font());
        painter->setPen(palette().color(QPalette::ButtonText));
        const QVariant alignment
            = model()->headerData(logicalIndex, orientation(), Qt::TextAlignmentRole);
        const auto flags
            = alignment.isValid() ? Qt::Alignment(alignment.toInt()) : defaultAlignment();

        const QFontMetrics metrics = painter->fontMetrics();
        const int padding = metrics.horizontalAdvance(u' ') / 2 + 1;
        const QRect area = rect.adjusted(padding, 0, -padding, 0);
        const QStringList lines
            = model()->headerData(logicalIndex, orientation()).toString().split(u'\n');
        int baseline = area.top() + (area.height() - metrics.height() * int(lines.size())) / 2
            + metrics.ascent();
        for (const QString &line : lines) {
            drawPlainText(painter, area, flags, baseline, line);
            baseline += metrics.height();
        }
    }
};

} // namespace

MatrixView::MatrixView(const QString &accessibleName, QWidget *parent) : QTableView(parent)
{
    setHorizontalHeader(new MatrixHeader(Qt::Horizontal, this));
    setVerticalHeader(new MatrixHeader(Qt::Vertical, this));
    setAccessibleName(accessibleName);
    // The session's index is the selection; the view's own selection would be a second one.
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    // Whole cells at the top and left edge: a number cut in half reads as another number.
    setHorizontalScrollMode(QAbstractItemView::ScrollPerItem);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);

    for (QHeaderView *header : {horizontalHeader(), verticalHeader()}) {
        header->setSectionResizeMode(QHeaderView::Fixed);
        header->setHighlightSections(false);
        header->setSectionsClickable(false);
    }
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    // Left-aligned, so a row label set in bold for the selected row loses its end, never its
    // index.
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    FocusRing::attach(this);
}

void MatrixView::fitCellsTo(const QString &widestText)
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int padding
        = std::max<int>(metrics.horizontalAdvance(u'0'), 2 * cellTextPadding(metrics));
    const int width = std::max(metrics.horizontalAdvance(widestText) + padding,
        metrics.horizontalAdvance(QStringLiteral("000")));
    horizontalHeader()->setMinimumSectionSize(1);
    horizontalHeader()->setDefaultSectionSize(width);
    verticalHeader()->setMinimumSectionSize(1);
    // Room above and below the text for a mark's outline too, as cellTextPadding() leaves beside
    // it.
    verticalHeader()->setDefaultSectionSize(metrics.height()
        + std::max(metrics.height() / (m_compactRows ? 4 : 2), cellTextPadding(metrics) + 3));
    // The headers keep their scroll offsets in pixels: after the cells change size, move them
    // back to the cell the scroll bars name, or the view shows cells further along.
    horizontalHeader()->setOffsetToSectionPosition(horizontalScrollBar()->value());
    verticalHeader()->setOffsetToSectionPosition(verticalScrollBar()->value());
    // The headers' heights follow the new font only once the view lays them out again; until
    // then a taller header would cover the first row.
    updateGeometries();
    updateGeometry();
}

void MatrixView::setShape(Shape shape)
{
    m_shape = shape;
    // Undo the other shapes' fixed sides first.
    setMinimumSize(0, 0);
    setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    setVerticalScrollBarPolicy(
        shape == Shape::Row ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(
        shape == Shape::Column ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setSizePolicy(shape == Shape::Column ? QSizePolicy::Fixed : QSizePolicy::Preferred,
        shape == Shape::Row ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    fitToContent();
}

void MatrixView::fitToContent()
{
    // Never larger than the matrix, but with room for a scroll bar when the other direction
    // needs one, so a bar never hides the only row. Each limit depends only on the other
    // direction's size, so this settles after one more resize at most.
    const QSize content = contentSize();
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int barBelow = content.width() > width() ? bar : 0;
    const int barBeside = content.height() > height() ? bar : 0;
    // A strip of 400,000 entries is longer than any widget may be.
    const auto limit = [](int size) {
        return std::min(size, QWIDGETSIZE_MAX);
    };
    if (m_shape == Shape::Row) {
        setFixedHeight(content.height() + barBelow);
        setMaximumWidth(limit(content.width()));
        return;
    }
    if (m_shape == Shape::Column) {
        setFixedWidth(content.width() + barBeside);
        setMaximumHeight(limit(content.height()));
        return;
    }
    setMaximumSize(limit(content.width() + barBeside), limit(content.height() + barBelow));
}

void MatrixView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitToContent();
}

QSize MatrixView::contentSize(qint64 mostRows, qint64 mostColumns) const
{
    const qint64 columns = std::min<qint64>(model() ? model()->columnCount() : 0, mostColumns);
    const qint64 rows = std::min<qint64>(model() ? model()->rowCount() : 0, mostRows);
    // Two pixels spare, so a matrix that fits never shows a scroll bar for rounding; in 64 bits,
    // since a 400,000-row table at large text is taller than an int counts.
    // The row labels take what QTableView gives them: their hint, or more if asked for.
    const qint64 labels
        = std::max(verticalHeader()->minimumWidth(), verticalHeader()->sizeHint().width());
    const qint64 width
        = labels + columns * horizontalHeader()->defaultSectionSize() + 2 * frameWidth() + 2;
    const qint64 height = horizontalHeader()->sizeHint().height()
        + rows * verticalHeader()->defaultSectionSize() + 2 * frameWidth();
    return {int(std::min<qint64>(width, QWIDGETSIZE_MAX)),
        int(std::min<qint64>(height, QWIDGETSIZE_MAX))};
}

bool MatrixView::showsWholeContent() const
{
    const QSize content = contentSize();
    return width() >= content.width() && height() >= content.height();
}

QSize MatrixView::sizeHint() const
{
    // Room for a scroll bar, which appears when the matrix does not fit.
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const QSize content = contentSize();
    return {std::min(content.width(), 900) + bar, std::min(content.height(), 700) + bar};
}

QSize MatrixView::minimumSizeHint() const
{
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const QSize content = contentSize();
    return {std::min(content.width(), 120) + bar, std::min(content.height(), 80) + bar};
}

} // namespace ev

// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

#include <limits>

namespace ev {

/*!
 * \brief A table view for one matrix: fixed cell sizes fitted to the widest value, so that even a
 * 1000×300 table lays out at once, and a size hint that fits the whole matrix when it is small.
 */
class MatrixView : public QTableView
{
    Q_OBJECT

public:
    explicit MatrixView(const QString &accessibleName, QWidget *parent = nullptr);

    /*!
     * Sizes every column for \a widestText (a value of the matrix written as wide as any) and
     * every row for one line of text.
     */
    void fitCellsTo(const QString &widestText);

    //! What the view holds: a whole matrix, one row, or one column.
    enum class Shape { Matrix, Row, Column };

    /*!
     * Makes this view a one-row strip, which never scrolls up and down and is exactly as tall
     * as its row (plus a scroll bar when the row is wider than the view); a one-column strip,
     * likewise on its side; or a matrix, which scrolls both ways.
     */
    void setShape(Shape shape);
    Shape shape() const { return m_shape; }

    //! Rows a quarter of a line apart instead of half, for large text on a low screen. Takes
    //! effect at the next fitCellsTo().
    void setCompactRows(bool compact) { m_compactRows = compact; }

    //! Limits the view to its content's size, plus the scroll bars the content needs.
    void fitToContent();

    //! Whether the view is large enough for its whole content, so that nothing scrolls.
    bool showsWholeContent() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /*!
     * The view's whole content (headers and cells, no scroll bars), which may exceed the view;
     * or the size it would have with at most \a mostRows rows and \a mostColumns columns.
     */
    QSize contentSize(qint64 mostRows = std::numeric_limits<qint64>::max(),
        qint64 mostColumns = std::numeric_limits<qint64>::max()) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    Shape m_shape = Shape::Matrix;
    bool m_compactRows = false;
};

} // namespace ev

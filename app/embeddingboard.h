// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "validation.h"

#include <QElapsedTimer>
#include <QWidget>

class QKeyEvent;
class QLabel;
class QModelIndex;
class QTransposeProxyModel;

namespace ev {

class ConnectorOverlay;
class EmbeddingSession;
class EmbeddingTableModel;
class MatrixView;
class OneHotModel;
class OverviewStrip;
class ProductModel;

/*!
 * \brief The three matrices side by side, X · E = X·E, with their shapes above them and arrows
 * from the hot entry of X to the row of E it selects and on to the output; beside E, an
 * overview of the whole table when E's view cannot show every row.
 *
 * Clicking an entry of X, or any cell of a row of E, makes that index the hot one; so do the
 * arrow keys, Home and End, and typing the index's number, in either view. Below the three, a
 * line writes out the sum behind one entry of X·E: the entry being computed while stepping
 * through the product, or else the entry pointed at or selected in the output.
 */
class EmbeddingBoard : public QWidget
{
    Q_OBJECT

public:
    explicit EmbeddingBoard(EmbeddingSession *session, QWidget *parent = nullptr);

    MatrixView *oneHotView() const { return m_oneHotView; }
    MatrixView *tableView() const { return m_tableView; }
    MatrixView *productView() const { return m_productView; }
    OverviewStrip *overviewStrip() const { return m_overview; }

    QLabel *workingLabel() const { return m_working; }

    //! How much the text is scaled, from the base size, to fit the window.
    qreal zoom() const { return m_zoom; }
    //! How far the text may grow to fill a large window, unless setLargestZoom() says otherwise.
    static constexpr qreal s_largestZoom = 2.5;

    //! The user's zoom on top of the fit to the window: 1 fits, more makes everything larger.
    qreal userZoom() const { return m_userZoom; }
    void setUserZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    static constexpr qreal s_userZoomStep = 1.25;
    static constexpr qreal s_smallestUserZoom = 0.5;
    static constexpr qreal s_largestUserZoom = 4.0;

    /*!
     * Shows the same product in the column convention, Eᵀ·x, with x a column vector and E
     * drawn transposed (as many lecture notes and nn.Linear's weight write it), or back as X·E.
     * The numbers and the marks stay where the matrices put them; the arrows are left out.
     */
    void setTransposed(bool transposed);

    /*!
     * Stacks E above X·E, with X to the left of X·E, so that each column of E stands over the
     * entry it makes; side by side otherwise. Half as wide, for large text on a projector.
     * The column convention is narrow already and stays side by side.
     */
    void setStacked(bool stacked);
    bool isStackedLayout() const { return isStacked(); }
    bool isTransposed() const { return m_transposed; }

    //! The views of X, E and X·E that show their whole matrix, without scrolling.
    QList<MatrixView *> wholeViews() const;

    //! The entry of X·E whose sum the working line writes out, or -1.
    Index explainedColumn() const;

    /*!
     * Lets the fitted text grow to \a largest times its base size, rather than the usual
     * s_largestZoom: presenter mode fills a projector with the lesson table.
     */
    void setLargestZoom(qreal largest);

Q_SIGNALS:
    void userZoomChanged(qreal zoom);
    void transposedChanged(bool transposed);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleFitToWindow();
    void fitToWindow();
    void createViews();
    void createLayout();
    void placeViews();
    bool hasNotesBesideTable() const;
    void placeNotes();
    void fitNotes();
    // X · E puts X first; Eᵀ · x puts the table first; the output is last, or under E when
    // stacked.
    bool isStacked() const { return m_stacked && !m_transposed; }
    int oneHotGridColumn() const { return m_transposed ? 2 : 0; }
    int tableGridColumn() const { return m_transposed ? 0 : 2; }
    int productGridColumn() const { return isStacked() ? 2 : 5; }
    // The grid's rows: titles, subtitles and views from s_titleRow; the stacked layout's lower
    // titles, subtitles and views from s_stackedLowerRow; then the explanations.
    static constexpr int s_titleRow = 1;
    static constexpr int s_stackedLowerRow = 4;
    static constexpr int s_explanationRow = 7;
    void setViewModels();
    void connectSelections();
    void connectViewsToSession();
    void followTable();
    void fitViews();
    void followIndex();
    void updateTexts();
    void updateWorking();
    void updateAccessibleDescriptions();
    void applyZoom();
    bool moveIndexByKey(const QKeyEvent *event, bool inOneHotView);

    EmbeddingSession *m_session;
    OneHotModel *m_oneHotModel = nullptr;
    EmbeddingTableModel *m_tableModel = nullptr;
    ProductModel *m_productModel = nullptr;
    MatrixView *m_oneHotView = nullptr;
    MatrixView *m_tableView = nullptr;
    MatrixView *m_productView = nullptr;
    OverviewStrip *m_overview = nullptr;
    QTransposeProxyModel *m_oneHotTransposed = nullptr;
    QTransposeProxyModel *m_tableTransposed = nullptr;
    QTransposeProxyModel *m_productTransposed = nullptr;
    bool m_transposed = false;
    bool m_stacked = false;
    QLabel *m_oneHotTitle = nullptr;
    QLabel *m_oneHotSubtitle = nullptr;
    QLabel *m_tableSubtitle = nullptr;
    QLabel *m_productSubtitle = nullptr;
    QLabel *m_tableTitle = nullptr;
    QLabel *m_productTitle = nullptr;
    QLabel *m_timesSign = nullptr;
    QLabel *m_equalsSign = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_working = nullptr;
    //! The explanation and the working line, below the three or beside E.
    QWidget *m_notes = nullptr;
    ConnectorOverlay *m_overlay = nullptr;
    QList<QLabel *> m_titles;
    // The widest texts of the table and of X's headings, found once per table.
    QString m_widestValue;
    QString m_widestIndexOrLabel;
    QFont m_baseFont;
    qreal m_zoom = 1.0;
    qreal m_userZoom = 1.0;
    qreal m_largestZoom;
    // The output entry under the mouse, which the working line explains; -1 when none.
    Index m_hoveredColumn = -1;
    // Digits typed into X or E, read as an index; a pause starts a new number.
    QString m_typedIndex;
    QElapsedTimer m_sinceLastDigit;
    bool m_fitScheduled = false;
};

} // namespace ev

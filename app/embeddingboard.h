// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QModelIndex;

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
 * arrow keys in either view.
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

    //! How much the text is scaled, from the base size, to fit the window.
    qreal zoom() const { return m_zoom; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleFitToWindow();
    void fitToWindow();
    void createViews();
    void createLayout();
    void connectViewsToSession();
    void followTable();
    void fitViews();
    void followIndex();
    void updateTexts();

    EmbeddingSession *m_session;
    OneHotModel *m_oneHotModel = nullptr;
    EmbeddingTableModel *m_tableModel = nullptr;
    ProductModel *m_productModel = nullptr;
    MatrixView *m_oneHotView = nullptr;
    MatrixView *m_tableView = nullptr;
    MatrixView *m_productView = nullptr;
    OverviewStrip *m_overview = nullptr;
    QLabel *m_oneHotTitle = nullptr;
    QLabel *m_tableTitle = nullptr;
    QLabel *m_productTitle = nullptr;
    QLabel *m_timesSign = nullptr;
    QLabel *m_equalsSign = nullptr;
    QLabel *m_explanation = nullptr;
    ConnectorOverlay *m_overlay = nullptr;
    QList<QLabel *> m_titles;
    // The widest texts of the table and of X's headings, found once per table.
    QString m_widestValue;
    QString m_widestIndexOrLabel;
    QFont m_baseFont;
    qreal m_zoom = 1.0;
    bool m_fitScheduled = false;
};

} // namespace ev

// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "embeddingproduct.h"
#include "notation.h"
#include "numberformat.h"
#include "tablespec.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace ev {

class ProductStepper;

/*!
 * \brief What the window shows: the table E, the hot index, the one-hot vector X and X·E.
 *
 * Every view reads from one session and follows its signals, so a click anywhere updates all of
 * them. The product is recomputed (never copied from the lookup) whenever the index or the table
 * changes.
 */
class EmbeddingSession : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddingSession(QObject *parent = nullptr);

    const TableSpec &spec() const { return m_spec; }
    const EmbeddingTable &table() const { return m_table; }
    Index index() const { return m_index; }
    const Eigen::RowVectorXd &oneHot() const { return m_oneHot; }
    //! X·E, the lookup E[index] and whether they agree; see isProductPending().
    const ProductAndLookup &result() const { return m_result; }

    /*!
     * Whether X·E is still being computed. Tables of more than s_synchronousProductLimit values
     * compute it on another thread, so that a click repaints at once; until productReady(),
     * result() holds the lookup but no product, and \c equal is false.
     */
    bool isProductPending() const { return m_pendingGeneration != 0; }

    //! Blocks until a pending product is ready, for callers without an event loop.
    void waitForProduct();

    //! Above this many values, X·E is computed off the GUI thread.
    static constexpr Index s_synchronousProductLimit = 2'000'000;
    //! How long an index must stay before its product is computed off the GUI thread.
    static constexpr int s_productDelayMilliseconds = 40;
    //! The format every value of this table, and of X·E, is written in.
    NumberFormat numberFormat() const { return m_numberFormat; }

    /*!
     * Replaces the table with the one \a spec describes. If the index no longer exists it moves
     * to the last row, and noticeIssued() says so. \returns false, with problemReported(), if
     * \a spec is refused; the current table stays.
     */
    bool setSpec(const TableSpec &spec);

    //! Makes \a index the hot one. \returns false, with problemReported(), if it is out of range.
    bool setIndex(Index index);

    /*!
     * Shows \a table, read from the file a person knows as \a source, with the index at its
     * first row. setSpec() goes back to a generated table.
     */
    void setLoadedTable(const EmbeddingTable &table, const QString &source);

    //! Whether the table came from a file rather than from spec().
    bool isLoaded() const { return !m_source.isEmpty(); }
    //! The file the table came from, or an empty string for a generated table.
    const QString &source() const { return m_source; }

    /*!
     * What the views keep to themselves while a quiz question is open. Asked which values X·E
     * will hold, the class must not find them marked in E: the selected row and the arrows to
     * it are hidden. Asked where X's 1 is, the 1 is hidden too.
     */
    enum class Concealed { Nothing, SelectedRow, Index };
    Concealed concealed() const { return m_concealed; }
    void setConcealed(Concealed concealed);
    bool isIndexHidden() const { return m_concealed == Concealed::Index; }
    bool isSelectedRowHidden() const { return m_concealed != Concealed::Nothing; }

    //! Walks X·E column by column for the views; off unless asked.
    ProductStepper *stepper() const { return m_stepper; }

    //! \returns "row 3" or, where rows are labelled, "row 3 (king)".
    QString describeRow(Index row) const;

    /*!
     * Whether the views show the product as Eᵀx (the column convention) rather than X·E. The
     * board sets it; every text that names X, E or the product follows conventionChanged().
     */
    void setColumnConvention(bool column);
    bool isColumnConvention() const { return m_notation.columnConvention; }
    const Notation &notation() const { return m_notation; }

Q_SIGNALS:
    //! The whole table was replaced; the index may have moved with it (no indexChanged() then).
    void tableReplaced();
    //! The hot index moved within the same table.
    void indexChanged(ev::Index previous, ev::Index current);
    void problemReported(const QString &message);
    void noticeIssued(const QString &message);
    //! A product computed on another thread has arrived: result() is complete.
    void productReady();
    //! See setConcealed().
    void concealedChanged();
    //! The column convention was switched on or off: see setColumnConvention().
    void conventionChanged(bool column);

private:
    //! Computes X·E again; X too if \a newTable, else setIndex() has updated it.
    void recompute(bool newTable = true);
    void startProduct();
    void acceptProduct();

    TableSpec m_spec;
    EmbeddingTable m_table;
    QString m_source;
    Index m_index = 0;
    Concealed m_concealed = Concealed::Nothing;
    Eigen::RowVectorXd m_oneHot;
    ProductAndLookup m_result;
    NumberFormat m_numberFormat;
    Notation m_notation;
    // Each product request has a number; a result for an older request is dropped.
    quint64 m_generation = 0;
    quint64 m_pendingGeneration = 0;
    quint64 m_startedGeneration = 0;
    QTimer m_productDelay;
    ProductStepper *m_stepper = nullptr;
    QFutureWatcher<ProductAndLookup> m_productWatcher;
};

} // namespace ev

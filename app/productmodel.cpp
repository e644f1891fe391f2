// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "productmodel.h"

#include "columnsum.h"
#include "embeddingsession.h"
#include "modelroles.h"
#include "productstepper.h"

#include <limits>

namespace ev {

ProductModel::ProductModel(EmbeddingSession *session, QObject *parent)
    : SessionTableModel(session, parent)
{
    // Every output value changes with the index, and only they do; a product computed on
    // another thread arrives later.
    const auto updateAll = [this] {
        Q_EMIT dataChanged(index(0, 0), index(0, columnCount() - 1));
    };
    connect(session, &EmbeddingSession::indexChanged, this, updateAll);
    connect(session, &EmbeddingSession::productReady, this, updateAll);
    connect(session->stepper(), &ProductStepper::stepChanged, this, updateAll);
    connect(session->stepper(), &ProductStepper::explainedColumnChanged, this, updateAll);
}

int ProductModel::rows() const
{
    return 1;
}

int ProductModel::columns() const
{
    return int(session()->table().embeddingDimensions());
}

QVariant ProductModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};

    const ProductStepper *stepper = session()->stepper();
    if (!stepper->isLanded(index.column())) {
        // Not computed yet in the step-by-step product: an empty cell waits for its sum.
        if (role == Qt::DisplayRole)
            return QString();
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("%1 is not computed yet: step on to compute it")
                .arg(session()->notation().productEntry(index.column()));
        return {};
    }
    if (session()->isProductPending()) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("…");
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("%1 is being computed")
                .arg(session()->notation().productEntry(index.column()));
    }
    const double value = session()->isProductPending()
        ? std::numeric_limits<double>::quiet_NaN()
        : session()->result().product(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return session()->numberFormat().format(value);
    case ValueRole:
        return value;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%1 = %2")
            .arg(session()->notation().productEntry(index.column()))
            .arg(writeOutColumn(session()->oneHot(), session()->table(), index.column())
                     .text(session()->numberFormat()));
    case Qt::AccessibleTextRole:
        return tr("%1 = %2, the same as E[%3, %4]")
            .arg(session()->notation().productEntry(index.column()))
            .arg(session()->numberFormat().format(value))
            .arg(session()->index())
            .arg(index.column());
    default:
        return cellStyle(role, true, index.column() == stepper->markedColumn());
    }
}

QVariant ProductModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    return orientation == Qt::Horizontal ? QString::number(section) : QStringLiteral("X·E");
}

} // namespace ev

// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "onehotmodel.h"

#include "embeddingsession.h"
#include "modelroles.h"
#include "productstepper.h"

namespace ev {

OneHotModel::OneHotModel(EmbeddingSession *session, QObject *parent)
    : SessionTableModel(session, parent)
{
    connect(session, &EmbeddingSession::indexChanged, this, &OneHotModel::updateHotEntry);
    connect(session, &EmbeddingSession::concealedChanged, this, [this] {
        Q_EMIT dataChanged(index(0, 0), index(0, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    });
    // Every entry of X takes part in every step, so all of X lights up once stepping begins.
    connect(session->stepper(), &ProductStepper::stepChanged, this,
        [this](Index previous, Index landed) {
            if ((previous > 0) != (landed > 0))
                Q_EMIT dataChanged(index(0, 0), index(0, columnCount() - 1));
        });
    connect(session->stepper(), &ProductStepper::explainedColumnChanged, this,
        [this](Index previous, Index current) {
            if ((previous >= 0) != (current >= 0))
                Q_EMIT dataChanged(index(0, 0), index(0, columnCount() - 1));
        });
}

int OneHotModel::rows() const
{
    return 1;
}

int OneHotModel::columns() const
{
    return int(session()->table().numEmbeddings());
}

QVariant OneHotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};

    const bool hidden = session()->isIndexHidden();
    const bool hot = !hidden && index.column() == session()->index();
    const double value = session()->oneHot()(index.column());
    if (hidden) {
        // Every entry alike: one of them is the 1, and where is the question.
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("?");
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return tr("X entry %1: hidden, as the question asks where the 1 is")
                .arg(index.column());
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(value, 'f', 0);
    case ValueRole:
        return value;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return hot
            ? tr("X[%1] = 1: this entry selects row %1 of E").arg(index.column())
            : tr("X[%1] = 0: click to make row %1 of E the selected one").arg(index.column());
    case Qt::AccessibleTextRole:
        return tr("X entry %1, value %2").arg(index.column()).arg(value);
    default:
        return cellStyle(role, hot, isLit());
    }
}

QVariant OneHotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole && orientation == Qt::Vertical)
        return QStringLiteral("X");
    // Labelled rows name their entry of X too, under its index.
    const QStringList &labels = session()->table().labels();
    if (role == Qt::DisplayRole)
        return labels.isEmpty() ? QString::number(section)
                                : QString(QString::number(section) + u'\n' + labels.at(section));
    if (orientation == Qt::Horizontal && role == Qt::FontRole)
        return cellStyle(role, !session()->isIndexHidden() && section == session()->index());
    return {};
}

bool OneHotModel::isLit() const
{
    const ProductStepper *stepper = session()->stepper();
    return stepper->markedColumn() >= 0;
}

void OneHotModel::updateHotEntry(qint64 previous, qint64 current)
{
    for (const qint64 column : {previous, current}) {
        const QModelIndex cell = index(0, int(column));
        Q_EMIT dataChanged(cell, cell);
        Q_EMIT headerDataChanged(Qt::Horizontal, int(column), int(column));
    }
}

} // namespace ev

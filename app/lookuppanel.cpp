// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "lookuppanel.h"

#include "embeddingproduct.h"
#include "embeddingsession.h"
#include "highlightdelegate.h"
#include "matrixview.h"
#include "modelroles.h"
#include "productstepper.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace ev {

LookupComparisonModel::LookupComparisonModel(EmbeddingSession *session, QObject *parent)
    : SessionTableModel(session, parent)
{
    const auto updateAll = [this] {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    };
    connect(session, &EmbeddingSession::indexChanged, this, updateAll);
    connect(session, &EmbeddingSession::productReady, this, updateAll);
    connect(session->stepper(), &ProductStepper::stepChanged, this, updateAll);
    connect(session, &EmbeddingSession::conventionChanged, this, updateAll);
}

int LookupComparisonModel::rows() const
{
    return 2;
}

int LookupComparisonModel::columns() const
{
    return int(session()->table().embeddingDimensions());
}

QVariant LookupComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};

    const bool product = index.row() == ProductRow;
    // While X·E is stepped through, its entries appear here no sooner than on the board.
    if (product && !session()->stepper()->isLanded(index.column())) {
        if (role == Qt::DisplayRole)
            return QString();
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("(X·E)[%1] is not computed yet: step on to compute it").arg(index.column());
        // Unmarked, as on the board, where it is an empty cell too.
        return {};
    }
    const bool pending = product && session()->isProductPending();
    const ProductAndLookup &result = session()->result();
    const double value = product ? result.product(index.column()) : result.lookup(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return pending ? QStringLiteral("…") : session()->numberFormat().format(value);
    case ValueRole:
        return pending ? QVariant() : QVariant(value);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return product ? tr("%1 = %2")
                             .arg(session()->notation().productEntry(index.column()))
                             .arg(data(index).toString())
                       : tr("E[%1, %2] = %3")
                             .arg(session()->index())
                             .arg(index.column())
                             .arg(data(index).toString());
    default:
        return cellStyle(role, true);
    }
}

QVariant LookupComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return QString::number(section);
    return section == LookupRow ? tr("E[%1]  lookup").arg(session()->index())
                                : tr("%1  product").arg(session()->notation().product());
}

LookupPanel::LookupPanel(EmbeddingSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_model = new LookupComparisonModel(session, this);
    m_view = new MatrixView(tr("Lookup and product"), this);
    m_view->setObjectName(QStringLiteral("comparisonView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HighlightDelegate(this));
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_equality = new QLabel(this);
    m_equality->setObjectName(QStringLiteral("equality"));
    m_equality->setWordWrap(true);
    m_work = new QLabel(this);
    m_work->setObjectName(QStringLiteral("work"));
    m_work->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_equality);
    layout->addWidget(m_work);
    layout->addStretch(1);

    const auto follow = [this] {
        fitView();
        updateTexts();
    };
    connect(session, &EmbeddingSession::tableReplaced, this, follow);
    connect(session, &EmbeddingSession::indexChanged, this, &LookupPanel::updateTexts);
    connect(session, &EmbeddingSession::productReady, this, &LookupPanel::updateTexts);
    connect(session->stepper(), &ProductStepper::stepChanged, this, &LookupPanel::updateTexts);
    connect(session, &EmbeddingSession::conventionChanged, this, &LookupPanel::updateTexts);
    follow();
}

void LookupPanel::fitView()
{
    m_view->fitCellsTo(QStringLiteral("-8888.888"));
    m_view->setFixedHeight(
        m_view->contentSize().height() + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
}

void LookupPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Zoom and presenter mode change the font: the cells must grow with their text.
    if (event->type() == QEvent::FontChange && m_view)
        fitView();
}

void LookupPanel::updateTexts()
{
    const Index index = m_session->index();
    const Index rows = m_session->table().numEmbeddings();
    const Index columns = m_session->table().embeddingDimensions();
    const ProductWork work = productWork(rows, columns);
    const QLocale locale;
    const Notation &notation = m_session->notation();

    const ProductStepper *stepper = m_session->stepper();
    if (stepper->isActive() && !stepper->isAtEnd())
        m_equality->setText(tr("%1 is being computed step by step: %2 of its %3 entries so far. "
                               "Compare it with E[%4] once every entry is in.")
                                .arg(notation.product(), locale.toString(stepper->landedColumns()),
                                    locale.toString(columns))
                                .arg(index));
    else if (m_session->isProductPending())
        m_equality->setText(tr("%1 is being computed, to be compared with E[%2].")
                                .arg(notation.product())
                                .arg(index));
    else if (m_session->result().equal)
        m_equality->setText(tr("<b>Equal:</b> %1 and E[%2] agree in every one of their %3 "
                               "entries.")
                                .arg(notation.product())
                                .arg(index)
                                .arg(locale.toString(columns)));
    else
        m_equality->setText(tr("<b>Not equal:</b> another row of E holds an infinity or NaN, and "
                               "0 times those is NaN, so %1 differs from E[%2].")
                                .arg(notation.product())
                                .arg(index));

    // In the column convention x meets the columns of Eᵀ, which are E's rows.
    m_work->setText(
        tr("<b>Work for this %1 × %2 table:</b> %3 takes %4 multiply-adds (every entry of %5 "
           "times every %6); the lookup E[%7] copies %8 values. The lookup does %9 times "
           "less work, and never needs %5 at all: that is why embedding layers look rows up.")
            .arg(locale.toString(rows), locale.toString(columns), notation.product(),
                locale.toString(work.multiplyAdds), notation.oneHot(),
                notation.columnConvention ? tr("column of Eᵀ") : tr("row of E"))
            .arg(index)
            .arg(locale.toString(work.copies), locale.toString(work.multiplyAdds / work.copies)));
}

} // namespace ev

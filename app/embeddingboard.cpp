// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "embeddingboard.h"

#include "connectoroverlay.h"
#include "embeddingsession.h"
#include "embeddingtablemodel.h"
#include "highlightdelegate.h"
#include "logging.h"
#include "matrixview.h"
#include "onehotmodel.h"
#include "productmodel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>

namespace ev {

namespace {

constexpr qreal s_fontScale = 1.25;
// Below this a view shows too little to read; it scrolls instead.
constexpr int s_narrowestView = 160;
// How much width a row vector, and the table, may claim when all three cannot have their own.
constexpr int s_stripWidthClaim = 400;
constexpr int s_tableWidthClaim = 1000;

QString shape(Index rows, Index columns)
{
    return QStringLiteral("%1×%2").arg(rows).arg(columns);
}

// The longest of the table's extreme values, with every digit as wide as the widest.
QString widestValue(const EmbeddingSession &session)
{
    const auto [smallest, largest] = session.table().visit([](const auto &values) {
        return std::pair {double(values.minCoeff()), double(values.maxCoeff())};
    });
    QString widest;
    for (const double value : {smallest, largest}) {
        const QString text = session.numberFormat().format(value);
        if (text.size() > widest.size())
            widest = text;
    }
    for (QChar &c : widest) {
        if (c.isDigit())
            c = u'8';
    }
    return widest;
}

} // namespace

EmbeddingBoard::EmbeddingBoard(EmbeddingSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    // Read from the back of a classroom: larger than the desktop's default text.
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * s_fontScale);
    setFont(larger);

    createViews();
    createLayout();
    connectViewsToSession();
    m_overlay = new ConnectorOverlay(session, m_oneHotView, m_tableView, m_productView, this);
    followTable();
}

void EmbeddingBoard::createViews()
{
    m_oneHotModel = new OneHotModel(m_session, this);
    m_tableModel = new EmbeddingTableModel(m_session, this);
    m_productModel = new ProductModel(m_session, this);

    m_oneHotView = new MatrixView(tr("One-hot vector X"), this);
    m_tableView = new MatrixView(tr("Embedding table E"), this);
    m_productView = new MatrixView(tr("Output X·E"), this);
    m_oneHotView->setObjectName(QStringLiteral("oneHotView"));
    m_tableView->setObjectName(QStringLiteral("tableView"));
    m_productView->setObjectName(QStringLiteral("productView"));

    m_oneHotView->setModel(m_oneHotModel);
    m_tableView->setModel(m_tableModel);
    m_productView->setModel(m_productModel);
    using Mode = HighlightDelegate::BorderMode;
    m_oneHotView->setItemDelegate(new HighlightDelegate(Mode::Cell, this));
    m_tableView->setItemDelegate(new HighlightDelegate(Mode::Row, this));
    m_productView->setItemDelegate(new HighlightDelegate(Mode::Row, this));

    // The two row vectors are one line tall: they scroll sideways only.
    for (MatrixView *strip : {m_oneHotView, m_productView})
        strip->setStrip(true);
    m_productView->setFocusPolicy(Qt::NoFocus);
}

void EmbeddingBoard::createLayout()
{
    // The titles read as the equation itself, X (1×V) · E (V×D) = X·E (1×D), each above its view.
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.5);
    large.setBold(true);
    const auto makeTitle = [&](const QString &objectName, const QString &text = {}) {
        auto *label = new QLabel(text, this);
        label->setObjectName(objectName);
        label->setFont(large);
        return label;
    };
    m_oneHotTitle = makeTitle(QStringLiteral("oneHotTitle"));
    m_tableTitle = makeTitle(QStringLiteral("tableTitle"));
    m_productTitle = makeTitle(QStringLiteral("productTitle"));
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);

    // Rows 0 and 5 take the spare height, so a small table sits in the middle of the window
    // while a large one takes all the room it can.
    auto *grid = new QGridLayout(this);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_oneHotTitle, 1, 0);
    grid->addWidget(makeTitle(QStringLiteral("times"), QStringLiteral("·")), 1, 1);
    grid->addWidget(m_tableTitle, 1, 2);
    grid->addWidget(makeTitle(QStringLiteral("equals"), QStringLiteral("=")), 1, 3);
    grid->addWidget(m_productTitle, 1, 4);
    grid->addWidget(new QLabel(tr("one-hot vector"), this), 2, 0);
    grid->addWidget(new QLabel(tr("embedding table"), this), 2, 2);
    grid->addWidget(new QLabel(tr("output"), this), 2, 4);
    grid->addWidget(m_oneHotView, 3, 0, Qt::AlignVCenter);
    grid->addWidget(m_tableView, 3, 2);
    grid->addWidget(m_productView, 3, 4, Qt::AlignVCenter);
    grid->addWidget(m_explanation, 4, 0, 1, 5);
    grid->setRowMinimumHeight(4, 3 * fontMetrics().height());
    grid->setRowStretch(0, 1);
    grid->setRowStretch(3, 100);
    grid->setRowStretch(5, 1);
}

void EmbeddingBoard::connectViewsToSession()
{
    connect(m_session, &EmbeddingSession::tableReplaced, this, &EmbeddingBoard::followTable);
    connect(m_session, &EmbeddingSession::indexChanged, this, &EmbeddingBoard::followIndex);

    // A click or an arrow key moves a view's current cell; that cell's index becomes the hot one.
    connect(m_oneHotView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                m_session->setIndex(current.column());
        });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                m_session->setIndex(current.row());
        });
}

void EmbeddingBoard::followTable()
{
    const QString widest = widestValue(*m_session);
    m_tableView->fitCellsTo(widest);
    m_productView->fitCellsTo(widest);
    m_oneHotView->fitCellsTo(QString::number(m_session->table().numEmbeddings() - 1));
    // Each view is as large as its matrix, and no larger, so small matrices sit centred side by
    // side; larger ones scroll.
    // Where the window is too narrow for all three, they share it in proportion to their widths,
    // up to a claim that favours the table.
    m_tableView->setMaximumSize(m_tableView->contentSize());
    auto *grid = static_cast<QGridLayout *>(layout());
    const std::tuple<int, MatrixView *, int> columns[] = {{0, m_oneHotView, s_stripWidthClaim},
        {2, m_tableView, s_tableWidthClaim}, {4, m_productView, s_stripWidthClaim}};
    for (const auto &[column, view, claim] : columns) {
        const int contentWidth = view->contentSize().width();
        grid->setColumnStretch(column, std::min(contentWidth, claim));
        view->setMinimumWidth(std::min(contentWidth, s_narrowestView));
        view->setMaximumWidth(contentWidth);
        view->fitHeightToOneRow();
    }
    followIndex();
}

void EmbeddingBoard::followIndex()
{
    const int index = int(m_session->index());
    const QModelIndex hotEntry = m_oneHotModel->index(0, index);
    const int column = std::max(0, m_tableView->currentIndex().column());
    const QModelIndex selectedCell = m_tableModel->index(index, column);

    if (m_oneHotView->currentIndex() != hotEntry)
        m_oneHotView->setCurrentIndex(hotEntry);
    if (m_tableView->currentIndex().row() != index)
        m_tableView->setCurrentIndex(selectedCell);
    m_oneHotView->scrollTo(hotEntry);
    m_tableView->scrollTo(selectedCell);
    qCDebug(lcAppView) << "showing index" << index;
    updateTexts();
}

void EmbeddingBoard::updateTexts()
{
    const Index rows = m_session->table().numEmbeddings();
    const Index columns = m_session->table().embeddingDimensions();
    const Index index = m_session->index();

    m_oneHotTitle->setText(tr("X  %1").arg(shape(1, rows)));
    m_tableTitle->setText(tr("E  %1").arg(shape(rows, columns)));
    m_productTitle->setText(tr("X·E  %1").arg(shape(1, columns)));

    const QString agreement = m_session->result().equal
        ? tr("It equals the direct lookup E[%1].").arg(index)
        : tr("It differs from the direct lookup E[%1]: the table holds an infinity or NaN, "
             "and 0 times those is not 0.")
              .arg(index);
    m_explanation->setText(tr("X is 0 everywhere except a 1 at index %1, so every row of E is "
                              "multiplied by 0 except row %1, and X·E is row %1 of E. %2")
                               .arg(index)
                               .arg(agreement));
}

} // namespace ev

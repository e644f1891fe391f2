// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "embeddingboard.h"

#include "columnsum.h"
#include "connectoroverlay.h"
#include "embeddingsession.h"
#include "embeddingtablemodel.h"
#include "highlightdelegate.h"
#include "logging.h"
#include "matrixview.h"
#include "onehotmodel.h"
#include "overviewstrip.h"
#include "productmodel.h"
#include "productstepper.h"
#include "theme.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QTransposeProxyModel>
#include <QVBoxLayout>

#include <cmath>

namespace ev {

using namespace Qt::StringLiterals;

namespace {

constexpr qreal s_fontScale = 1.25;
constexpr qreal s_titleScale = 1.5;
// Below this a view shows too little to read; it scrolls instead.
constexpr int s_narrowestView = 160;
// How much width X, and E and X·E, may claim when all three cannot have their own.
constexpr int s_oneHotWidthClaim = 300;
constexpr int s_tableWidthClaim = 1000;
// How many entries of each direction, and rows of E, the text is fitted to; more scroll.
constexpr qint64 s_fittedCells = 12;
constexpr qint64 s_fittedRows = 16;
// How far the text may shrink to fit a small window, relative to s_fontScale.
constexpr qreal s_smallestZoom = 0.7;
// How many characters wide X must be for the explanations to stand above it, beside E.
constexpr int s_notesCharacters = 28;
// Digits typed within this long of each other make one number: "1", "2" selects index 12.
constexpr qint64 s_typedIndexMilliseconds = 1000;
// A screen reader reads the first values of a row, not all 300 of a real embedding.
constexpr Index s_valuesRead = 10;

QString shape(Index rows, Index columns)
{
    return QStringLiteral("%1×%2").arg(rows).arg(columns);
}

// The longest of the table's extreme values, with every digit as wide as the widest.
QString widestValue(const EmbeddingSession &session)
{
    // Over the finite values: a NaN would make minCoeff() meaningless. A table holding NaN or
    // infinities needs room for "-inf" too.
    double smallest = 0;
    double largest = 0;
    bool nonFinite = false;
    session.table().visit([&](const auto &values) {
        for (Index i = 0; i < values.size(); ++i) {
            const double value = double(values.data()[i]);
            nonFinite = nonFinite || !std::isfinite(value);
            if (std::isfinite(value)) {
                smallest = std::min(smallest, value);
                largest = std::max(largest, value);
            }
        }
    });
    QString widest = nonFinite ? QStringLiteral("-inf") : QString();
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

// X's entries are headed by their index and, in a labelled table, their label: room for both,
// up to a dozen characters of label (longer ones are elided).
QString widestIndexOrLabel(const EmbeddingSession &session)
{
    constexpr qsizetype longestShown = 12;
    QString widest = QString::number(session.table().numEmbeddings() - 1);
    for (const QString &label : session.table().labels()) {
        if (label.size() > widest.size())
            widest = label.left(longestShown);
        if (widest.size() >= longestShown)
            break;
    }
    return widest;
}

// A row vector stood upright, whose one column is headed by the column convention's name for it.
class UprightVectorModel : public QTransposeProxyModel
{
public:
    UprightVectorModel(const QString &name, QObject *parent)
        : QTransposeProxyModel(parent), m_name(name)
    { }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return m_name;
        return QTransposeProxyModel::headerData(section, orientation, role);
    }

private:
    QString m_name;
};

// The model's own index behind \a shown, which may come from a transposing proxy.
QModelIndex toSource(const QModelIndex &shown)
{
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(shown.model());
    return proxy ? proxy->mapToSource(shown) : shown;
}

// The index \a view shows for \a source, a model index of X, E or X·E.
QModelIndex toShown(const QAbstractItemView *view, const QModelIndex &source)
{
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(view->model());
    return proxy ? proxy->mapFromSource(source) : source;
}

// The first values of \a row, as a screen reader should hear them.
QString spokenValues(const Eigen::RowVectorXd &row, NumberFormat format)
{
    QStringList values;
    for (Index j = 0; j < std::min(row.size(), s_valuesRead); ++j)
        values << format.format(row(j));
    if (row.size() > s_valuesRead)
        values << QStringLiteral("…");
    return values.join(QStringLiteral(", "));
}

} // namespace

EmbeddingBoard::EmbeddingBoard(EmbeddingSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_largestZoom(s_largestZoom)
{
    // Read from the back of a classroom: larger than the desktop's default text, and larger
    // still when the window has room (see fitToWindow()).
    m_baseFont = font();
    m_baseFont.setPointSizeF(m_baseFont.pointSizeF() * s_fontScale);
    setFont(m_baseFont);

    createViews();
    createLayout();
    connectViewsToSession();
    m_overlay = new ConnectorOverlay(session, m_oneHotView, m_tableView, m_productView, this);
    m_overlay->setUncovered(m_overview);
    followTable();
    // A window opened anew, in another language, shows the convention the session has.
    setTransposed(session->isColumnConvention());
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

    m_oneHotTransposed = new UprightVectorModel(QStringLiteral("x"), this);
    m_tableTransposed = new QTransposeProxyModel(this);
    m_productTransposed = new UprightVectorModel(QStringLiteral("Eᵀx"), this);
    m_oneHotTransposed->setSourceModel(m_oneHotModel);
    m_tableTransposed->setSourceModel(m_tableModel);
    m_productTransposed->setSourceModel(m_productModel);
    m_oneHotView->setModel(m_oneHotModel);
    m_tableView->setModel(m_tableModel);
    m_productView->setModel(m_productModel);
    auto *delegate = new HighlightDelegate(this);
    for (MatrixView *view : {m_oneHotView, m_tableView, m_productView})
        view->setItemDelegate(delegate);

    // The two row vectors are one line tall: they scroll sideways only.
    for (MatrixView *strip : {m_oneHotView, m_productView})
        strip->setShape(MatrixView::Shape::Row);
    // The output takes focus too, so that its entries can be explained from the keyboard, and
    // follows the mouse, so that pointing at an entry explains it.
    m_productView->setMouseTracking(true);
    m_productView->viewport()->installEventFilter(this);
    m_productView->installEventFilter(this);
    m_oneHotView->installEventFilter(this);
    m_tableView->installEventFilter(this);

    m_overview = new OverviewStrip(m_session, m_tableView, this);
    m_overview->setObjectName(QStringLiteral("overviewStrip"));
}

void EmbeddingBoard::createLayout()
{
    // The titles read as the equation itself, X (1×V) · E (V×D) = X·E (1×D), each above its
    // view.
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * s_titleScale);
    large.setBold(true);
    const auto makeTitle = [&](const QString &objectName, const QString &text = {}) {
        auto *label = new QLabel(text, this);
        label->setObjectName(objectName);
        label->setFont(large);
        m_titles.append(label);
        return label;
    };
    m_oneHotTitle = makeTitle(QStringLiteral("oneHotTitle"));
    m_tableTitle = makeTitle(QStringLiteral("tableTitle"));
    m_productTitle = makeTitle(QStringLiteral("productTitle"));
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_working = new QLabel(this);
    m_working->setObjectName(QStringLiteral("working"));
    m_working->setAlignment(Qt::AlignCenter);
    m_working->setWordWrap(true);
    m_working->setTextFormat(Qt::RichText);
    m_notes = new QWidget(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    auto *notes = new QVBoxLayout(m_notes);
    notes->setContentsMargins(0, 0, 0, 0);
    notes->addWidget(m_explanation);
    notes->addWidget(m_working);

    // Rows 0 and 5 take the spare height, so a small table sits in the middle of the window
    // while a large one takes all the room it can.
    auto *grid = new QGridLayout(this);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);
    m_timesSign = makeTitle(QStringLiteral("times"), QStringLiteral("·"));
    m_equalsSign = makeTitle(QStringLiteral("equals"), QStringLiteral("="));
    grid->addWidget(m_timesSign, s_titleRow, 1);
    grid->addWidget(m_equalsSign, s_titleRow, 4);
    m_oneHotSubtitle = new QLabel(this);
    m_tableSubtitle = new QLabel(this);
    m_productSubtitle = new QLabel(this);
    placeViews();
    // Column 3 is empty, and takes no room, while the overview is hidden.
    grid->addWidget(m_overview, s_titleRow + 2, 3);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(s_titleRow + 2, 100);
    grid->setRowStretch(s_explanationRow + 2, 1);
}

void EmbeddingBoard::placeViews()
{
    // Side by side, X · E = X·E, or Eᵀ · x = Eᵀx: the factors trade places, the output is last.
    // Stacked, E stands above X·E and X to the left of X·E, so column j of E is right above the
    // entry of X·E it makes: half as wide, which lets a projector show larger digits.
    auto *grid = static_cast<QGridLayout *>(layout());
    const QList<QWidget *> placed {m_oneHotTitle, m_tableTitle, m_productTitle, m_oneHotSubtitle,
        m_tableSubtitle, m_productSubtitle, m_oneHotView, m_tableView, m_productView, m_notes};
    for (QWidget *widget : placed)
        grid->removeWidget(widget);
    const bool stacked = isStacked();
    const int lowerRow = stacked ? s_stackedLowerRow : s_titleRow;
    const Qt::Alignment stripAlignment = m_transposed ? Qt::AlignHCenter : Qt::AlignVCenter;
    const struct
    {
        QLabel *title;
        QLabel *subtitle;
        MatrixView *view;
        int titleRow;
        int column;
        Qt::Alignment alignment;
    } places[] = {
        {m_oneHotTitle, m_oneHotSubtitle, m_oneHotView, lowerRow, oneHotGridColumn(),
            stripAlignment},
        {m_tableTitle, m_tableSubtitle, m_tableView, s_titleRow, tableGridColumn(), {}},
        {m_productTitle, m_productSubtitle, m_productView, lowerRow, productGridColumn(),
            stripAlignment},
    };
    for (const auto &place : places) {
        grid->addWidget(place.title, place.titleRow, place.column);
        grid->addWidget(place.subtitle, place.titleRow + 1, place.column);
        grid->addWidget(place.view, place.titleRow + 2, place.column, place.alignment);
    }
    // Stacked is for a projector, where height is short: the titles say enough.
    for (QLabel *label :
        {m_timesSign, m_equalsSign, m_oneHotSubtitle, m_tableSubtitle, m_productSubtitle})
        label->setVisible(!stacked);
    placeNotes();
    m_oneHotSubtitle->setText(m_transposed ? tr("one-hot column vector") : tr("one-hot vector"));
    m_tableSubtitle->setText(
        m_transposed ? tr("embedding table, transposed") : tr("embedding table"));
    m_productSubtitle->setText(m_transposed ? tr("output, as a column") : tr("output"));
}

bool EmbeddingBoard::hasNotesBesideTable() const
{
    // Where X, below that room, is too narrow for lines of a few words, the explanations would
    // stand in a column of single words and stretch E's row away from X·E.
    return isStacked()
        && m_oneHotView->contentSize().width()
        >= s_notesCharacters * fontMetrics().averageCharWidth();
}

void EmbeddingBoard::placeNotes()
{
    // Side by side, the explanations run below the three. Stacked, they stand in the room
    // beside E, above X, which is otherwise empty, and leave the height to the digits.
    auto *grid = static_cast<QGridLayout *>(layout());
    const bool beside = hasNotesBesideTable();
    const int item = grid->indexOf(m_notes);
    int row = -1;
    int column = -1;
    int rowSpan = 0;
    int columnSpan = 0;
    if (item >= 0)
        grid->getItemPosition(item, &row, &column, &rowSpan, &columnSpan);
    if (item < 0 || (row != s_explanationRow) != beside) {
        grid->removeWidget(m_notes);
        if (beside)
            grid->addWidget(m_notes, s_titleRow + 2, oneHotGridColumn(), Qt::AlignBottom);
        else
            grid->addWidget(m_notes, s_explanationRow, 0, 1, 6);
    }
    fitNotes();
}

void EmbeddingBoard::fitNotes()
{
    // Room for a few lines each, so that the working line does not move as the explanation
    // changes length; beside E they wrap as they need, where its rows leave room for more.
    const int lines = hasNotesBesideTable() ? 0 : (isStacked() ? 2 : 3);
    for (QLabel *label : {m_explanation, m_working})
        label->setMinimumHeight(lines * fontMetrics().height());
}

void EmbeddingBoard::setStacked(bool stacked)
{
    if (stacked == m_stacked)
        return;
    m_stacked = stacked;
    for (MatrixView *view : {m_oneHotView, m_tableView, m_productView})
        view->setCompactRows(stacked);
    placeViews();
    m_overlay->setVisible(!m_transposed && !isStacked());
    fitViews();
}

void EmbeddingBoard::setTransposed(bool transposed)
{
    if (transposed == m_transposed)
        return;
    m_transposed = transposed;
    qCDebug(lcAppView) << "transposed" << transposed;
    m_session->setColumnConvention(transposed);
    setViewModels();
    placeViews();
    const MatrixView::Shape strip = transposed ? MatrixView::Shape::Column : MatrixView::Shape::Row;
    m_oneHotView->setShape(strip);
    m_productView->setShape(strip);
    m_overview->setSuppressed(transposed);
    m_overlay->setVisible(!transposed && !isStacked());
    fitViews();
    updateTexts();
    Q_EMIT transposedChanged(transposed);
}

void EmbeddingBoard::setViewModels()
{
    const std::pair<MatrixView *, QAbstractItemModel *> views[] = {
        {m_oneHotView,
            m_transposed ? static_cast<QAbstractItemModel *>(m_oneHotTransposed) : m_oneHotModel},
        {m_tableView,
            m_transposed ? static_cast<QAbstractItemModel *>(m_tableTransposed) : m_tableModel},
        {m_productView,
            m_transposed ? static_cast<QAbstractItemModel *>(m_productTransposed) : m_productModel},
    };
    for (const auto &[view, model] : views) {
        // A new model brings a new selection model; the view does not delete the old one.
        QItemSelectionModel *previous = view->selectionModel();
        view->setModel(model);
        delete previous;
    }
    connectSelections();
}

void EmbeddingBoard::connectViewsToSession()
{
    connect(m_session, &EmbeddingSession::tableReplaced, this, &EmbeddingBoard::followTable);
    connect(m_session, &EmbeddingSession::indexChanged, this, &EmbeddingBoard::followIndex);
    connect(m_session, &EmbeddingSession::productReady, this, &EmbeddingBoard::updateTexts);
    connect(m_session, &EmbeddingSession::concealedChanged, this,
        &EmbeddingBoard::updateAccessibleDescriptions);
    connect(m_session, &EmbeddingSession::conventionChanged, this, &EmbeddingBoard::setTransposed);
    connect(
        m_session->stepper(), &ProductStepper::stepChanged, this, &EmbeddingBoard::updateWorking);

    connect(m_productView, &QAbstractItemView::entered, this, [this](const QModelIndex &entry) {
        m_hoveredColumn = toSource(entry).column();
        updateWorking();
    });
    connectSelections();
}

void EmbeddingBoard::connectSelections()
{
    // A click or an arrow key moves a view's current cell; that cell's index becomes the hot one.
    connect(m_oneHotView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                m_session->setIndex(toSource(current).column());
        });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                m_session->setIndex(toSource(current).row());
        });
    connect(m_productView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &EmbeddingBoard::updateWorking);
}

void EmbeddingBoard::followTable()
{
    // Both scan the whole table, so once per table, not at every refit of the text size.
    m_widestValue = widestValue(*m_session);
    m_widestIndexOrLabel = widestIndexOrLabel(*m_session);
    fitViews();
}

void EmbeddingBoard::fitViews()
{
    m_tableView->fitCellsTo(m_widestValue);
    m_productView->fitCellsTo(m_widestValue);
    m_oneHotView->fitCellsTo(m_widestIndexOrLabel);
    placeNotes();
    // Each view is as large as its matrix, and no larger, so small matrices sit centred side by
    // side; larger ones scroll. Where the window is too narrow for all three, they share it in
    // proportion to their widths, up to a claim that favours the table and the output.
    // Stacked, E's row labels are as wide as X·E's, so each column of E stands right above the
    // entry of X·E it makes.
    for (MatrixView *view : {m_tableView, m_productView})
        view->verticalHeader()->setMinimumWidth(0);
    if (isStacked()) {
        const int labels = std::max(m_tableView->verticalHeader()->sizeHint().width(),
            m_productView->verticalHeader()->sizeHint().width());
        for (MatrixView *view : {m_tableView, m_productView})
            view->verticalHeader()->setMinimumWidth(labels);
    }
    auto *grid = static_cast<QGridLayout *>(layout());
    const int twoColumns = 2 * m_tableView->horizontalHeader()->defaultSectionSize()
        + m_tableView->verticalHeader()->sizeHint().width();
    const std::tuple<int, MatrixView *, int, int> columns[] = {
        {oneHotGridColumn(), m_oneHotView, s_oneHotWidthClaim, s_narrowestView},
        {tableGridColumn(), m_tableView, s_tableWidthClaim, std::max(s_narrowestView, twoColumns)},
        {productGridColumn(), m_productView, s_tableWidthClaim,
            std::max(s_narrowestView, twoColumns)}};
    // Stacked, the output shares the table's column, and the last column stays empty.
    for (const auto &[column, view, claim, minimum] : columns)
        grid->setColumnStretch(column, 0);
    grid->setColumnStretch(5, 0);
    for (const auto &[column, view, claim, minimum] : columns) {
        const int contentWidth = view->contentSize().width();
        grid->setColumnStretch(
            column, std::max(grid->columnStretch(column), std::min(contentWidth, claim)));
        // Stacked, X has the width beside E's row labels to itself: it need not scroll.
        const bool wholeStrip = isStacked() && view == m_oneHotView;
        view->setMinimumWidth(wholeStrip ? contentWidth : std::min(contentWidth, minimum));
        view->fitToContent();
    }
    followIndex();
    scheduleFitToWindow();
}

void EmbeddingBoard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleFitToWindow();
}

void EmbeddingBoard::scheduleFitToWindow()
{
    // Once per turn of the event loop, after the layout has settled.
    if (m_fitScheduled)
        return;
    m_fitScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_fitScheduled = false;
        fitToWindow();
    });
}

void EmbeddingBoard::fitToWindow()
{
    auto *grid = static_cast<QGridLayout *>(layout());
    const QMargins margins = grid->contentsMargins();
    // The overview counts only where the table is longer than the rows fitted: it shows when the
    // table does not fit, and counting it otherwise would let the text size decide whether it
    // fits, and so whether the overview shows. Its column is there all the same, and the grid
    // puts spacing on both sides of it: five gaps.
    const int titlesHeight
        = m_tableTitle->sizeHint().height() + m_tableSubtitle->sizeHint().height();
    // A large table scrolls at any size, so the text is fitted to a window's worth of it: the
    // lesson's 10×10 table whole, a real table's first rows and columns.
    const QSize oneHot = m_oneHotView->contentSize(s_fittedCells, s_fittedCells);
    const QSize table = m_tableView->contentSize(s_fittedRows, s_fittedCells);
    const QSize product = m_productView->contentSize(s_fittedCells, s_fittedCells);
    int neededWidth = 0;
    int neededHeight = 0;
    if (isStacked()) {
        neededWidth = oneHot.width() + std::max(table.width(), product.width())
            + 2 * grid->horizontalSpacing();
        // The explanations wrap beside E, as tall as they need, in X's width; or take four
        // lines below.
        const int notes = hasNotesBesideTable() ? m_notes->heightForWidth(oneHot.width()) : 0;
        neededHeight = std::max(table.height(), notes) + product.height()
            + 2 * m_tableTitle->sizeHint().height() + 6 * grid->verticalSpacing()
            + (hasNotesBesideTable() ? 0 : 4 * fontMetrics().height());
    } else {
        neededWidth = oneHot.width() + table.width() + product.width()
            + 5 * grid->horizontalSpacing() + m_timesSign->sizeHint().width()
            + m_equalsSign->sizeHint().width();
        // A table longer than the rows fitted always scrolls, so its overview always shows.
        if (m_tableView->model()->rowCount() > s_fittedRows && !m_transposed)
            neededWidth += m_overview->sizeHint().width();
        neededHeight = std::max({oneHot.height(), table.height(), product.height()}) + titlesHeight
            + 5 * grid->verticalSpacing() + 6 * fontMetrics().height();
    }
    neededWidth += margins.left() + margins.right();
    neededHeight += margins.top() + margins.bottom();
    if (width() < 100 || height() < 100)
        return;

    // Content grows in proportion to its text, so one step lands close to a fit. The fit is
    // found as if the user's zoom were 1, which then scales it, and scrolls what overflows.
    const qreal ratio
        = std::min(qreal(width()) / neededWidth, qreal(height()) / neededHeight) * m_userZoom;
    const qreal zoom = std::clamp(m_zoom * ratio * 0.96, s_smallestZoom, m_largestZoom);
    // A small change is not worth a refit, unless the content no longer fits and must shrink.
    const bool fits = ratio >= 1.0;
    if (std::abs(zoom - m_zoom) < 0.03 * m_zoom && (fits || zoom >= m_zoom))
        return;
    qCDebug(lcAppView) << "text zoom" << m_zoom << "->" << zoom;
    m_zoom = zoom;
    applyZoom();
}

void EmbeddingBoard::applyZoom()
{
    QFont scaled = m_baseFont;
    scaled.setPointSizeF(m_baseFont.pointSizeF() * m_zoom * m_userZoom);
    setFont(scaled);
    QFont large = scaled;
    large.setPointSizeF(scaled.pointSizeF() * s_titleScale);
    large.setBold(true);
    for (QLabel *title : std::as_const(m_titles))
        title->setFont(large);
    fitViews();
}

void EmbeddingBoard::followIndex()
{
    const int index = int(m_session->index());
    const QModelIndex hotEntry = toShown(m_oneHotView, m_oneHotModel->index(0, index));
    const int column = std::max(0, toSource(m_tableView->currentIndex()).column());
    const QModelIndex selectedCell = toShown(m_tableView, m_tableModel->index(index, column));

    if (m_oneHotView->currentIndex() != hotEntry)
        m_oneHotView->setCurrentIndex(hotEntry);
    if (toSource(m_tableView->currentIndex()).row() != index)
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

    if (m_transposed) {
        m_oneHotTitle->setText(tr("x  %1").arg(shape(rows, 1)));
        m_tableTitle->setText(tr("Eᵀ  %1").arg(shape(columns, rows)));
        m_productTitle->setText(tr("Eᵀx  %1").arg(shape(columns, 1)));
    } else {
        m_oneHotTitle->setText(tr("X  %1").arg(shape(1, rows)));
        m_tableTitle->setText(tr("E  %1").arg(shape(rows, columns)));
        m_productTitle->setText(tr("X·E  %1").arg(shape(1, columns)));
    }

    QString agreement;
    if (m_session->isProductPending())
        agreement = tr("The product is being computed, to be checked against the direct lookup "
                       "E[%1].")
                        .arg(index);
    else if (m_session->result().equal)
        agreement = tr("It equals the direct lookup E[%1].").arg(index);
    else
        agreement = tr("It differs from the direct lookup E[%1]: another row of the table "
                       "holds an infinity or NaN, and 0 times those is not 0.")
                        .arg(index);
    m_explanation->setText(m_transposed
            ? tr("x is 0 everywhere except a 1 at index %1, so every column of Eᵀ is multiplied "
                 "by 0 except column %1, and Eᵀx is that column: the numbers of %2 of E, stood "
                 "upright. %3")
                  .arg(index)
                  .arg(m_session->describeRow(index), agreement)
            : tr("X is 0 everywhere except a 1 at index %1, so every row of E is multiplied by 0 "
                 "except %2, and X·E is %2 of E. %3")
                  .arg(index)
                  .arg(m_session->describeRow(index), agreement));
    updateWorking();
    updateAccessibleDescriptions();
}

QList<MatrixView *> EmbeddingBoard::wholeViews() const
{
    QList<MatrixView *> whole;
    for (MatrixView *view : {m_oneHotView, m_tableView, m_productView}) {
        if (view->showsWholeContent())
            whole << view;
    }
    return whole;
}

Index EmbeddingBoard::explainedColumn() const
{
    const ProductStepper *stepper = m_session->stepper();
    if (stepper->isActive())
        return stepper->currentColumn();
    if (m_hoveredColumn >= 0 && m_hoveredColumn < m_session->table().embeddingDimensions())
        return m_hoveredColumn;
    const QModelIndex selected = toSource(m_productView->currentIndex());
    return m_productView->hasFocus() && selected.isValid() ? selected.column() : -1;
}

void EmbeddingBoard::updateWorking()
{
    ProductStepper *stepper = m_session->stepper();
    const Index column = explainedColumn();
    // The entry explained, and the column of E it comes from, are marked as a step's are.
    if (!stepper->isActive())
        stepper->setExplainedColumn(column);
    if (column < 0) {
        m_working->setText(stepper->isActive()
                ? tr("Each step multiplies %1 into one column of E and adds up the products. "
                     "Press Space for the first step.")
                      .arg(m_session->notation().oneHot())
                : tr("Point at an entry of %1, or press Space to compute it column by column, "
                     "to see the sum it comes from.")
                      .arg(m_session->notation().product()));
        return;
    }

    const ColumnSum sum = writeOutColumn(m_session->oneHot(), m_session->table(), column);
    const Theme &theme = Theme::current();
    // Marked by weight and an underline as well as by the highlight's colour.
    const QString markBefore
        = QStringLiteral("<span style=\"background-color:%1; color:%2; font-weight:bold; "
                         "text-decoration:underline\">")
              .arg(theme.highlightFill.name(), theme.highlightText.name());
    const QString written = sum.text(m_session->numberFormat(), markBefore, u"</span>"_s)
                                .replace(u'…', u"&hellip;"_s);
    const Index index = m_session->index();
    const QString value = m_session->numberFormat().format(sum.sum);
    QString why;
    if (sum.contributingRows.size() > 1)
        why = tr("X[%1] is 1, yet 0 times an infinity or NaN is NaN, so other rows count too.")
                  .arg(index);
    else if (m_transposed)
        why = tr("Only x[%1] is 1, so only column %1 of Eᵀ counts: Eᵀ[%2, %1] = %3 lands in "
                 "(Eᵀx)[%2].")
                  .arg(index)
                  .arg(column)
                  .arg(value);
    else
        why = tr("Only X[%1] is 1, so only %2 counts: E[%1, %3] = %4, from row %1 and column %3, "
                 "lands in (X·E)[%3].")
                  .arg(index)
                  .arg(m_session->describeRow(index).toHtmlEscaped())
                  .arg(column)
                  .arg(value);
    const QString step = stepper->isActive()
        ? tr("Step %1 of %2: ").arg(column + 1).arg(m_session->table().embeddingDimensions())
        : QString();
    const QString entry = m_session->notation().productEntry(column);
    m_working->setText(u"%1<b>%2</b> = %3<br>%4"_s.arg(step, entry).arg(written, why));
}

void EmbeddingBoard::updateAccessibleDescriptions()
{
    const Index index = m_session->index();
    const NumberFormat format = m_session->numberFormat();
    m_oneHotView->setAccessibleDescription(m_session->isIndexHidden()
            ? tr("Where the 1 is stays hidden until the answer is revealed.")
            : tr("The hot entry is index %1: it is 1, and every other entry is 0.").arg(index));
    if (m_session->isSelectedRowHidden()) {
        m_tableView->setAccessibleDescription(QString());
        return;
    }
    m_tableView->setAccessibleDescription(
        tr("Selected: %1, values %2.")
            .arg(m_session->describeRow(index),
                spokenValues(m_session->table().row(index), format)));
    m_productView->setAccessibleDescription(m_session->isProductPending()
            ? tr("The output is being computed.")
            : tr("Output values: %1.").arg(spokenValues(m_session->result().product, format)));
}

void EmbeddingBoard::setUserZoom(qreal zoom)
{
    zoom = std::clamp(zoom, s_smallestUserZoom, s_largestUserZoom);
    if (qFuzzyCompare(zoom, m_userZoom))
        return;
    m_userZoom = zoom;
    qCDebug(lcAppView) << "user zoom" << zoom;
    applyZoom();
    Q_EMIT userZoomChanged(zoom);
}

void EmbeddingBoard::zoomIn()
{
    setUserZoom(m_userZoom * s_userZoomStep);
}

void EmbeddingBoard::zoomOut()
{
    setUserZoom(m_userZoom / s_userZoomStep);
}

void EmbeddingBoard::resetZoom()
{
    setUserZoom(1.0);
}

void EmbeddingBoard::setLargestZoom(qreal largest)
{
    m_largestZoom = largest;
    scheduleFitToWindow();
}

bool EmbeddingBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_productView->viewport() && event->type() == QEvent::Leave) {
        m_hoveredColumn = -1;
        updateWorking();
    }
    // The entry selected in X·E is explained while the view has the keyboard, and only then.
    if (watched == m_productView
        && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        updateWorking();
    if (event->type() == QEvent::KeyPress && (watched == m_oneHotView || watched == m_tableView))
        return moveIndexByKey(static_cast<QKeyEvent *>(event), watched == m_oneHotView);
    return QWidget::eventFilter(watched, event);
}

bool EmbeddingBoard::moveIndexByKey(const QKeyEvent *event, bool inOneHotView)
{
    const Index last = m_session->table().numEmbeddings() - 1;
    const Index index = m_session->index();
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    Index target = index;
    // Any other key ends a number being typed.
    if (event->text().size() != 1 || !event->text().front().isDigit())
        m_typedIndex.clear();
    switch (event->key()) {
    case Qt::Key_Home:
        target = 0;
        break;
    case Qt::Key_End:
        target = last;
        break;
    // X lies on its side: up and down move along it too, as they do along E.
    case Qt::Key_Up:
    case Qt::Key_Left:
        if (!inOneHotView)
            return false;
        target = std::max<Index>(0, index - 1);
        break;
    case Qt::Key_Down:
    case Qt::Key_Right:
        if (!inOneHotView)
            return false;
        target = std::min(last, index + 1);
        break;
    default: {
        const QString text = event->text();
        if (modifiers != Qt::NoModifier || text.size() != 1 || !text.front().isDigit())
            return false;
        // A digit soon after another extends the number. One past the table is refused with a
        // message, not quietly read as a shorter number: "15" must not select 5.
        const bool continuing = !m_typedIndex.isEmpty() && m_sinceLastDigit.isValid()
            && m_sinceLastDigit.elapsed() < s_typedIndexMilliseconds;
        m_typedIndex = continuing ? m_typedIndex + text : text;
        m_sinceLastDigit.start();
        target = m_typedIndex.toLongLong();
        // Each number kept is a row of the table, so one more digit stays far inside 64 bits.
        if (target > last) {
            m_typedIndex.clear();
            m_session->setIndex(target); // refused: says what is allowed
            return true;
        }
    }
    }
    if (modifiers != Qt::NoModifier && event->key() != Qt::Key_Home && event->key() != Qt::Key_End)
        return false;
    m_session->setIndex(target);
    return true;
}

} // namespace ev

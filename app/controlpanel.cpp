// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "controlpanel.h"

#include "embeddingsession.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>

#include <functional>

namespace ev {

namespace {

/*
 * A spin box that says why it turned down what was typed, where QSpinBox would drop the key or
 * put the old value back without a word.
 */
class ExplainingSpinBox : public QSpinBox
{
public:
    ExplainingSpinBox(std::function<void(const QString &)> explain, QWidget *parent)
        : QSpinBox(parent), m_explain(std::move(explain))
    { }

    QValidator::State validate(QString &input, int &position) const override
    {
        const QValidator::State state = QSpinBox::validate(input, position);
        if (state == QValidator::Invalid)
            m_explain(ControlPanel::tr("%1 takes a whole number from %2 to %3; \"%4\" is not one.")
                          .arg(objectName())
                          .arg(minimum())
                          .arg(maximum())
                          .arg(input));
        return state;
    }

    // Called when editing ends on text that is no value yet, such as 0 in a box from 1.
    void fixup(QString &input) const override
    {
        m_explain(
            ControlPanel::tr("%1 takes a whole number from %2 to %3, not \"%4\"; it stays %5.")
                .arg(objectName())
                .arg(minimum())
                .arg(maximum())
                .arg(input)
                .arg(value()));
        QSpinBox::fixup(input);
    }

private:
    std::function<void(const QString &)> m_explain;
};

} // namespace

bool ControlPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A field with the keyboard would keep some of the window's keys: Ctrl+E (Export View),
    // which a text field on Linux takes for "end of line" as End does, and in a number's field
    // Space (Step Forward), since no number holds a space. Left unaccepted, they reach the window.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool exportKey = key->key() == Qt::Key_E && key->modifiers() == Qt::ControlModifier;
        const bool stepKey = key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier
            && qobject_cast<QSpinBox *>(watched);
        if (exportKey || stepKey) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QSpinBox *ControlPanel::makeSpinBox(
    const QString &objectName, qint64 minimum, qint64 maximum, const QString &toolTip)
{
    auto *box = new ExplainingSpinBox(
        [this](const QString &message) { Q_EMIT valueRefused(message); }, this);
    box->setObjectName(objectName);
    box->setRange(int(minimum), int(maximum));
    box->setToolTip(toolTip);
    box->setAccessibleName(objectName);
    box->installEventFilter(this);
    return box;
}

ControlPanel::ControlPanel(EmbeddingSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    createControls();
    followTable();

    connect(session, &EmbeddingSession::tableReplaced, this, &ControlPanel::followTable);
    connect(session, &EmbeddingSession::indexChanged, this, &ControlPanel::followSession);
    // The box would say where X's 1 is while a quiz asks it; its place stays, so nothing moves.
    QSizePolicy keepPlace = m_index->sizePolicy();
    keepPlace.setRetainSizeWhenHidden(true);
    m_index->setSizePolicy(keepPlace);
    connect(session, &EmbeddingSession::concealedChanged, m_index,
        [this] { m_index->setVisible(!m_session->isIndexHidden()); });
    for (QSpinBox *box : {m_numEmbeddings, m_embeddingDimensions, m_seed})
        connect(box, &QSpinBox::valueChanged, this, &ControlPanel::requestSpec);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ControlPanel::requestSpec);
    connect(
        m_index, &QSpinBox::valueChanged, this, [this](int index) { m_session->setIndex(index); });
}

void ControlPanel::createControls()
{
    using Limits = GeneratedTableLimits;
    m_numEmbeddings = makeSpinBox(QStringLiteral("num_embeddings"), Limits::s_minNumEmbeddings,
        Limits::s_maxNumEmbeddings,
        tr("How many rows E has: one embedding for each index, from 0 up."));
    m_embeddingDimensions = makeSpinBox(QStringLiteral("embedding_dimensions"),
        Limits::s_minEmbeddingDimensions, Limits::s_maxEmbeddingDimensions,
        tr("How many numbers each embedding holds: the columns of E."));
    m_index = makeSpinBox(QStringLiteral("index"), 0, Limits::s_maxNumEmbeddings - 1,
        tr("Which entry of X is 1, and so which row of E the product picks."));
    m_seed = makeSpinBox(QStringLiteral("seed"), Limits::s_minSeed, Limits::s_maxSeed,
        tr("The same seed gives the same random table on every computer."));
    // Typing 250 would otherwise rebuild the table at 2 and 25 on the way, and move the index.
    for (QSpinBox *box : {m_numEmbeddings, m_embeddingDimensions, m_seed})
        box->setKeyboardTracking(false);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("table"));
    m_kind->setAccessibleName(tr("table kind"));
    m_kind->addItem(tr("simple"), int(TableKind::Simple));
    m_kind->addItem(tr("random"), int(TableKind::Random));
    m_kind->setToolTip(tr("Simple tables count 1, 2, 3, … row by row, so you can see which row "
                          "was picked; random ones hold standard normal values, like a real, "
                          "trained table."));

    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    m_firstRow = new QHBoxLayout;
    m_secondRow = new QHBoxLayout;
    rows->addLayout(m_firstRow);
    rows->addLayout(m_secondRow);
    m_findGroup = new QWidget(this);
    auto *findLayout = new QHBoxLayout(m_findGroup);
    findLayout->setContentsMargins(0, 0, 0, 0);
    QHBoxLayout *layout = m_firstRow;
    const auto addLabelled = [&](const QString &text, QWidget *control) {
        auto *label = new QLabel(text, control->parentWidget());
        label->setBuddy(control);
        layout->addWidget(label);
        layout->addWidget(control);
        layout->addSpacing(12);
    };
    // Letters no menu of the menu bar takes (File, Edit, View, Step, Lesson, Help).
    addLabelled(tr("nu&m_embeddings"), m_numEmbeddings);
    addLabelled(tr("em&bedding_dimensions"), m_embeddingDimensions);
    addLabelled(tr("&index"), m_index);
    addLabelled(tr("&table"), m_kind);
    addLabelled(tr("see&d"), m_seed);

    m_search = new QLineEdit(m_findGroup);
    m_search->installEventFilter(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("find a label, e.g. king"));
    m_search->setClearButtonEnabled(true);
    fitSearchBox();
    m_search->setToolTip(tr("Type a row's label and press Enter to make it the hot index."));
    m_labels = new QStringListModel(this);
    auto *completer = new QCompleter(m_labels, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    // Completed in place, so Enter always searches what the box shows; a popup list would
    // swallow Enter until one of its entries was chosen.
    completer->setCompletionMode(QCompleter::InlineCompletion);
    completer->setModelSorting(QCompleter::UnsortedModel);
    m_search->setCompleter(completer);
    connect(m_search, &QLineEdit::returnPressed, this, &ControlPanel::searchLabel);
    layout = findLayout;
    // Alt+N: Alt+F opens the File menu.
    addLabelled(tr("fi&nd"), m_search);
    m_source = new QLabel(m_findGroup);
    m_source->setObjectName(QStringLiteral("source"));
    findLayout->addWidget(m_source);
    m_firstRow->addWidget(m_findGroup);
    m_firstRow->addStretch(1);
    m_secondRow->addStretch(1);
}

QSize ControlPanel::minimumSizeHint() const
{
    // The table's controls alone: the find group can always move below them.
    int controlsWidth = 0;
    for (int i = 0; i < m_firstRow->count(); ++i) {
        const QLayoutItem *item = m_firstRow->itemAt(i);
        if (item->widget() != m_findGroup)
            controlsWidth += item->sizeHint().width() + m_firstRow->spacing();
    }
    return {
        std::max(controlsWidth, m_findGroup->sizeHint().width()), layout()->minimumSize().height()};
}

void ControlPanel::fitSearchBox()
{
    // Wide enough for the whole hint and the clear button, in whatever font the panel has.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText())
        + 3 * m_search->fontMetrics().height());
}

void ControlPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Presenter mode enlarges the controls' text.
    if (event->type() == QEvent::FontChange && m_search) {
        fitSearchBox();
        arrangeRows();
    }
}

void ControlPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeRows();
}

// One row where there is room for it, two where there is not, so that a projector of 1024
// pixels shows every control.
void ControlPanel::arrangeRows()
{
    const bool inFirstRow = m_firstRow->indexOf(m_findGroup) >= 0;
    int oneRowWidth = m_firstRow->sizeHint().width();
    if (!inFirstRow)
        oneRowWidth += m_findGroup->sizeHint().width() + m_firstRow->spacing();
    const bool fits = width() >= oneRowWidth;
    if (fits == inFirstRow)
        return;
    if (fits) {
        m_secondRow->removeWidget(m_findGroup);
        m_firstRow->insertWidget(m_firstRow->count() - 1, m_findGroup);
    } else {
        m_firstRow->removeWidget(m_findGroup);
        m_secondRow->insertWidget(0, m_findGroup);
    }
}

void ControlPanel::requestSpec()
{
    TableSpec spec;
    spec.numEmbeddings = m_numEmbeddings->value();
    spec.embeddingDimensions = m_embeddingDimensions->value();
    spec.kind = TableKind(m_kind->currentData().toInt());
    spec.seed = std::uint64_t(m_seed->value());
    m_session->setSpec(spec);
}

void ControlPanel::followSession()
{
    const TableSpec &spec = m_session->spec();
    const QSignalBlocker blockers[]
        = {QSignalBlocker(m_numEmbeddings), QSignalBlocker(m_embeddingDimensions),
            QSignalBlocker(m_index), QSignalBlocker(m_kind), QSignalBlocker(m_seed)};
    // A loaded table shows its own sizes in the (disabled) boxes, beyond the generator's range.
    const bool loaded = m_session->isLoaded();
    using Limits = GeneratedTableLimits;
    m_numEmbeddings->setMaximum(
        int(loaded ? m_session->table().numEmbeddings() : Limits::s_maxNumEmbeddings));
    m_embeddingDimensions->setMaximum(
        int(loaded ? m_session->table().embeddingDimensions() : Limits::s_maxEmbeddingDimensions));
    m_numEmbeddings->setValue(
        int(loaded ? m_session->table().numEmbeddings() : spec.numEmbeddings));
    m_embeddingDimensions->setValue(
        int(loaded ? m_session->table().embeddingDimensions() : spec.embeddingDimensions));
    m_index->setMaximum(int(spec.numEmbeddings - 1));
    m_index->setValue(int(m_session->index()));
    m_kind->setCurrentIndex(m_kind->findData(int(spec.kind)));
    m_seed->setValue(int(spec.seed));

    // A table from a file keeps its own sizes; the generating controls wait for File > New.
    const EmbeddingTable &table = m_session->table();
    m_numEmbeddings->setEnabled(!loaded);
    m_embeddingDimensions->setEnabled(!loaded);
    m_kind->setEnabled(!loaded);
    m_seed->setEnabled(!loaded && spec.kind == TableKind::Random);
    if (loaded) {
        m_index->setMaximum(int(table.numEmbeddings() - 1));
        m_index->setValue(int(m_session->index()));
    }
    m_source->setText(loaded ? tr("from <b>%1</b> (%2 × %3)")
                                   .arg(m_session->source().toHtmlEscaped())
                                   .arg(table.numEmbeddings())
                                   .arg(table.embeddingDimensions())
                             : QString());
    m_search->setEnabled(!table.labels().isEmpty());
}

void ControlPanel::followTable()
{
    // A label searched for in the table before would mislead beside a new one.
    m_search->clear();
    m_labels->setStringList(m_session->table().labels());
    followSession();
}

void ControlPanel::searchLabel()
{
    const QString label = m_search->text().trimmed();
    if (label.isEmpty())
        return;
    if (const auto row = m_session->table().indexOfLabel(label))
        m_session->setIndex(*row);
    else
        Q_EMIT labelNotFound(
            tr("No row is labelled \"%1\"; labels are matched exactly, capitals too.").arg(label));
}

} // namespace ev

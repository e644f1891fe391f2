// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "steptoolbar.h"

#include "productstepper.h"
#include "theme.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QStyle>

namespace ev {

namespace {

// \a icon's shapes filled with \a colour: the style's media icons are dark grey, which vanishes
// on the black of high contrast.
QPixmap tinted(const QIcon &icon, int side, const QColor &colour)
{
    QPixmap pixmap = icon.pixmap(side);
    QPainter painter(&pixmap);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pixmap.rect(), colour);
    return pixmap;
}

} // namespace

StepToolBar::StepToolBar(ProductStepper *stepper, QWidget *parent)
    : QToolBar(parent), m_stepper(stepper)
{
    setObjectName(QStringLiteral("stepToolBar"));
    // Also the text of toggleViewAction(), which shows and hides the toolbar.
    setWindowTitle(tr("Step &Toolbar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_stepThrough = makeAction(QStringLiteral("actionStepThrough"), QString(), QString(),
        {QKeySequence(Qt::CTRL | Qt::Key_T)});
    m_stepThrough->setCheckable(true);
    m_restart = makeAction(QStringLiteral("actionRestart"), tr("&Restart"),
        tr("Back to the first column"), {QKeySequence(Qt::Key_R)});
    m_stepBack
        = makeAction(QStringLiteral("actionStepBack"), tr("Step &Back"), tr("Undo the latest step"),
            {QKeySequence(Qt::Key_Backspace), QKeySequence(Qt::SHIFT | Qt::Key_Space)});
    m_play = makeAction(QStringLiteral("actionPlay"), playText(false),
        tr("Step on by itself, at the chosen speed"), {QKeySequence(Qt::Key_P)});
    m_play->setCheckable(true);
    m_stepForward = makeAction(QStringLiteral("actionStepForward"), tr("Step &Forward"), QString(),
        {QKeySequence(Qt::Key_Space)});
    m_slower = makeAction(QStringLiteral("actionSlower"), tr("&Slower"), tr("Play more slowly"),
        {QKeySequence(Qt::Key_BracketLeft)});
    m_faster = makeAction(QStringLiteral("actionFaster"), tr("F&aster"), tr("Play faster"),
        {QKeySequence(Qt::Key_BracketRight)});

    addAction(m_stepThrough);
    addSeparator();
    addAction(m_restart);
    addAction(m_stepBack);
    addAction(m_play);
    addAction(m_stepForward);
    addSeparator();
    auto *speedLabel = new QLabel(tr("speed"), this);
    addWidget(speedLabel);
    m_speed = new QSlider(Qt::Horizontal, this);
    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->setAccessibleName(tr("Playing speed"));
    m_speed->setRange(0, ProductStepper::speedCount() - 1);
    m_speed->setPageStep(1);
    m_speed->setTickPosition(QSlider::TicksBelow);
    fitSpeedSlider();
    // Clicked with the mouse, the slider must not keep the focus, or Space would stay with it.
    m_speed->setFocusPolicy(Qt::TabFocus);
    speedLabel->setBuddy(m_speed);
    addWidget(m_speed);

    connect(m_stepThrough, &QAction::toggled, stepper, &ProductStepper::setActive);
    connect(m_restart, &QAction::triggered, stepper, &ProductStepper::restart);
    connect(m_stepBack, &QAction::triggered, stepper, &ProductStepper::stepBack);
    connect(m_play, &QAction::toggled, stepper, &ProductStepper::setPlaying);
    connect(m_stepForward, &QAction::triggered, stepper, &ProductStepper::stepForward);
    connect(m_slower, &QAction::triggered, stepper,
        [stepper] { stepper->setSpeed(stepper->speed() - 1); });
    connect(m_faster, &QAction::triggered, stepper,
        [stepper] { stepper->setSpeed(stepper->speed() + 1); });
    connect(m_speed, &QSlider::valueChanged, stepper, &ProductStepper::setSpeed);
    for (const auto signal : {&ProductStepper::activeChanged, &ProductStepper::playingChanged})
        connect(stepper, signal, this, &StepToolBar::followStepper);
    connect(stepper, &ProductStepper::stepChanged, this, &StepToolBar::followStepper);
    connect(stepper, &ProductStepper::speedChanged, this, &StepToolBar::followStepper);
    setProductName(QStringLiteral("X·E"));
    updateIcons();
    // After updateIcons(), which gives the button its icon.
    fitPlayButton();
}

QString StepToolBar::playText(bool playing)
{
    return playing ? tr("&Pause") : tr("&Play");
}

void StepToolBar::fitPlayButton()
{
    // As wide as its longer label, so that Play turning into Pause moves no other button.
    QWidget *button = widgetForAction(m_play);
    if (!button)
        return;
    button->setMinimumWidth(0);
    const QString shown = m_play->text();
    int width = 0;
    for (const bool playing : {false, true}) {
        m_play->setText(playText(playing));
        width = std::max(width, button->sizeHint().width());
    }
    m_play->setText(shown);
    button->setMinimumWidth(width);
}

void StepToolBar::setProductName(const QString &product)
{
    m_stepThrough->setText(tr("Step &Through %1").arg(product));
    setActionToolTip(m_stepThrough, tr("Compute %1 one output column at a time").arg(product));
    setActionToolTip(m_stepForward, tr("Compute the next column of %1").arg(product));
}

void StepToolBar::setActionToolTip(QAction *action, const QString &toolTip)
{
    action->setToolTip(
        tr("%1 (%2)").arg(toolTip, action->shortcut().toString(QKeySequence::NativeText)));
}

QList<QAction *> StepToolBar::stepActions() const
{
    return {m_stepThrough, m_restart, m_stepBack, m_play, m_stepForward, m_slower, m_faster};
}

QAction *StepToolBar::makeAction(const QString &objectName, const QString &text,
    const QString &toolTip, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    setActionToolTip(action, toolTip);
    return action;
}

QIcon StepToolBar::icon(QStyle::StandardPixmap which) const
{
    const QIcon standard = style()->standardIcon(which);
    if (!Theme::isHighContrast())
        return standard;
    QIcon high;
    for (const int side : {16, 24, 32, 48, 64}) {
        high.addPixmap(tinted(standard, side, palette().color(QPalette::WindowText)));
        high.addPixmap(
            tinted(standard, side, palette().color(QPalette::Disabled, QPalette::WindowText)),
            QIcon::Disabled);
    }
    return high;
}

void StepToolBar::updateIcons()
{
    m_restart->setIcon(icon(QStyle::SP_MediaSkipBackward));
    m_stepBack->setIcon(icon(QStyle::SP_MediaSeekBackward));
    m_stepForward->setIcon(icon(QStyle::SP_MediaSeekForward));
    followStepper();
}

void StepToolBar::changeEvent(QEvent *event)
{
    QToolBar::changeEvent(event);
    // High contrast comes and goes with the application's palette.
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        fitPlayButton();
        fitSpeedSlider();
    }
}

void StepToolBar::fitSpeedSlider()
{
    // As wide as fourteen digits of the toolbar's text, which presenter mode enlarges.
    if (m_speed)
        m_speed->setMaximumWidth(fontMetrics().horizontalAdvance(u'0') * 14);
}

void StepToolBar::followStepper()
{
    const QSignalBlocker blockers[]
        = {QSignalBlocker(m_stepThrough), QSignalBlocker(m_play), QSignalBlocker(m_speed)};
    m_stepThrough->setChecked(m_stepper->isActive());
    m_play->setChecked(m_stepper->isPlaying());
    m_play->setText(playText(m_stepper->isPlaying()));
    m_play->setIcon(icon(m_stepper->isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_speed->setValue(m_stepper->speed());
    for (QAction *action : {m_stepThrough, m_restart, m_play, m_stepForward})
        action->setEnabled(m_allowed);
    m_speed->setEnabled(m_allowed);
    m_stepBack->setEnabled(m_allowed && m_stepper->isActive() && m_stepper->landedColumns() > 0);
    m_slower->setEnabled(m_allowed && m_stepper->speed() > 0);
    m_faster->setEnabled(m_allowed && m_stepper->speed() < ProductStepper::speedCount() - 1);
}

void StepToolBar::setStepsAllowed(bool allowed)
{
    m_allowed = allowed;
    followStepper();
}

} // namespace ev

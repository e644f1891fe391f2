// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyle>
#include <QToolBar>

class QAction;
class QSlider;

namespace ev {

class ProductStepper;

/*!
 * \brief The controls that walk X·E column by column: step through on or off, restart, step
 * back, play or pause, step forward, and the speed of play. Each is an action with a shortcut
 * (Space steps forward), for the toolbar and the Step menu alike.
 */
class StepToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit StepToolBar(ProductStepper *stepper, QWidget *parent = nullptr);

    QAction *stepThroughAction() const { return m_stepThrough; }
    QAction *restartAction() const { return m_restart; }
    QAction *stepBackAction() const { return m_stepBack; }
    QAction *playAction() const { return m_play; }
    QAction *stepForwardAction() const { return m_stepForward; }
    QAction *slowerAction() const { return m_slower; }
    QAction *fasterAction() const { return m_faster; }
    QSlider *speedSlider() const { return m_speed; }

    //! Every action, in menu order.
    QList<QAction *> stepActions() const;

    //! Turns every control off, or back on: stepping must not go on behind a quiz's cover.
    void setStepsAllowed(bool allowed);
    bool areStepsAllowed() const { return m_allowed; }
    //! Names the product "X·E" or, in the column convention, "Eᵀx" in the texts.
    void setProductName(const QString &product);

protected:
    void changeEvent(QEvent *event) override;

private:
    //! The style's icon, or in high contrast the same shapes in the text's colour.
    QIcon icon(QStyle::StandardPixmap which) const;
    void updateIcons();
    void fitPlayButton();
    void fitSpeedSlider();
    //! The play action's text while stepping plays, or not.
    static QString playText(bool playing);
    QAction *makeAction(const QString &objectName, const QString &text, const QString &toolTip,
        const QList<QKeySequence> &shortcuts);
    void followStepper();
    //! Sets \a toolTip, followed by the action's shortcut.
    void setActionToolTip(QAction *action, const QString &toolTip);

    ProductStepper *m_stepper;
    QAction *m_stepThrough = nullptr;
    QAction *m_restart = nullptr;
    QAction *m_stepBack = nullptr;
    QAction *m_play = nullptr;
    QAction *m_stepForward = nullptr;
    QAction *m_slower = nullptr;
    QAction *m_faster = nullptr;
    QSlider *m_speed = nullptr;
    bool m_allowed = true;
};

} // namespace ev

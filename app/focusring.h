// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace ev {

/*!
 * \brief A thick ring drawn around a widget while it has the keyboard focus.
 *
 * The style marks focus on buttons, but not on a table or a text browser, and on a projector its
 * marks are too thin to see: someone using the keyboard must see where their keys will go. The
 * ring is a child laid over the widget's edge, so it needs nothing from the widget's own painting.
 */
class FocusRing : public QWidget
{
    Q_OBJECT

public:
    //! Gives \a watched a ring, which it owns.
    static FocusRing *attach(QWidget *watched);

    //! The ring's width in pixels.
    static constexpr int s_width = 3;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    explicit FocusRing(QWidget *watched);
};

} // namespace ev

// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "focusring.h"

#include <QEvent>
#include <QPainter>

namespace ev {

FocusRing *FocusRing::attach(QWidget *watched)
{
    return new FocusRing(watched);
}

FocusRing::FocusRing(QWidget *watched) : QWidget(watched)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(watched->rect());
    setVisible(watched->hasFocus());
    watched->installEventFilter(this);
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = static_cast<QWidget *>(watched);
    switch (event->type()) {
    case QEvent::FocusIn:
    case QEvent::FocusOut:
        setVisible(widget->hasFocus());
        // Above the viewport and the scroll bars, which the widget may have raised since.
        raise();
        break;
    case QEvent::Resize:
        setGeometry(widget->rect());
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    // The palette's highlight: blue in the normal look, yellow in high contrast, each clear of
    // the window's background.
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Highlight), s_width);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.drawRect(
        QRectF(rect()).adjusted(s_width / 2.0, s_width / 2.0, -s_width / 2.0, -s_width / 2.0));
}

} // namespace ev

// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "modelroles.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace ev {

QVariant highlightStyle(int role, bool highlighted)
{
    if (!highlighted)
        return {};

    switch (role) {
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        return QBrush(QColor(0xff, 0xd9, 0x66));
    case Qt::ForegroundRole:
        return QBrush(Qt::black);
    case HighlightRole:
        return true;
    default:
        return {};
    }
}

} // namespace ev

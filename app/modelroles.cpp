// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "modelroles.h"

#include "theme.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace ev {

QVariant cellStyle(int role, bool highlighted, bool stepping)
{
    if (!highlighted && !stepping)
        return {};

    const Theme &theme = Theme::current();
    switch (role) {
    case Qt::FontRole: {
        if (!highlighted)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        return QBrush(highlighted ? theme.highlightFill : theme.stepFill);
    case Qt::ForegroundRole:
        return QBrush(highlighted ? theme.highlightText : theme.stepText);
    case HighlightRole:
        return highlighted;
    case StepRole:
        return stepping;
    default:
        return {};
    }
}

} // namespace ev

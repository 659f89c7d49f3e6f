#pragma once

#include <QString>
#include <QWidget>

// The one widget with this object name that a patient can see right now
// (screens share names such as "backButton"), or nullptr.
template<typename T = QWidget>
T *visibleWidget(const QWidget *root, const QString &objectName)
{
    const QList<T *> candidates = root->findChildren<T *>(objectName);
    for (T *widget : candidates) {
        if (widget->isVisible())
            return widget;
    }
    return nullptr;
}

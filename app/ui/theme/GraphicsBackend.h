#pragma once

#include <QString>

// How the window is drawn. With Qt Quick's OpenGL path, the web view's
// QQuickWidget makes every repaint of the window a full OpenGL composition;
// without a strong GPU (and under Xvfb) that took 40-50 ms a screen change.
// The software path measured 10 ms (bench/kiosk_bench). Must run before the
// first window exists. QT_QUICK_BACKEND in the environment still wins.
void applyGraphicsBackend(const QString &choice);

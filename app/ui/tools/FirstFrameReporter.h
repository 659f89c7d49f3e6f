#pragma once

#include <QObject>

class QWidget;

// For the benchmark's cold-start figure: prints "first-frame" on stderr once
// the window has painted for the first time (only when the environment
// variable KIOSK_REPORT_FIRST_FRAME is set), so a harness can time process
// start to first screen from outside.
class FirstFrameReporter final : public QObject
{
    Q_OBJECT

public:
    explicit FirstFrameReporter(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

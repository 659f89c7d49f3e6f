#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// The patient's text size, the same control on every screen that has one:
// "A−", the size in words ("Text size 150 %"), "A+". A step that cannot be
// taken is shown disabled, so the patient sees where the steps end.
class TextSizeControl final : public QWidget
{
    Q_OBJECT

public:
    explicit TextSizeControl(QWidget *parent = nullptr);

    void setScale(double scale, bool canShrink, bool canEnlarge);
    QString sizeText() const;

signals:
    void shrinkRequested();
    void enlargeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitLabel();

    QPushButton *m_shrink;
    QLabel *m_size;
    QPushButton *m_enlarge;
    int m_percent = 100;
};

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// A hard word explained, over the article: the word, one or two plain
// sentences from the clinic's glossary, and a large "Close". The article
// stays where it was underneath, so the patient reads on from the same
// place. It goes at the next screen change and at the reset.
class GlossaryCard final : public QWidget
{
    Q_OBJECT

public:
    explicit GlossaryCard(QWidget *window);

    void showTerm(const QString &word, const QString &explanation);
    QString word() const;
    QString explanation() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void place();
    void retranslateUi();

    QLabel *m_word;
    QLabel *m_explanation;
    QPushButton *m_close;
};

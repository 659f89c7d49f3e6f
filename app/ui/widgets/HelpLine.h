#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

// The calm, always-visible line along the bottom of every patient screen:
// "Feeling unwell or unsafe? Tell the front desk, or call or text 988", in
// the patient's language (in Spanish with the Spanish route: press 2). One
// tap opens the help article ("Who to call"). On the disclaimer, before any
// content may be shown, it is the same words without the tap.
class HelpLine final : public QWidget
{
    Q_OBJECT

public:
    explicit HelpLine(QWidget *parent = nullptr);

    // The staff corner's 56 px and a gap: nothing of the line lies there.
    static constexpr int LeftMargin = 80;

    // false: words only (the disclaimer, or a library without the help article).
    void setCanOpenHelp(bool canOpen);
    // The welcome speaks every language at once: the words in each of
    // `languages`, one line each. Empty: the interface's language only.
    void setAllLanguages(const QStringList &languages);

signals:
    void helpRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QStringList m_allLanguages;
    QLabel *m_words;
    QPushButton *m_open;
};

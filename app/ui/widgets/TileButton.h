#pragma once

#include <QAbstractButton>

class QLabel;

// A large, card-shaped button with a title, a line of explanation and an
// optional small line (reading time). Word-wrapped labels make a plain
// QPushButton unusable for this; the whole card is one touch target and
// fires on release, like every kiosk control.
class TileButton final : public QAbstractButton
{
    Q_OBJECT

public:
    explicit TileButton(QWidget *parent = nullptr);

    void setTexts(const QString &title, const QString &description, const QString &meta = {});
    void setEmphasis(bool emphasised);    // the home screen's featured card
    void setEyebrow(const QString &text); // a small label above the title ("Start here")
    // A topic's drawing beside the title (TopicIcon), in the title's colour;
    // an empty id or a topic without a drawing: words only.
    void setTopicIcon(const QString &topicId);
    bool hasTopicIcon() const;
    // Where the drawing is, in the tile's coordinates (empty without one).
    QRect topicIconRect() const;

    QString titleText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Label colours from the current theme: at construction, on emphasis,
    // and whenever the window's style (the theme) changes.
    void applyColours();
    // The drawing only where the title's longest word still fits beside
    // it (200 % text on a narrow tile): a word is never cut for a picture.
    void fitIcon();

    QLabel *m_eyebrow;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_meta;
    QLabel *m_icon; // beside the title
    QString m_iconTopic;
    bool m_emphasised = false;
};

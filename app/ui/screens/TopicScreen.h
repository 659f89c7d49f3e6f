#pragma once

#include <QList>
#include <QWidget>

class ArticleLibrary;
class KineticScrollArea;
class NavigationBar;
class QLabel;
class QVBoxLayout;
class TileButton;

// One topic: its articles as cards (title, one-line summary, reading time)
// in a list a finger can fling.
class TopicScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit TopicScreen(QWidget *parent = nullptr);

    void showTopic(const ArticleLibrary *library, const QString &topicId, const QString &language);
    QString topicId() const { return m_topicId; }
    NavigationBar *navigationBar() const { return m_bar; }
    KineticScrollArea *scrollArea() const { return m_scroll; }
    void scrollToTop();

signals:
    void articleRequested(const QString &articleId);
    void backRequested();
    void homeRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Side margins that keep the list's lines near 70 characters.
    void keepLinesReadable();
    // The topic's drawing beside its description, in the theme's colours.
    void showTopicIcon();

    NavigationBar *m_bar;
    QVBoxLayout *m_descriptionRow;
    QLabel *m_icon;
    QLabel *m_description;
    KineticScrollArea *m_scroll;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
    QList<TileButton *> m_tiles;
    QString m_topicId;
};

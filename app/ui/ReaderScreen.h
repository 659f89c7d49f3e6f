#pragma once

#include <QWidget>

class KioskWebPage;
class NavigationBar;
class QWebEngineView;

// The article reader: the rendered article in a web view under a bar with
// large Back and Home buttons. The page itself comes from the patient's web
// session and is swapped at every reset.
class ReaderScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderScreen(QWidget *parent = nullptr);

    void setPage(KioskWebPage *page);
    void showArticle(const QUrl &url, const QString &title);
    QWebEngineView *view() const { return m_view; }
    NavigationBar *navigationBar() const { return m_bar; }
    QString articleTitle() const { return m_title; }

signals:
    void backRequested();
    void homeRequested();
    void articleLinkActivated(const QString &articleId);
    void articleShown(bool ok); // the page finished loading

private:
    NavigationBar *m_bar;
    QWebEngineView *m_view;
    QString m_title;
};

#include "ReaderScreen.h"

#include "KioskWebPage.h"
#include "NavigationBar.h"

#include <QVBoxLayout>
#include <QWebEngineHistory>
#include <QWebEngineView>

ReaderScreen::ReaderScreen(QWidget *parent)
    : QWidget(parent)
    , m_bar(new NavigationBar(this))
    , m_view(new QWebEngineView(this))
{
    setObjectName(QStringLiteral("readerScreen"));
    setProperty("screen", true);
    setAttribute(Qt::WA_StyledBackground);

    m_view->setObjectName(QStringLiteral("readerView"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setAcceptDrops(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_view, 1);

    connect(m_bar, &NavigationBar::backRequested, this, &ReaderScreen::backRequested);
    connect(m_bar, &NavigationBar::homeRequested, this, &ReaderScreen::homeRequested);
}

void ReaderScreen::setPage(KioskWebPage *page)
{
    m_view->setPage(page);
    connect(page, &KioskWebPage::articleLinkActivated, this, &ReaderScreen::articleLinkActivated);
    connect(page, &QWebEnginePage::loadFinished, this, [this, page](bool ok) {
        // The app keeps the only history (SessionController); the page keeps
        // none, so no gesture or key can step back into an earlier article.
        page->history()->clear();
        emit articleShown(ok);
    });
}

void ReaderScreen::showArticle(const QUrl &url, const QString &title)
{
    m_title = title;
    m_bar->setTitle(title);
    m_view->setUrl(url);
}

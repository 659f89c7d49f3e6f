#include "NavigationBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

NavigationBar::NavigationBar(QWidget *parent)
    : QWidget(parent)
    , m_back(new QPushButton(this))
    , m_home(new QPushButton(this))
    , m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("navigationBar"));
    setAttribute(Qt::WA_StyledBackground);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_home->setObjectName(QStringLiteral("homeButton"));
    m_title->setObjectName(QStringLiteral("barTitle"));
    m_title->setProperty("role", QStringLiteral("barTitle"));
    m_title->setTextFormat(Qt::PlainText); // a topic's or article's title, from the content folder
    m_title->setWordWrap(true);
    m_title->setMinimumWidth(100);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(24);
    layout->addWidget(m_back);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_home);

    connect(m_back, &QPushButton::clicked, this, &NavigationBar::backRequested);
    connect(m_home, &QPushButton::clicked, this, &NavigationBar::homeRequested);
    retranslateUi();
}

void NavigationBar::setTitle(const QString &title)
{
    m_title->setText(title);
}

void NavigationBar::setTools(QWidget *tools)
{
    auto *row = static_cast<QHBoxLayout *>(layout());
    if (m_tools)
        row->removeWidget(m_tools);
    m_tools = tools;
    if (m_tools)
        row->insertWidget(row->indexOf(m_trailing ? m_trailing : m_home), m_tools, 1);
    m_title->setVisible(!m_tools);
}

void NavigationBar::addTrailingButton(QWidget *button)
{
    auto *row = static_cast<QHBoxLayout *>(layout());
    m_trailing = button;
    row->insertWidget(row->indexOf(m_home), button);
}

void NavigationBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NavigationBar::retranslateUi()
{
    //: Button that returns to the previous screen. Keep it short.
    m_back->setText(tr("‹  Back"));
    m_back->setAccessibleName(tr("Back"));
    //: Button that returns to the home screen with the topics.
    m_home->setText(tr("Home"));
    m_home->setAccessibleName(tr("Home"));
}

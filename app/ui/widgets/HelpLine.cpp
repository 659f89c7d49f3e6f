#include "HelpLine.h"

#include "i18n/TextInLanguage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace {
//: Always visible at the bottom of patient screens. Calm, short. The Spanish
//: version must give the Spanish route to 988 (call 988 and press 2).
const char *const Words =
    QT_TRANSLATE_NOOP("HelpLine", "Feeling unwell or unsafe? Tell the front desk, or call or text 988.");
} // namespace

HelpLine::HelpLine(QWidget *parent)
    : QWidget(parent)
    , m_words(new QLabel(this))
    , m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("helpLine"));
    setAttribute(Qt::WA_StyledBackground);
    m_words->setObjectName(QStringLiteral("helpLineText"));
    m_words->setTextFormat(Qt::PlainText);
    m_words->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("helpLineButton"));
    m_open->setProperty("kind", QStringLiteral("helpLine"));
    auto *layout = new QHBoxLayout(this);
    // 12 px above and below: the button stays more than 8 px from any
    // control of the screen above it (a list tile scrolled to the edge).
    // On the left, room for the staff corner (StaffGesture::CornerSize,
    // 56 px): its hidden hold must never lie on words or on a control.
    layout->setContentsMargins(LeftMargin, 12, 24, 12);
    layout->setSpacing(16);
    layout->addWidget(m_words, 1);
    layout->addWidget(m_open);
    // Showing or hiding the button must not change the line's size: a
    // top-level layout that changes its size constraints resizes the window,
    // and that takes a locked kiosk out of full screen.
    QSizePolicy keepPlace = m_open->sizePolicy();
    keepPlace.setRetainSizeWhenHidden(true);
    m_open->setSizePolicy(keepPlace);
    connect(m_open, &QPushButton::clicked, this, &HelpLine::helpRequested);
    retranslateUi();
}

void HelpLine::setAllLanguages(const QStringList &languages)
{
    if (languages == m_allLanguages)
        return;
    m_allLanguages = languages;
    retranslateUi();
}

void HelpLine::setCanOpenHelp(bool canOpen)
{
    m_open->setVisible(canOpen);
}

void HelpLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HelpLine::retranslateUi()
{
    if (m_allLanguages.size() > 1) {
        QStringList lines;
        for (const QString &language : std::as_const(m_allLanguages))
            lines.append(TextInLanguage::translate(language, "HelpLine", Words));
        m_words->setText(lines.join(QLatin1Char('\n')));
    } else {
        m_words->setText(tr(Words));
    }
    m_words->setAccessibleName(m_words->text());
    //: Opens the article "When to get help now" with the who-to-call chart.
    m_open->setText(tr("Who to call  ›"));
    m_open->setAccessibleName(tr("Who to call: when to get help now"));
}

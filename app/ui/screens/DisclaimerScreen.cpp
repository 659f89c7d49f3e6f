#include "DisclaimerScreen.h"

#include "system/KioskLogging.h"
#include "widgets/KineticScrollArea.h"
#include "widgets/LanguageSwitch.h"

#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DisclaimerScreen::DisclaimerScreen(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel)
    , m_scroll(new KineticScrollArea(this))
    , m_back(new QPushButton(this))
    , m_acknowledge(new QPushButton(this))
    , m_listen(new QPushButton(this))
    , m_languageSwitch(new LanguageSwitch(this))
{
    setObjectName(QStringLiteral("disclaimerScreen"));
    setProperty("screen", true);
    setAttribute(Qt::WA_StyledBackground);

    m_title->setProperty("role", QStringLiteral("screenTitle"));
    m_title->setWordWrap(true);
    m_body->setObjectName(QStringLiteral("disclaimerText"));
    m_body->setProperty("role", QStringLiteral("disclaimerText"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_scroll->setWidget(m_body);

    m_back->setObjectName(QStringLiteral("disclaimerBackButton"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_acknowledge->setProperty("kind", QStringLiteral("primary"));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(32);
    buttons->addWidget(m_back);
    buttons->addWidget(m_acknowledge, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(72, 56, 72, 56);
    layout->setSpacing(32);
    m_listen->setObjectName(QStringLiteral("disclaimerListenButton"));
    m_listen->setProperty("kind", QStringLiteral("tool"));
    m_listen->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_listen);
    top->addStretch(1);
    top->addWidget(m_languageSwitch);
    layout->addLayout(top);
    layout->addWidget(m_title);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);

    connect(m_acknowledge, &QPushButton::clicked, this, &DisclaimerScreen::acknowledged);
    connect(m_back, &QPushButton::clicked, this, &DisclaimerScreen::backRequested);
    connect(m_listen, &QPushButton::clicked, this, &DisclaimerScreen::listenRequested);
    retranslateUi();
}

QStringList DisclaimerScreen::builtInParagraphs()
{
    return {
        tr("This kiosk is for learning only. It is not medical advice, and it does not take the "
           "place of your care team."),
        tr("The U.S. Food and Drug Administration (FDA) has approved ketamine only as an anesthetic, a "
           "medicine used for surgery. It has approved ketamine for no mental health condition. Using it for "
           "depression, anxiety, PTSD or pain is off-label."),
        tr("Only esketamine nasal spray (Spravato) is approved for depression, for adults. Ketamine made by "
           "a compounding pharmacy, such as lozenges or sprays, is not an FDA-approved product at all."),
        tr("Results are different for each person. No treatment works for everyone."),
        tr("Talk with your care team before you make any decision about your treatment."),
        tr("If you have thoughts of suicide, call or text 988, or chat at 988lifeline.org. "
           "In Spanish, call 988 and press 2. In an emergency, call 911."),
    };
}

QStringList DisclaimerScreen::paragraphsFromFile(const QString &path)
{
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qCWarning(lcConfig).noquote() << path << ": disclaimer file cannot be read; showing the built-in disclaimer";
        return {};
    }
    QStringList paragraphs;
    const QStringList blocks = QString::fromUtf8(file.readAll()).split(QStringLiteral("\n\n"));
    for (const QString &block : blocks) {
        const QString paragraph = block.simplified();
        if (!paragraph.isEmpty())
            paragraphs.append(paragraph);
    }
    if (paragraphs.isEmpty())
        qCWarning(lcConfig).noquote() << path << ": disclaimer file is empty; showing the built-in disclaimer";
    return paragraphs;
}

void DisclaimerScreen::setCustomText(const QStringList &paragraphs)
{
    m_customParagraphs = paragraphs;
    retranslateUi();
}

QString DisclaimerScreen::text() const
{
    return m_body->text();
}

void DisclaimerScreen::setListenAvailable(bool available)
{
    m_listen->setVisible(available);
}

QString DisclaimerScreen::plainText() const
{
    const QStringList paragraphs = m_customParagraphs.isEmpty() ? builtInParagraphs() : m_customParagraphs;
    return m_title->text() + QStringLiteral(".\n") + paragraphs.join(QLatin1Char('\n'));
}

void DisclaimerScreen::scrollToTop()
{
    m_scroll->scrollToTop();
}

void DisclaimerScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DisclaimerScreen::retranslateUi()
{
    m_title->setText(tr("Before you begin"));
    const QStringList paragraphs = m_customParagraphs.isEmpty() ? builtInParagraphs() : m_customParagraphs;
    QString html;
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p style=\"margin-bottom: 24px;\">%1</p>").arg(paragraph.toHtmlEscaped());
    m_body->setText(html);
    m_back->setText(tr("‹  Back"));
    m_back->setAccessibleName(tr("Back"));
    //: The patient confirms they read the disclaimer. Must be short and clear.
    m_acknowledge->setText(tr("I understand"));
    m_acknowledge->setAccessibleName(tr("I understand"));
    m_listen->setText(tr("Listen"));
    m_listen->setAccessibleName(tr("Read this page aloud"));
}

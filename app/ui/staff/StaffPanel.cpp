#include "StaffPanel.h"

#include "config/KioskConfig.h"
#include "widgets/OverlayPlacement.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cmath>

namespace {

// The panel's own colours, whatever palette the patient left on: dark words
// on the panel's warm white, and "Leave kiosk mode" outlined in red (7.3:1
// on white) so it never looks like "Reload content" or any other button.
const char *const PanelStyle = R"(
QWidget#staffPanel { background: #fdfcfa; }
QWidget#staffPanel QLabel { color: #1a1a1a; background: transparent; }
QLabel#staffVersion { color: #454545; font-size: 24px; }
QLabel#staffContentHeading, QLabel#staffTopArticlesHeading { font-size: 30px; font-weight: bold; }
QPushButton#staffResume { min-height: 96px; font-size: 30px; }
QPushButton#staffIdleShorter, QPushButton#staffIdleLonger { padding: 0 16px; }
QPlainTextEdit#staffContentReport { font-size: 20px; color: #1a1a1a; background: #ffffff; }
QPushButton#staffLeave { background: #ffffff; color: #b00020; border: 3px solid #b00020; }
QPushButton#staffLeave:pressed { background: #b00020; color: #ffffff; }
QWidget#staffLeaveConfirmBox { background: rgba(0, 0, 0, 0.72); }
QFrame#staffLeaveCard { background: #ffffff; border: 3px solid #b00020; border-radius: 28px; }
QLabel#staffLeaveQuestion { font-size: 32px; font-weight: bold; }
QPushButton#staffLeaveConfirm { background: #b00020; color: #ffffff; border: 3px solid #b00020; }
QPushButton#staffLeaveConfirm:pressed { background: #1a1a1a; color: #ffffff; border-color: #1a1a1a; }
)";

const KioskConfig::Range &idleTimeoutRange()
{
    return KioskConfig::info(KioskConfig::Key::IdleTimeoutSeconds).range;
}

} // namespace

StaffPanel::StaffPanel(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_layout(new QVBoxLayout)
    , m_title(new QLabel)
    , m_version(new QLabel)
    , m_resume(new QPushButton)
    , m_reload(new QPushButton)
    , m_idle(new QLabel)
    , m_shorter(new QPushButton)
    , m_longer(new QPushButton)
    , m_contentHeading(new QLabel)
    , m_summary(new QLabel)
    , m_showDetails(new QPushButton)
    , m_details(new QPlainTextEdit)
    , m_topHeading(new QLabel)
    , m_topArticles(new QLabel)
    , m_leave(new QPushButton)
    , m_leaveConfirmBox(new QWidget(this))
    , m_leaveCard(new QFrame)
    , m_leaveQuestion(new QLabel)
    , m_leaveConfirm(new QPushButton)
    , m_leaveCancel(new QPushButton)
{
    setObjectName(QStringLiteral("staffPanel"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QLatin1String(PanelStyle));
    hide();

    m_title->setObjectName(QStringLiteral("staffTitle"));
    m_title->setProperty("role", QStringLiteral("screenTitle"));
    m_version->setObjectName(QStringLiteral("staffVersion"));
    m_resume->setObjectName(QStringLiteral("staffResume"));
    m_resume->setProperty("kind", QStringLiteral("primary"));
    m_reload->setObjectName(QStringLiteral("staffReload"));
    m_idle->setObjectName(QStringLiteral("staffIdleTimeout"));
    m_idle->setWordWrap(true);
    m_shorter->setObjectName(QStringLiteral("staffIdleShorter"));
    m_longer->setObjectName(QStringLiteral("staffIdleLonger"));
    m_contentHeading->setObjectName(QStringLiteral("staffContentHeading"));
    m_contentHeading->setWordWrap(true); // gives way to "Show details" on a narrow screen
    m_summary->setObjectName(QStringLiteral("staffSummary"));
    m_summary->setWordWrap(true);
    m_showDetails->setObjectName(QStringLiteral("staffShowDetails"));
    m_details->setObjectName(QStringLiteral("staffContentReport"));
    m_details->setReadOnly(true);
    m_details->setMinimumHeight(160);
    m_details->hide();
    m_leave->setObjectName(QStringLiteral("staffLeave"));
    m_topHeading->setObjectName(QStringLiteral("staffTopArticlesHeading"));
    m_topArticles->setObjectName(QStringLiteral("staffTopArticles"));
    m_topArticles->setWordWrap(true);
    m_topHeading->hide();
    m_topArticles->hide();

    // Compact rows, so that everything fits the landscape reference screen
    // (1920x1080) with the details shown, and a 800x800 one without them.
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addStretch(1);
    titleRow->addWidget(m_version, 0, Qt::AlignBottom);
    auto *idleRow = new QHBoxLayout;
    idleRow->setSpacing(12);
    idleRow->addWidget(m_idle, 1);
    idleRow->addWidget(m_shorter);
    idleRow->addWidget(m_longer);
    auto *contentRow = new QHBoxLayout;
    contentRow->addWidget(m_contentHeading, 1);
    contentRow->addWidget(m_showDetails);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("staffPanelContent"));
    content->setLayout(m_layout);
    m_layout->setContentsMargins(40, 24, 40, 24);
    m_layout->setSpacing(12);
    m_layout->addLayout(titleRow);
    // One above the other, full width: side by side, a long translation
    // ("Volver al quiosco (bloquear)") would not fit the portrait screen.
    m_layout->addWidget(m_resume);
    m_layout->addWidget(m_reload);
    m_layout->addLayout(idleRow);
    m_layout->addLayout(contentRow);
    m_layout->addWidget(m_summary);
    m_layout->addWidget(m_details, 1);
    m_layout->addWidget(m_topHeading);
    m_layout->addWidget(m_topArticles);
    // Takes the room the hidden details would have, so "Leave kiosk mode"
    // stays at the bottom, apart from the other buttons, either way.
    m_detailsStretchIndex = m_layout->count();
    m_layout->addStretch(1);
    m_layout->addWidget(m_leave);
    // The reference screens show it all at once; a smaller one scrolls. No
    // kinetic scrolling: it holds back quick taps on a panel of buttons.
    m_scroll->setObjectName(QStringLiteral("staffPanelScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    // Leaving is a step that cannot be undone from the kiosk: the panel asks
    // first, on a card over itself (a modal dialog would open a second
    // window above a locked full-screen one).
    m_leaveConfirmBox->setObjectName(QStringLiteral("staffLeaveConfirmBox"));
    m_leaveConfirmBox->setAttribute(Qt::WA_StyledBackground);
    m_leaveCard->setObjectName(QStringLiteral("staffLeaveCard"));
    auto *cardLayout = new QVBoxLayout(m_leaveCard);
    cardLayout->setContentsMargins(40, 32, 40, 32);
    cardLayout->setSpacing(24);
    m_leaveQuestion->setObjectName(QStringLiteral("staffLeaveQuestion"));
    m_leaveQuestion->setWordWrap(true);
    cardLayout->addWidget(m_leaveQuestion);
    auto *confirmRow = new QHBoxLayout;
    confirmRow->setSpacing(24);
    m_leaveConfirm->setObjectName(QStringLiteral("staffLeaveConfirm"));
    m_leaveCancel->setObjectName(QStringLiteral("staffLeaveCancel"));
    confirmRow->addWidget(m_leaveConfirm, 1);
    confirmRow->addWidget(m_leaveCancel, 1);
    cardLayout->addLayout(confirmRow);
    auto *confirmLayout = new QVBoxLayout(m_leaveConfirmBox);
    confirmLayout->setContentsMargins(32, 32, 32, 32);
    confirmLayout->addStretch(1);
    confirmLayout->addWidget(m_leaveCard, 0, Qt::AlignHCenter);
    confirmLayout->addStretch(1);
    m_leaveConfirmBox->hide();

    // Translations and the build's version string are shown as typed, never
    // interpreted as HTML (the content report is a QPlainTextEdit already).
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (QLabel *label : labels)
        label->setTextFormat(Qt::PlainText);

    connect(m_resume, &QPushButton::clicked, this, &StaffPanel::resumeRequested);
    connect(m_reload, &QPushButton::clicked, this, &StaffPanel::reloadContentRequested);
    connect(m_shorter, &QPushButton::clicked, this, [this] {
        if (const std::optional<int> seconds = shorterIdleTimeout(m_idleSeconds))
            setIdleTimeout(*seconds);
    });
    connect(m_longer, &QPushButton::clicked, this, [this] {
        if (const std::optional<int> seconds = longerIdleTimeout(m_idleSeconds))
            setIdleTimeout(*seconds);
    });
    connect(m_showDetails, &QPushButton::clicked, this, [this] { showDetails(m_details->isHidden()); });
    connect(m_leave, &QPushButton::clicked, this, [this] { askToLeave(true); });
    connect(m_leaveCancel, &QPushButton::clicked, this, [this] { askToLeave(false); });
    connect(m_leaveConfirm, &QPushButton::clicked, this, [this] {
        askToLeave(false);
        emit leaveRequested();
    });
    retranslateUi();
    OverlayPlacement::coverParent(this);
}

void StaffPanel::open(int idleTimeoutSeconds)
{
    m_idleSeconds = idleTimeoutSeconds;
    showIdle();
    showDetails(false);
    askToLeave(false);
    m_scroll->verticalScrollBar()->setValue(0);
    raise();
    show();
}

void StaffPanel::setContentStatus(const ContentStatus &status)
{
    m_status = status;
    showContent();
}

void StaffPanel::setTopArticles(const QList<TopArticle> &articles)
{
    m_top = articles;
    showTopArticles();
    m_topHeading->show();
    m_topArticles->show();
}

void StaffPanel::showTopArticles()
{
    QStringList lines;
    for (const TopArticle &article : std::as_const(m_top)) {
        lines.append(article.opens == 1 ? tr("%1: opened once").arg(article.title)
                                        : tr("%1: opened %2 times").arg(article.title).arg(article.opens));
    }
    m_topArticles->setText(lines.isEmpty() ? tr("No article was opened in the last 7 days.")
                                           : lines.join(QLatin1Char('\n')));
    m_topArticles->setAccessibleName(m_topHeading->text());
}

QString StaffPanel::contentDetails() const
{
    return m_details->toPlainText();
}

std::optional<int> StaffPanel::shorterIdleTimeout(int seconds)
{
    const KioskConfig::Range &range = idleTimeoutRange();
    int shorter = seconds - IdleStepSeconds;
    if (range.minimum && shorter < *range.minimum)
        shorter = int(std::ceil(*range.minimum));
    // Positive seconds: the kind allows nothing at or below zero.
    if (shorter <= 0 || shorter >= seconds)
        return std::nullopt;
    return shorter;
}

std::optional<int> StaffPanel::longerIdleTimeout(int seconds)
{
    if (seconds > INT_MAX - IdleStepSeconds)
        return std::nullopt;
    const KioskConfig::Range &range = idleTimeoutRange();
    int longer = seconds + IdleStepSeconds;
    if (range.maximum && longer > *range.maximum)
        longer = int(std::floor(*range.maximum));
    if (longer <= seconds)
        return std::nullopt;
    return longer;
}

QString StaffPanel::durationText(int seconds)
{
    const int minutes = seconds / 60;
    const int rest = seconds % 60;
    if (minutes == 0)
        return tr("%1 s").arg(rest);
    if (rest == 0)
        return tr("%1 min").arg(minutes);
    return tr("%1 min %2 s").arg(minutes).arg(rest);
}

void StaffPanel::setIdleTimeout(int seconds)
{
    m_idleSeconds = seconds;
    showIdle();
    emit idleTimeoutChanged(m_idleSeconds);
}

void StaffPanel::showIdle()
{
    m_idle->setText(m_idleSeconds == m_usualIdleSeconds
                        ? tr("Screen resets after %1 without a touch.").arg(durationText(m_idleSeconds))
                        : tr("Screen resets after %1 without a touch. Back to the usual %2 when the kiosk restarts.")
                              .arg(durationText(m_idleSeconds), durationText(m_usualIdleSeconds)));
    // At a bound the button is off, never a press that moves the other way.
    m_shorter->setEnabled(shorterIdleTimeout(m_idleSeconds).has_value());
    m_longer->setEnabled(longerIdleTimeout(m_idleSeconds).has_value());
}

void StaffPanel::showContent()
{
    // Two strings, not %n, wherever a number meets a noun: English is the
    // source language and has no plural forms file.
    const ContentStatus &s = m_status;
    QStringList summary;
    if (s.articlesWithErrors == 0 && s.otherFilesWithErrors == 0) {
        summary.append(s.articles == 1 ? tr("The 1 article is OK.") : tr("All %1 articles OK.").arg(s.articles));
    } else {
        if (s.articlesWithErrors > 0) {
            summary.append(s.articlesWithErrors == 1
                               ? tr("1 article has problems; the kiosk shows the rest.")
                               : tr("%1 articles have problems; the kiosk shows the rest.").arg(s.articlesWithErrors));
        }
        if (s.otherFilesWithErrors > 0) {
            summary.append(s.otherFilesWithErrors == 1
                               ? tr("1 other content file has problems.")
                               : tr("%1 other content files have problems.").arg(s.otherFilesWithErrors));
        }
        summary.append(tr("Show the details to the clinic's content editor."));
    }
    summary.append(s.dueForReview == 1 ? tr("1 article is due for a clinician's review.")
                                       : tr("%1 articles are due for a clinician's review.").arg(s.dueForReview));
    m_summary->setText(summary.join(QLatin1Char('\n')));

    QString details = tr("%1 articles in %2 languages. %3 errors, %4 warnings.")
                          .arg(s.articles)
                          .arg(s.languages)
                          .arg(s.errors)
                          .arg(s.warnings);
    details +=
        QLatin1Char(' ')
        + (s.dueForReview == 1
               ? tr("1 article due for a clinician's review (for the clinic's content editor).")
               : tr("%1 articles due for a clinician's review (for the clinic's content editor).").arg(s.dueForReview));
    if (!s.revision.isEmpty()) {
        //: For IT: the same code as `patient-kiosk --check-content` prints for a folder.
        details += QLatin1Char(' ') + tr("Content revision %1.").arg(s.revision);
    }
    for (const QString &problem : s.problems)
        details += QLatin1Char('\n') + problem;
    m_details->setPlainText(details);
}

void StaffPanel::showDetails(bool shown)
{
    m_details->setVisible(shown);
    m_layout->setStretch(m_detailsStretchIndex, shown ? 0 : 1);
    m_showDetails->setText(shown ? tr("Hide details") : tr("Show details"));
    m_showDetails->setAccessibleName(m_showDetails->text());
}

void StaffPanel::askToLeave(bool asking)
{
    placeLeaveCard();
    m_leaveConfirmBox->setVisible(asking);
    if (asking)
        m_leaveConfirmBox->raise();
}

void StaffPanel::retranslateUi()
{
    const auto name = [](QPushButton *button, const QString &text, const QString &accessibleName = {}) {
        button->setText(text);
        button->setAccessibleName(accessibleName.isEmpty() ? text : accessibleName);
    };
    m_title->setText(tr("Staff"));
    m_version->setText(tr("Patient kiosk %1").arg(QStringLiteral(KIOSK_VERSION)));
    name(m_resume, tr("Resume kiosk (lock)"));
    name(m_reload, tr("Reload content"));
    name(m_shorter, tr("− %1 s").arg(IdleStepSeconds), tr("− %1 s: shorter").arg(IdleStepSeconds));
    name(m_longer, tr("+ %1 s").arg(IdleStepSeconds), tr("+ %1 s: longer").arg(IdleStepSeconds));
    m_contentHeading->setText(tr("Content check"));
    m_topHeading->setText(tr("Most read in the last 7 days"));
    m_details->setAccessibleName(tr("Content check details"));
    name(m_leave, tr("Leave kiosk mode"));
    m_leaveQuestion->setText(tr("Leave kiosk mode? The kiosk closes and the computer's desktop shows."));
    name(m_leaveConfirm, tr("Yes, leave"), tr("Yes, leave kiosk mode"));
    name(m_leaveCancel, tr("Cancel"), tr("Cancel: stay in kiosk mode"));
    showDetails(!m_details->isHidden());
    showIdle();
    showContent();
    showTopArticles();
}

void StaffPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StaffPanel::placeLeaveCard()
{
    // Centred, as wide as a comfortable line of the question (or the screen).
    m_leaveConfirmBox->setGeometry(rect());
    m_leaveCard->setFixedWidth(std::min(900, width() - 64));
}

void StaffPanel::resizeEvent(QResizeEvent *event)
{
    placeLeaveCard();
    QWidget::resizeEvent(event);
}

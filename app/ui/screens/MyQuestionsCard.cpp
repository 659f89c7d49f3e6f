#include "MyQuestionsCard.h"

#include "input/FocusReturn.h"
#include "takehome/QrCode.h"
#include "widgets/HelpLine.h"
#include "widgets/KineticScrollArea.h"
#include "widgets/OverlayPlacement.h"

#include <QAccessible>
#include <QBoxLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// At least about 12 cm on a 24-inch 1080p panel: a phone at arm's length
// reads it even when the note is long (version 20, about 100 modules, at 5 px
// each).
constexpr int CodeSide = 440;
constexpr int Margin = 24;

} // namespace

MyQuestionsCard::MyQuestionsCard(QWidget *window)
    : QWidget(window)
    , m_title(new QLabel(this))
    , m_close(new QPushButton(this))
    , m_scroll(new KineticScrollArea(this))
    , m_rows(new QWidget)
    , m_rowsLayout(new QVBoxLayout(m_rows))
    , m_empty(new QLabel(m_rows))
    , m_privacy(new QLabel(m_rows))
    , m_codeColumn(new QWidget(this))
    , m_code(new QLabel(m_codeColumn))
    , m_caption(new QLabel(m_codeColumn))
    , m_body(new QBoxLayout(QBoxLayout::TopToBottom))
{
    setObjectName(QStringLiteral("myQuestionsCard"));
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("myQuestionsTitle"));
    m_title->setWordWrap(true);
    m_close->setObjectName(QStringLiteral("myQuestionsCloseButton"));
    m_close->setProperty("kind", QStringLiteral("tool"));
    m_empty->setObjectName(QStringLiteral("myQuestionsEmpty"));
    m_privacy->setObjectName(QStringLiteral("myQuestionsPrivacy"));
    m_privacy->setProperty("role", QStringLiteral("muted"));
    m_caption->setObjectName(QStringLiteral("myQuestionsCaption"));
    m_code->setObjectName(QStringLiteral("myQuestionsCode"));
    m_code->setAlignment(Qt::AlignCenter);
    for (QLabel *label : {m_empty, m_privacy, m_caption}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }

    m_rows->setObjectName(QStringLiteral("myQuestionsList"));
    m_rowsLayout->setContentsMargins(0, 0, 16, 0);
    m_rowsLayout->setSpacing(16);
    m_rowsLayout->addWidget(m_empty);
    m_rowsLayout->addStretch(1);
    m_rowsLayout->addWidget(m_privacy);
    m_scroll->setWidget(m_rows);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *codeLayout = new QVBoxLayout(m_codeColumn);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->setSpacing(16);
    codeLayout->addWidget(m_code, 0, Qt::AlignHCenter);
    codeLayout->addWidget(m_caption);
    codeLayout->addStretch(1);
    m_caption->setFixedWidth(CodeSide + 80);

    auto *head = new QHBoxLayout;
    head->setSpacing(24);
    head->addWidget(m_title, 1);
    head->addWidget(m_close, 0, Qt::AlignTop);
    m_body->setSpacing(32);
    m_body->addWidget(m_scroll, 1);
    m_body->addWidget(m_codeColumn, 0, Qt::AlignHCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 32, 40, 32);
    layout->setSpacing(24);
    layout->addLayout(head);
    layout->addLayout(m_body, 1);

    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    new FocusReturn(this);
    OverlayPlacement::follow(this, [this] { place(); });
    retranslateUi();
    rebuildRows();
    hide();
}

void MyQuestionsCard::setQuestions(const QStringList &questions, const QString &noteText)
{
    m_questions = questions;
    m_noteText = noteText;
    rebuildRows();
    showCode();
}

void MyQuestionsCard::open()
{
    place();
    show();
    // Laid out now, with the code at its fixed size: the first frame must
    // not draw the caption over a code that has just grown.
    m_codeColumn->layout()->invalidate();
    m_codeColumn->setMinimumHeight(m_codeColumn->layout()->minimumHeightForWidth(m_codeColumn->width()));
    layout()->activate();
    raise();
    m_scroll->scrollToTop();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void MyQuestionsCard::fitList()
{
    const QWidget *window = parentWidget();
    if (!window || window->width() > window->height()) {
        m_scroll->setMinimumHeight(0); // beside the code: the list has the card's height
        return;
    }
    // Portrait: as tall as the list, up to half the window; a longer list scrolls.
    const int width = window->width() - 2 * Margin - 80 - m_rowsLayout->contentsMargins().right();
    m_scroll->setMinimumHeight(std::min(m_rowsLayout->totalHeightForWidth(width), window->height() / 2));
}

void MyQuestionsCard::rebuildRows()
{
    // Rows are few (one QR code holds about ten questions): built afresh.
    for (QWidget *row : m_rows->findChildren<QWidget *>(QStringLiteral("myQuestionRow"), Qt::FindDirectChildrenOnly))
        delete row;
    for (int i = 0; i < m_questions.size(); ++i) {
        auto *row = new QWidget(m_rows);
        row->setObjectName(QStringLiteral("myQuestionRow"));
        auto *text = new QLabel(QStringLiteral("%1. %2").arg(i + 1).arg(m_questions.at(i)), row);
        text->setObjectName(QStringLiteral("myQuestionText_%1").arg(i));
        text->setProperty("role", QStringLiteral("question"));
        text->setTextFormat(Qt::PlainText); // the clinic's words, shown as written
        text->setWordWrap(true);
        auto *remove = new QPushButton(tr("Remove"), row);
        remove->setObjectName(QStringLiteral("removeQuestionButton_%1").arg(i));
        remove->setProperty("kind", QStringLiteral("tool"));
        remove->setAccessibleName(tr("Remove this question: %1").arg(m_questions.at(i)));
        connect(remove, &QPushButton::clicked, this, [this, i] { emit removeRequested(i); });
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(24);
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(remove, 0, Qt::AlignVCenter);
        m_rowsLayout->insertWidget(m_rowsLayout->count() - 2, row);
    }
    m_empty->setVisible(m_questions.isEmpty());
    fitList();
}

void MyQuestionsCard::showCode()
{
    const QrCode code = QrCode::encode(m_noteText);
    m_codeColumn->setVisible(!code.isNull());
    if (code.isNull()) {
        m_code->clear();
        return;
    }
    // Whole pixels per module: a module split across pixels blurs its edges.
    // Rounded up, so the code is never smaller than CodeSide.
    const int pixelsPerModule = qMax(3, (CodeSide + code.sizeWithQuietZone() - 1) / code.sizeWithQuietZone());
    const QPixmap image = QPixmap::fromImage(code.toImage(pixelsPerModule));
    m_code->setPixmap(image);
    m_code->setFixedSize(image.size()); // never squeezed by the layout: a cut code reads as nothing
    m_code->setAccessibleDescription(m_noteText);
}

void MyQuestionsCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuildRows();
    }
    QWidget::changeEvent(event);
}

void MyQuestionsCard::place()
{
    // Over the whole screen but the help line, which stays in reach: the
    // list beside its code in landscape, above it in portrait.
    const QWidget *window = parentWidget();
    const bool landscape = window->width() > window->height();
    m_body->setDirection(landscape ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    // In portrait the code follows the list at once (a short list left a
    // screenful of nothing between them); the room left goes below it.
    m_scroll->setSizePolicy(QSizePolicy::Expanding, landscape ? QSizePolicy::Expanding : QSizePolicy::Maximum);
    m_body->setStretch(0, landscape ? 1 : 0);
    m_body->setStretch(1, landscape ? 0 : 1);
    fitList();
    const HelpLine *helpLine = window->findChild<HelpLine *>();
    const int bottom = helpLine && helpLine->isVisible() ? helpLine->geometry().top() : window->height();
    setGeometry(Margin, Margin, window->width() - 2 * Margin, std::max(0, bottom - 2 * Margin));
}

void MyQuestionsCard::retranslateUi()
{
    m_title->setText(tr("My questions for the care team"));
    setAccessibleName(m_title->text());
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close my questions"));
    m_empty->setText(tr("No questions yet. In an article, tap “Add to my questions” next to a question "
                        "you want to ask."));
    m_privacy->setText(tr("This list is only on this screen. It is deleted when you tap “I'm done” "
                          "or leave the kiosk."));
    m_caption->setText(tr("Point your phone's camera at this code to keep your questions as a note. No phone? "
                          "Show this card at the front desk: they can read it for you."));
    m_code->setAccessibleName(tr("QR code with your questions"));
}

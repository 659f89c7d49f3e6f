// What the visit issue added to the real window, driven by touch: help in
// reach on every patient screen (one tap to the who-to-call chart, in the
// patient's language), "I'm done" from the reader as from home, and a
// goodbye that lets a mis-tap be undone before the screen is cleared.

#include "KioskWindow.h"
#include "KioskWindowFixture.h"
#include "WebPageProbe.h"
#include "screens/GoodbyeOverlay.h"
#include "session/SessionController.h"
#include "staff/StaffController.h"
#include "web/WebEngineSetup.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

Q_CONSTRUCTOR_FUNCTION(prepareWebEngine)

class TestVisitScreens final : public QObject
{
    Q_OBJECT

    KioskWindowFixture m_kiosk;

    QString helpText() const
    {
        const QLabel *words = m_kiosk.visible<QLabel>(QStringLiteral("helpLineText"));
        return words ? words->text() : QString();
    }

private slots:
    void init() { QVERIFY(m_kiosk.open()); }
    void cleanupTestCase() { m_kiosk.tearDown(); }

    void helpIsInReachOnEveryPatientScreen()
    {
        // Before the disclaimer is acknowledged, no content: words, no button.
        QVERIFY(helpText().contains(QLatin1String("988")));
        QVERIFY(!m_kiosk.visible(QStringLiteral("helpLineButton")));
        m_kiosk.tap(QStringLiteral("beginButton"));
        QVERIFY(helpText().contains(QLatin1String("988")));
        // Before the disclaimer is acknowledged, no content: words, no button.
        QVERIFY(!m_kiosk.visible(QStringLiteral("helpLineButton")));
        m_kiosk.tap(QStringLiteral("acknowledgeButton"));
        QVERIFY(helpText().contains(QLatin1String("front desk")));
        auto *open = m_kiosk.visible<QPushButton>(QStringLiteral("helpLineButton"));
        QVERIFY(open);
        QVERIFY(open->height() >= 48 && open->width() >= 48);
        QVERIFY(!open->accessibleName().isEmpty());

        // One tap from home to the chart.
        m_kiosk.tap(QStringLiteral("helpLineButton"));
        m_kiosk.waitForArticle(QStringLiteral("when-to-get-help"));
        QTRY_VERIFY(
            WebPageProbe::evaluate(m_kiosk.page(), QStringLiteral("!!document.querySelector('.box-help-levels')"))
                .toBool());
        // And from a topic list too.
        m_kiosk.tap(QStringLiteral("homeButton"));
        m_kiosk.tap(QStringLiteral("topicTile_integration"));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("topicScreen"));
        QVERIFY(m_kiosk.visible(QStringLiteral("helpLineButton")));
    }

    void helpInSpanishGivesTheSpanishRoute()
    {
        m_kiosk.tap(QStringLiteral("language_es"));
        m_kiosk.passDisclaimer();
        QVERIFY2(helpText().contains(QLatin1String("oprima el 2")), qPrintable(helpText()));
        m_kiosk.tap(QStringLiteral("helpLineButton"));
        m_kiosk.waitForArticle(QStringLiteral("when-to-get-help"));
        QVERIFY(m_kiosk.readerShows(QStringLiteral("A quién llamar")));
    }

    void imDoneFromTheReaderWithUndo()
    {
        m_kiosk.openArticleByTouch(QStringLiteral("safety"), QStringLiteral("side-effects"));
        // A mis-tap: the goodbye covers the article, and "keep reading" brings it back.
        m_kiosk.tap(QStringLiteral("finishButton"));
        QVERIFY(m_kiosk.visible(QStringLiteral("goodbyeOverlay")));
        QCOMPARE(m_kiosk.visible<QLabel>(QStringLiteral("goodbyeText"))->text(),
                 QStringLiteral("The screen is cleared for the next person."));
        m_kiosk.tap(QStringLiteral("goodbyeUndoButton"));
        QVERIFY(!m_kiosk.visible(QStringLiteral("goodbyeOverlay")));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("readerScreen"));
        QTest::qWait((GoodbyeOverlay::UndoSeconds + 1) * 1000);
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("readerScreen")); // undone for good
        QCOMPARE(m_kiosk.window()->session()->location().articleId, QStringLiteral("side-effects"));

        // Meant it this time: the welcome comes back for the next person.
        QTest::ignoreMessage(QtInfoMsg, "reset: patient finished");
        m_kiosk.finishByTouch();
        QVERIFY(!m_kiosk.window()->session()->disclaimerAcknowledged());
    }

    void staffReportSaysWhatNeedsAReview()
    {
        const QString report = m_kiosk.window()->staff()->contentReport();
        QVERIFY2(report.contains(QLatin1String("40 articles due for a clinician's review")),
                 qPrintable(report.left(200)));
    }
};

QTEST_MAIN(TestVisitScreens)
#include "tst_visitscreens.moc"

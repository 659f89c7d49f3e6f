// The patient's visit without a window: what one patient changes (the
// screen, the language, the reading aids, read-aloud, the web page and its
// profile) and how the reset gives the next patient a clean start. The GUI
// tests prove the window follows it; this proves the visit itself.

#include "FakeSpeechEngine.h"
#include "config/KioskConfig.h"
#include "content/ContentStore.h"
#include "session/IdleMonitor.h"
#include "session/ReadingPreferences.h"
#include "session/SessionController.h"
#include "speech/ReadAloudController.h"
#include "staff/StaffController.h"
#include "visit/PatientVisit.h"
#include "web/KioskWebPage.h"
#include "web/PatientWebSession.h"
#include "web/WebEngineSetup.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWebEngineProfile>

Q_CONSTRUCTOR_FUNCTION(prepareWebEngine)

class TestPatientVisit final : public QObject
{
    Q_OBJECT

    using Screen = SessionController::Screen;

    static KioskConfig withIdleTimeouts(double idleSeconds, double warningSeconds)
    {
        KioskConfig config;
        config.setValue(KioskConfig::Key::IdleTimeoutSeconds, idleSeconds);
        config.setValue(KioskConfig::Key::IdleWarningSeconds, warningSeconds);
        return config;
    }

private slots:
    void resetLeavesNothingOfThePatient()
    {
        ContentStore content({QStringLiteral(":/content")});
        FakeSpeechEngine speech(true);
        KioskConfig config;
        PatientVisit visit(&content, config, &speech);
        SessionController *session = visit.session();
        QCOMPARE(session->location().screen, Screen::Attract);
        QVERIFY(!visit.idleMonitor()->isRunning());

        session->beginSession();
        QVERIFY2(visit.idleMonitor()->isRunning(), "the idle timer runs from the first touch");
        session->acknowledgeDisclaimer();
        session->setLanguage(QStringLiteral("es"));
        session->openArticle(QStringLiteral("side-effects"));
        QCOMPARE(session->location().screen, Screen::Reader);
        visit.readingPreferences()->enlarge();
        visit.readingPreferences()->setHighContrast(true);
        visit.readArticleAloud(QStringLiteral("Efectos secundarios"));
        QCOMPARE(speech.locales.last(), QStringLiteral("es")); // in the article's language
        QVERIFY(visit.readAloud()->wasUsed());
        const KioskWebPage *firstPage = visit.webSession()->page();
        const QWebEngineProfile *firstProfile = firstPage->profile();

        // Changing the screen stops the reading.
        session->goHome();
        QCOMPARE(speech.state(), SpeechEngine::State::Idle);

        QSignalSpy left(&visit, &PatientVisit::patientLeft);
        session->resetToAttract(QStringLiteral("test: next patient"));
        QCOMPARE(left.count(), 1);
        QCOMPARE(session->location().screen, Screen::Attract);
        QCOMPARE(session->language(), config.defaultLanguage());
        QCOMPARE(visit.readingPreferences()->textScale(), 1.0);
        QVERIFY(!visit.readingPreferences()->highContrast());
        QVERIFY(!visit.readAloud()->wasUsed());
        QVERIFY(!visit.idleMonitor()->isRunning());
        QVERIFY2(visit.webSession()->page() != firstPage, "a new page for the next patient");
        QVERIFY2(visit.webSession()->page()->profile() != firstProfile, "and a new private profile");
    }

    void idleTimeoutResetsThroughTheVisit()
    {
        ContentStore content({QStringLiteral(":/content")});
        FakeSpeechEngine speech(true);
        PatientVisit visit(&content, withIdleTimeouts(0.2, 0.2), &speech);
        QSignalSpy left(&visit, &PatientVisit::patientLeft);
        visit.session()->beginSession();
        visit.session()->acknowledgeDisclaimer();
        QVERIFY(left.wait(5000));
        QCOMPARE(visit.session()->location().screen, Screen::Attract);
    }

    void contentUpdatesArriveBetweenPatients()
    {
        QTemporaryDir clinic;
        QVERIFY(QDir().mkpath(clinic.filePath(QStringLiteral("articles/en"))));
        ContentStore content({QStringLiteral(":/content"), clinic.path()});
        FakeSpeechEngine speech(true);
        PatientVisit visit(&content, KioskConfig(), &speech);
        const ArticleLibrary *before = visit.library();
        QVERIFY(!before->article(QStringLiteral("side-effects"), QStringLiteral("en"))
                     ->title.contains(QLatin1String("clinic")));

        // The clinic replaces an article; staff reload.
        QFile bundled(QStringLiteral(":/content/articles/en/side-effects.md"));
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(bundled.readAll());
        text.replace(QStringLiteral("title: \"Side effects and risks\""),
                     QStringLiteral("title: \"Side effects: our clinic's notes\""));
        QFile local(clinic.filePath(QStringLiteral("articles/en/side-effects.md")));
        QVERIFY(local.open(QIODevice::WriteOnly));
        local.write(text.toUtf8());
        local.close();

        QSignalSpy changed(&visit, &PatientVisit::libraryChanged);
        visit.session()->beginSession();
        QVERIFY(visit.reloadContentNow());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(visit.session()->location().screen, Screen::Attract); // the patient was reset too
        QCOMPARE(visit.library()->article(QStringLiteral("side-effects"), QStringLiteral("en"))->title,
                 QStringLiteral("Side effects: our clinic's notes"));
    }

    // Staff at the PIN pad hold the reset off; the patient's countdown
    // starts again from the moment they put it away. The staff's controls
    // live over a window, but the rule is the visit's.
    void staffAtWorkHoldTheResetOff()
    {
        ContentStore content({QStringLiteral(":/content")});
        FakeSpeechEngine speech(true);
        const KioskConfig config = withIdleTimeouts(60, 10);
        PatientVisit visit(&content, config, &speech);
        std::chrono::milliseconds now{0};
        IdleMonitor *idle = visit.idleMonitor();
        idle->setClock([&now] { return now; });
        QWidget staffWindow;
        staffWindow.resize(800, 800);
        StaffController staff(&staffWindow, config);
        visit.heedStaff(&staff);
        QSignalSpy left(&visit, &PatientVisit::patientLeft);
        visit.session()->beginSession();
        visit.session()->acknowledgeDisclaimer();

        staff.openPinPad();
        now += std::chrono::minutes(10);
        idle->checkTime();
        QVERIFY(!idle->isWarning());
        QCOMPARE(left.count(), 0);
        QCOMPARE(visit.session()->location().screen, Screen::Home);

        auto *cancel = staffWindow.findChild<QPushButton *>(QStringLiteral("pinCancel"));
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(!staff.isStaffActive());
        now += std::chrono::seconds(59);
        idle->checkTime();
        QVERIFY2(!idle->isWarning(), "counts from when staff were done");
        now += std::chrono::seconds(2);
        idle->checkTime();
        QVERIFY(idle->isWarning());
        now += std::chrono::seconds(10);
        idle->checkTime();
        QCOMPARE(left.count(), 1);
    }
};

QTEST_MAIN(TestPatientVisit)
#include "tst_patientvisit.moc"

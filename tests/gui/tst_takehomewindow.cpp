// Issue 17 in the real window. With takehome/base_url set, every article in
// both languages shows a QR code that a real decoder (zbarimg) reads as the
// address of its own page in an --export-html output, which exists; without
// it, no code and no room for one. A patient collects questions to ask by
// touch, sees one code that decodes to exactly that list, removes one, and
// the next patient finds the list empty.

#include "KioskWindow.h"
#include "KioskWindowFixture.h"
#include "QrDecoder.h"
#include "WebPageProbe.h"
#include "content/ArticleLibrary.h"
#include "content/ContentStore.h"
#include "content/HtmlExporter.h"
#include "screens/MyQuestionsCard.h"
#include "screens/ReaderScreen.h"
#include "session/SessionController.h"
#include "takehome/CareTeamQuestions.h"
#include "takehome/TakeHomeLink.h"
#include "visit/PatientVisit.h"
#include "web/WebEngineSetup.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

Q_CONSTRUCTOR_FUNCTION(prepareWebEngine)

namespace {

const QString Base = QStringLiteral("https://clinic.example/learn/");

} // namespace

class TestTakeHomeWindow final : public QObject
{
    Q_OBJECT

    KioskWindowFixture m_kiosk;

    QImage readerAsShown() const { return m_kiosk.window()->readerScreen()->view()->grab().toImage(); }

    // The patient is past the disclaimer in `language`, on home.
    void startVisit(const QString &language)
    {
        m_kiosk.beginIn(language);
        m_kiosk.passDisclaimer();
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("homeScreen"));
    }

    void openArticle(const QString &id)
    {
        // Getting there is not under test here (tst_patientjourney is);
        // what the reader shows once there is.
        m_kiosk.window()->session()->openArticle(id);
        m_kiosk.waitForArticle(id);
    }

    QString shownCode(QWidget *widget) const { return QrDecoder::decode(widget->grab().toImage()).value_or(QString()); }

private slots:
    void cleanup() { m_kiosk.tearDown(); }

    void everyArticleShowsACodeToItsExportedPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<bool>("largeText");
        QTest::newRow("en portrait") << QStringLiteral("en") << QSize(1080, 1920) << false;
        QTest::newRow("es portrait") << QStringLiteral("es") << QSize(1080, 1920) << false;
        QTest::newRow("en landscape") << QStringLiteral("en") << QSize(1920, 1080) << false;
        QTest::newRow("es portrait 200 %") << QStringLiteral("es") << QSize(1080, 1920) << true;
    }
    void everyArticleShowsACodeToItsExportedPage()
    {
        QFETCH(QString, language);
        QFETCH(QSize, screen);
        QFETCH(bool, largeText);
        ArticleLibrary::Options options;
        options.takeHome = TakeHomeLink(QUrl(Base));
        ContentStore *content = m_kiosk.useContent({QStringLiteral(":/content")}, options);
        QTemporaryDir site;
        QString error;
        QVERIFY2(!HtmlExporter::exportLibrary(content->library(), site.path(), &error).isEmpty(), qPrintable(error));

        KioskWindowFixture::Options window;
        window.size = screen;
        QVERIFY(m_kiosk.open(window));
        startVisit(language);
        if (largeText) {
            for (int i = 0; i < 4; ++i)
                m_kiosk.tap(QStringLiteral("textLargerButton"));
        }
        const QList<const Article *> articles = content->library().allArticles(language);
        QCOMPARE(articles.size(), 20);
        for (const Article *article : articles) {
            openArticle(article->id);
            const QString expected = Base + language + QLatin1Char('/') + article->id + QStringLiteral(".html");
            // Once drawn (a swap is painted a frame later), the code reads.
            QTRY_COMPARE_WITH_TIMEOUT(QrDecoder::decode(readerAsShown()).value_or(QString()), expected, 10000);
            const QString path = QUrl(expected).path().mid(QUrl(Base).path().size());
            QVERIFY2(QFile::exists(QDir(site.path()).filePath(path)), qPrintable(path));
            // Beside the text only where the screen has a margin for it, and
            // then it covers none of the text.
            const QVariant clear = WebPageProbe::evaluate(m_kiosk.page(), QStringLiteral(R"((function () {
                var code = document.querySelector('.take-home').getBoundingClientRect();
                var text = document.querySelector('main').getBoundingClientRect();
                var column = document.querySelector('article > p:not(.meta)') || document.querySelector('h1');
                var line = column.getBoundingClientRect();
                return code.bottom <= line.top + window.scrollY || code.left >= text.right;
            })())"));
            QVERIFY2(clear.toBool(), qPrintable(article->id));
        }
    }

    void withoutABaseNoArticleShowsACode()
    {
        m_kiosk.useContent({QStringLiteral(":/content")});
        QVERIFY(m_kiosk.open());
        startVisit(QStringLiteral("es"));
        for (const Article *article : m_kiosk.window()->library()->allArticles(QStringLiteral("es"))) {
            openArticle(article->id);
            QCOMPARE(WebPageProbe::evaluate(m_kiosk.page(),
                                            QStringLiteral("document.querySelectorAll('.take-home, svg').length"))
                         .toInt(),
                     0);
        }
        QCOMPARE(QrDecoder::count(readerAsShown()), 0);
    }

    void aPatientCollectsQuestionsAndTheNextFindsNone()
    {
        QVERIFY(m_kiosk.open());
        m_kiosk.openArticleByTouch(QStringLiteral("treatment"), QStringLiteral("session-day"));
        QVERIFY(!m_kiosk.visible(QStringLiteral("myQuestionsButton"))); // nothing to show yet
        QWidget *input = m_kiosk.webInput();
        QVERIFY(input);
        for (int question : {0, 2}) {
            const QString selector = QStringLiteral("a.add-question[href$=\"/session-day/%1\"]").arg(question);
            const QPoint button = WebPageProbe::centreOf(m_kiosk.page(), selector);
            QVERIFY(button.x() >= 0);
            m_kiosk.touch().tapAt(m_kiosk.webInput(), button);
            // The button says it is done, in the page's language.
            QTRY_VERIFY(WebPageProbe::evaluate(m_kiosk.page(), QStringLiteral("document.querySelector('%1')"
                                                                              ".classList.contains('added')")
                                                                   .arg(selector))
                            .toBool());
        }
        QTRY_VERIFY(m_kiosk.visible(QStringLiteral("myQuestionsButton")));
        // The same question twice is one question.
        m_kiosk.touch().tapAt(m_kiosk.webInput(),
                              WebPageProbe::centreOf(m_kiosk.page(), QStringLiteral("a.add-question[href$=\"/0\"]")));

        // From home as from the reader.
        m_kiosk.tap(QStringLiteral("homeButton"));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("homeScreen"));
        m_kiosk.tap(QStringLiteral("myQuestionsButton"));
        QLabel *code = m_kiosk.visible<QLabel>(QStringLiteral("myQuestionsCode"));
        QVERIFY(code);
        const QString both = QStringLiteral("Questions to ask your care team\n\n"
                                            "1. What should I eat and drink before my session, and when?\n"
                                            "2. Is a taxi or ride service okay for getting home?");
        QTRY_COMPARE(shownCode(code), both); // once laid out and drawn
        QVERIFY(m_kiosk.visible<QLabel>(QStringLiteral("myQuestionText_1")));
        QVERIFY(!m_kiosk.visible<QLabel>(QStringLiteral("myQuestionText_2")));
        // Portrait: the whole short list shows, and the code follows it
        // (not a screenful of nothing below two questions).
        const QWidget *last = m_kiosk.visible(QStringLiteral("myQuestionText_1"));
        const int listEnd = last->mapTo(m_kiosk.window(), QPoint(0, last->height())).y();
        const int codeTop = code->mapTo(m_kiosk.window(), QPoint(0, 0)).y();
        QVERIFY2(codeTop > listEnd && codeTop - listEnd < 300,
                 qPrintable(QStringLiteral("list ends at %1, code starts at %2").arg(listEnd).arg(codeTop)));
        QVERIFY(m_kiosk.visible<QLabel>(QStringLiteral("myQuestionsCaption"))
                    ->text()
                    .contains(QLatin1String("front desk")));

        m_kiosk.tap(QStringLiteral("removeQuestionButton_0"));
        QTRY_COMPARE(shownCode(m_kiosk.visible(QStringLiteral("myQuestionsCode"))),
                     QStringLiteral("Questions to ask your care team\n\n"
                                    "1. Is a taxi or ride service okay for getting home?"));
        m_kiosk.tap(QStringLiteral("myQuestionsCloseButton"));
        QVERIFY(!m_kiosk.visible(QStringLiteral("myQuestionsCard")));

        // The next patient.
        m_kiosk.finishByTouch();
        QVERIFY(m_kiosk.window()->visit()->questions()->isEmpty());
        m_kiosk.passDisclaimer();
        QVERIFY(!m_kiosk.visible(QStringLiteral("myQuestionsButton")));
        m_kiosk.window()->session()->openArticle(QStringLiteral("session-day"));
        m_kiosk.waitForArticle(QStringLiteral("session-day"));
        QVERIFY(!m_kiosk.visible(QStringLiteral("myQuestionsButton")));
        QVERIFY(!WebPageProbe::evaluate(m_kiosk.page(), QStringLiteral("document.querySelector('a.added') !== null"))
                     .toBool());
    }

    // The note's heading is in the patient's language, and so are the
    // card's words; in both orientations the code is big, with its caption.
    // KIOSK_SCREENSHOT_DIR=DIR saves the card as shown, to look at.
    void theNoteIsInThePatientsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<QString>("heading");
        QTest::newRow("en portrait") << QStringLiteral("en") << QSize(1080, 1920)
                                     << QStringLiteral("Questions to ask your care team");
        QTest::newRow("es portrait") << QStringLiteral("es") << QSize(1080, 1920)
                                     << QStringLiteral("Preguntas para su equipo de atención");
        QTest::newRow("en landscape") << QStringLiteral("en") << QSize(1920, 1080)
                                      << QStringLiteral("Questions to ask your care team");
        QTest::newRow("es landscape") << QStringLiteral("es") << QSize(1920, 1080)
                                      << QStringLiteral("Preguntas para su equipo de atención");
    }
    void theNoteIsInThePatientsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QSize, screen);
        QFETCH(QString, heading);
        KioskWindowFixture::Options options;
        options.size = screen;
        QVERIFY(m_kiosk.open(options));
        m_kiosk.beginIn(language);
        m_kiosk.openArticleByTouch(QStringLiteral("treatment"), QStringLiteral("session-day"));
        for (int question : {1, 3}) {
            const QString selector = QStringLiteral("a.add-question[href$=\"/session-day/%1\"]").arg(question);
            m_kiosk.touch().tapAt(m_kiosk.webInput(), WebPageProbe::centreOf(m_kiosk.page(), selector));
            QTRY_COMPARE(m_kiosk.window()->visit()->questions()->count(), question == 1 ? 1 : 2);
        }
        QTRY_VERIFY(m_kiosk.visible(QStringLiteral("myQuestionsButton")));
        m_kiosk.tap(QStringLiteral("myQuestionsButton"));
        QWidget *code = m_kiosk.visible(QStringLiteral("myQuestionsCode"));
        QVERIFY(code);
        QTRY_VERIFY(!shownCode(code).isEmpty());
        const QString text = shownCode(code);
        QVERIFY2(text.startsWith(heading + QStringLiteral("\n\n1. ")), qPrintable(text));
        QCOMPARE(text.count(QLatin1Char('\n')), 3);
        // Big enough for a phone at arm's length: about 12 cm on a 24-inch screen.
        QVERIFY(code->width() >= 400);
        if (const QString dir = qEnvironmentVariable("KIOSK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            m_kiosk.window()->grab().save(QDir(dir).filePath(
                QStringLiteral("my-questions-%1-%2x%3.png").arg(language).arg(screen.width()).arg(screen.height())));
        }
    }
};

QTEST_MAIN(TestTakeHomeWindow)
#include "tst_takehomewindow.moc"

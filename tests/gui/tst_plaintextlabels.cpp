// Words from the content folder and the config are shown as words on the
// kiosk's own screens, never interpreted as HTML: a topic title or a clinic
// name holding markup must not turn into huge red text (a fake warning, a
// fake phone number) that looks like the clinic's own. A QLabel's default
// Qt::AutoText would render it; every label that shows such text is
// Qt::PlainText and shows the characters as typed.

#include "KioskWindow.h"
#include "TouchDriver.h"
#include "VisibleWidgets.h"
#include "config/KioskConfig.h"
#include "content/ArticleLibrary.h"
#include "content/ContentStore.h"
#include "screens/AttractScreen.h"
#include "screens/HomeScreen.h"
#include "screens/TopicScreen.h"
#include "web/WebEngineSetup.h"
#include "widgets/NavigationBar.h"
#include "widgets/TileButton.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

Q_CONSTRUCTOR_FUNCTION(prepareWebEngine)

namespace {

// What an attacker (or a careless copy from a web page) would put in a title.
const QString Markup = QStringLiteral("<b style='font-size:90px;color:red'>FAKE</b>");
const QString ArticleTitle = QStringLiteral("Where to park on treatment days");
const QString ArticleSummary = QStringLiteral("The side lot is free for patients.");

void writeFile(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents);
}

QByteArray article(const QByteArray &id, const QByteArray &topic, const QString &title, const QString &summary)
{
    return "---\nid: " + id + "\ntitle: \"" + title.toUtf8() + "\"\ntopic: " + topic + "\nsummary: \""
           + summary.toUtf8()
           + "\"\nlanguage: en\nupdated: 2026-11-24\nsources:\n  - \"One.\"\n  - \"Two.\"\n---\n"
             "Park in the side lot. It is free.\n";
}

// A clinic's content folder whose manifest gives one topic a title and a
// description with markup. The loader refuses that topic (as it refuses an
// article with markup in its title), so the labels below meet markup only
// where a value gets past the checks: the clinic name set in code.
void writeContent(const QTemporaryDir &dir)
{
    const QByteArray markup = Markup.toUtf8();
    QByteArray manifest = "featured_article: welcome\n"
                          "topics:\n"
                          "  - id: start\n"
                          "    featured: true\n"
                          "    title: {en: \"Start here\"}\n"
                          "    description: {en: \"What to know first.\"}\n";
    manifest += "  - id: parking\n    title: {en: \"Parking\"}\n    description: {en: \"Where to leave the car.\"}\n";
    manifest += "  - id: markup\n    title: {en: \"" + markup + "\"}\n";
    manifest += "    description: {en: \"" + markup + " description\"}\n";
    writeFile(dir.filePath(QStringLiteral("topics.yaml")), manifest);
    writeFile(dir.filePath(QStringLiteral("articles/en/welcome.md")),
              article("welcome", "start", QStringLiteral("Welcome to the clinic"), QStringLiteral("Who we are.")));
    writeFile(dir.filePath(QStringLiteral("articles/en/parking.md")),
              article("parking", "parking", ArticleTitle, ArticleSummary));
}

QList<QLabel *> labelsShowing(const QWidget *root, const QString &text)
{
    QList<QLabel *> found;
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text().contains(text))
            found.append(label);
    }
    return found;
}

QString describe(const QLabel *label)
{
    return QStringLiteral("label '%1' under %2 (text format %3): %4")
        .arg(label->objectName(), label->parentWidget() ? label->parentWidget()->objectName() : QString())
        .arg(int(label->textFormat()))
        .arg(label->text());
}

// Empty when every label under `root` that shows `text` is plain text and
// shows it as typed, and at least `atLeast` such labels exist; else what is wrong.
QString plainTextProblem(const QWidget *root, const QString &text, int atLeast)
{
    const QList<QLabel *> labels = labelsShowing(root, text);
    if (labels.size() < atLeast)
        return QStringLiteral("%1 labels show '%2', expected at least %3").arg(labels.size()).arg(text).arg(atLeast);
    for (const QLabel *label : labels) {
        if (label->textFormat() != Qt::PlainText || !label->text().contains(text))
            return describe(label);
    }
    return {};
}

// Pixels of the markup's red in `widget` once it is on screen: plain text,
// in either theme, has none.
int renderedRed(QWidget *widget)
{
    if (!QTest::qWaitForWindowExposed(widget->window()))
        return -1;
    const QImage image = widget->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() >= 200 && c.green() <= 60 && c.blue() <= 60)
                ++count;
        }
    }
    return count;
}

} // namespace

// QVERIFY2 with plainTextProblem()'s explanation.
#define VERIFY_PLAIN_TEXT(root, text, atLeast)                                                                         \
    do {                                                                                                               \
        const QString problem = plainTextProblem(root, text, atLeast);                                                 \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                                              \
    } while (false)

class TestPlainTextLabels final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TouchDriver> m_touch;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeContent(m_dir);
        m_touch = std::make_unique<TouchDriver>();
    }

    void markupWouldShowAsRedText()
    {
        // The control: the same text in a label that interprets HTML shows
        // large red letters, so the checks below can see it when it happens.
        QLabel richText(Markup);
        richText.setTextFormat(Qt::RichText);
        richText.resize(600, 200);
        richText.show();
        QVERIFY(renderedRed(&richText) > 100);
    }

    void tileButtonShowsItsTextsAsText()
    {
        TileButton tile;
        tile.setTexts(Markup, Markup + QStringLiteral(" summary"), Markup + QStringLiteral(" meta"));
        tile.setEyebrow(QStringLiteral("<i>start</i> here"));
        tile.resize(600, 600);
        tile.show();
        VERIFY_PLAIN_TEXT(&tile, QStringLiteral("<b style="), 3);
        VERIFY_PLAIN_TEXT(&tile, QStringLiteral("<I>START</I> HERE"), 1);
        QCOMPARE(tile.titleText(), Markup);
        QCOMPARE(renderedRed(&tile), 0);
    }

    void navigationBarShowsItsTitleAsText()
    {
        NavigationBar bar;
        bar.setTitle(Markup);
        bar.resize(1080, 200);
        bar.show();
        VERIFY_PLAIN_TEXT(&bar, Markup, 1);
        QCOMPARE(renderedRed(&bar), 0);
    }

    void screensShowContentAndConfigAsText()
    {
        const ArticleLibrary library =
            ArticleLibrary::load({m_dir.path()}, ArticleLibrary::Options::onDay(QDate(2026, 12, 1)));
        // The topic with markup is refused, with an error naming its line.
        QCOMPARE(library.errorCount(), 1);
        QVERIFY(library.problems().first().message.contains(QLatin1String("contains HTML markup")));
        QVERIFY(!library.manifest().hasTopic(QStringLiteral("markup")));
        QVERIFY(library.manifest().hasTopic(QStringLiteral("parking")));

        HomeScreen home;
        home.setClinicName(Markup);
        home.populate(&library, QStringLiteral("en"));
        home.resize(1080, 1920);
        home.show();
        VERIFY_PLAIN_TEXT(&home, Markup, 1);                                  // the clinic name
        VERIFY_PLAIN_TEXT(&home, QStringLiteral("Welcome to the clinic"), 1); // the featured article
        VERIFY_PLAIN_TEXT(&home, QStringLiteral("Who we are."), 1);
        QCOMPARE(renderedRed(&home), 0);

        TopicScreen topic;
        topic.showTopic(&library, QStringLiteral("parking"), QStringLiteral("en"));
        topic.resize(1080, 1920);
        topic.show();
        VERIFY_PLAIN_TEXT(&topic, ArticleTitle, 1);
        VERIFY_PLAIN_TEXT(&topic, ArticleSummary, 1);
        QCOMPARE(renderedRed(&topic), 0);

        AttractScreen attract;
        attract.setClinicName(Markup);
        attract.setLibrary(&library);
        attract.resize(1080, 1920);
        attract.show();
        VERIFY_PLAIN_TEXT(&attract, Markup, 1);
        VERIFY_PLAIN_TEXT(&attract, attract.highlightTitle(), 1);
        QVERIFY(!attract.highlightTitle().isEmpty());
        QCOMPARE(renderedRed(&attract), 0);
    }

    void windowShowsTheClinicNameAndTopicsAsText()
    {
        // setValue skips the config file's validation, which refuses markup:
        // the labels must hold even when a value gets past it.
        KioskConfig config;
        config.setValue(KioskConfig::Key::ClinicName, Markup);
        ContentStore content({m_dir.path()});
        KioskWindow window(&content, config);
        window.resize(1080, 1920);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        VERIFY_PLAIN_TEXT(&window, Markup, 2); // the attract and home clinic names
        QCOMPARE(renderedRed(&window), 0);

        QVERIFY(m_touch->tapVisible(&window, QStringLiteral("beginButton_en")));
        QVERIFY(m_touch->tapVisible(&window, QStringLiteral("acknowledgeButton")));
        QTRY_COMPARE(window.currentScreen()->objectName(), QStringLiteral("homeScreen"));
        QCOMPARE(renderedRed(&window), 0);

        QVERIFY(!visibleWidget(&window, QStringLiteral("topicTile_markup"))); // refused by the loader
        QVERIFY(m_touch->tapVisible(&window, QStringLiteral("topicTile_parking")));
        QTRY_COMPARE(window.currentScreen()->objectName(), QStringLiteral("topicScreen"));
        VERIFY_PLAIN_TEXT(window.currentScreen(), ArticleTitle, 1);
        QCOMPARE(renderedRed(&window), 0);
    }
};

QTEST_MAIN(TestPlainTextLabels)
#include "tst_plaintextlabels.moc"

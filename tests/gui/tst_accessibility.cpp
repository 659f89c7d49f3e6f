// Every patient can read it and use it: English and Spanish across the
// interface and the articles, larger text, high contrast, a keyboard alone,
// accessible names, measured contrast, and axe-core on the real article
// page. All of it forgotten at the reset.

#include "KioskWindow.h"
#include "KioskWindowFixture.h"
#include "WebPageProbe.h"
#include "screens/IdleWarningOverlay.h"
#include "screens/ReaderScreen.h"
#include "session/IdleMonitor.h"
#include "session/ReadingPreferences.h"
#include "theme/Theme.h"
#include "web/WebEngineSetup.h"
#include "widgets/TileButton.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineSettings>
#include <QWebEngineView>
#include <QXmlStreamReader>

Q_CONSTRUCTOR_FUNCTION(prepareWebEngine)

namespace {

// source text -> Spanish translation, from the Qt Linguist file.
QHash<QString, QString> readTranslations(QStringList *problems)
{
    QHash<QString, QString> map;
    QFile file(QStringLiteral(KIOSK_TS_FILE));
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(QStringLiteral("cannot read ") + file.fileName());
        return map;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (!type.isEmpty())
                problems->append(QStringLiteral("'%1' is %2").arg(source, type));
            map.insert(source, xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }
    return map;
}

double luminanceContrast(const QString &a, const QString &b)
{
    return Theme::contrastRatio(QColor(a), QColor(b));
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private:
    KioskWindowFixture m_kiosk;

    // A new window over a new store: nothing a previous test chose remains.
    void start(const QStringList &roots = {QStringLiteral(":/content")})
    {
        m_kiosk.useContent(roots);
        QVERIFY(m_kiosk.open());
    }

    QString text(const QString &name)
    {
        QWidget *w = m_kiosk.visible(name);
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            return b->text();
        if (auto *l = qobject_cast<QLabel *>(w))
            return l->text();
        return {};
    }

    QWebEnginePage *page() const { return m_kiosk.page(); }

    void openArticle(const QString &topic, const QString &article)
    {
        m_kiosk.openArticleByTouch(topic, article);
        QTRY_VERIFY_WITH_TIMEOUT(page()->url().path().endsWith(article) && WebPageProbe::plainText(page()).size() > 100,
                                 10000);
        QTest::qWait(100);
    }

    QList<QWidget *> visibleTextWidgets() const
    {
        QList<QWidget *> result;
        for (QWidget *w : m_kiosk.window()->findChildren<QWidget *>()) {
            if (w->isVisible() && !w->visibleRegion().isEmpty()
                && (qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w)))
                result.append(w);
        }
        return result;
    }

    // No visible text on the current screen is an English interface string
    // whose Spanish translation differs.
    void verifyNoEnglishLeft(const QHash<QString, QString> &translations, const QString &screen)
    {
        // The welcome speaks every language at once, before anyone chooses:
        // there the Spanish must be present, next to the English.
        if (screen == QLatin1String("attract")) {
            QVERIFY(m_kiosk.visible(QStringLiteral("invitation_es")));
            QCOMPARE(text(QStringLiteral("beginButton_es")), QStringLiteral("Toque para comenzar"));
            return;
        }
        for (QWidget *w : visibleTextWidgets()) {
            QString shown;
            if (auto *l = qobject_cast<QLabel *>(w))
                shown = l->text();
            else
                shown = qobject_cast<QAbstractButton *>(w)->text();
            shown.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // rich text
            for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
                if (it.key().contains(QLatin1Char('%')) || it.key() == it.value())
                    continue;
                QVERIFY2(shown.trimmed() != it.key().toHtmlEscaped() && shown.trimmed() != it.key(),
                         qPrintable(QStringLiteral("untranslated on %1: '%2'").arg(screen, it.key())));
            }
        }
    }

    void verifyAccessibleControls(const QString &screen)
    {
        int checked = 0;
        for (QAbstractButton *b : m_kiosk.window()->findChildren<QAbstractButton *>()) {
            if (!b->isVisible() || b->visibleRegion().isEmpty())
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(b);
            QVERIFY(iface);
            QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(QStringLiteral("%1 on %2 has no accessible name").arg(b->objectName(), screen)));
            QVERIFY2(
                iface->role() == QAccessible::Button || iface->role() == QAccessible::CheckBox,
                qPrintable(QStringLiteral("%1 on %2 has role %3").arg(b->objectName(), screen).arg(iface->role())));
            ++checked;
        }
        QVERIFY2(checked > 0, qPrintable(screen));
    }

private slots:
    void cleanup() { m_kiosk.tearDown(); }

    void translationFileIsComplete()
    {
        QStringList problems;
        const QHash<QString, QString> translations = readTranslations(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(translations.size() >= 50);
        for (auto it = translations.cbegin(); it != translations.cend(); ++it)
            QVERIFY2(!it.value().trimmed().isEmpty(), qPrintable(it.key()));
    }

    void switchesLanguageOnEveryScreen()
    {
        start();
        QCOMPARE(text(QStringLiteral("beginButton_en")), QStringLiteral("Touch to begin"));
        QCOMPARE(text(QStringLiteral("beginButton_es")), QStringLiteral("Toque para comenzar"));
        m_kiosk.tap(QStringLiteral("beginButton_es"));
        QCOMPARE(text(QStringLiteral("acknowledgeButton")), QStringLiteral("Entiendo"));
        QVERIFY(qobject_cast<QLabel *>(m_kiosk.visible(QStringLiteral("disclaimerText")))
                    ->text()
                    .contains(QLatin1String("988")));
        m_kiosk.tap(QStringLiteral("language_en"));
        QCOMPARE(text(QStringLiteral("acknowledgeButton")), QStringLiteral("I understand"));
        m_kiosk.tap(QStringLiteral("acknowledgeButton"));
        m_kiosk.tap(QStringLiteral("language_es"));
        QCOMPARE(text(QStringLiteral("finishButton")), QStringLiteral("Terminé"));
        // Reading times follow the language...
        QStringList featured;
        for (QLabel *label : m_kiosk.visible(QStringLiteral("featuredArticleTile"))->findChildren<QLabel *>())
            featured.append(label->text());
        QVERIFY2(featured.join(QLatin1Char('|')).contains(QLatin1String("min de lectura")),
                 qPrintable(featured.join(QLatin1Char('|'))));
        m_kiosk.tap(QStringLiteral("topicTile_safety"));
        m_kiosk.tap(QStringLiteral("articleTile_side-effects"));
        QTRY_VERIFY_WITH_TIMEOUT(WebPageProbe::plainText(page()).contains(QLatin1String("Fuentes")), 10000);
        // ...and so do dates and reading times in the article.
        QVERIFY(WebPageProbe::plainText(page()).contains(QStringLiteral("Actualizado 1 de diciembre de 2026")));
        QVERIFY(WebPageProbe::plainText(page()).contains(QLatin1String("min de lectura")));
        // The reader's own switch: the same article, now in English, and the interface with it.
        QCOMPARE(text(QStringLiteral("readerLanguageButton")), QStringLiteral("English"));
        m_kiosk.tap(QStringLiteral("readerLanguageButton"));
        QTRY_VERIFY_WITH_TIMEOUT(WebPageProbe::plainText(page()).contains(QLatin1String("Side effects and risks")),
                                 10000);
        QCOMPARE(text(QStringLiteral("homeButton")), QStringLiteral("Home"));
        QCOMPARE(text(QStringLiteral("readerLanguageButton")), QStringLiteral("Español"));
    }

    void spanishInterfaceIsComplete()
    {
        QStringList problems;
        const QHash<QString, QString> translations = readTranslations(&problems);
        start();
        m_kiosk.beginIn(QStringLiteral("es"));
        m_kiosk.walkEveryScreen([&](const QString &screen) { verifyNoEnglishLeft(translations, screen); });
        m_kiosk.window()->idleMonitor()->setTimeouts(std::chrono::milliseconds(1), std::chrono::seconds(30));
        QTRY_VERIFY(m_kiosk.window()->idleWarning()->isVisible());
        verifyNoEnglishLeft(translations, QStringLiteral("idle warning"));
        QVERIFY(qobject_cast<QLabel *>(m_kiosk.window()->findChild<QLabel *>(QStringLiteral("idleCountdown")))
                    ->text()
                    .contains(QLatin1String("segundos")));
    }

    void missingTranslationShowsEnglishWithANote()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("articles/en")));
        QFile file(dir.filePath(QStringLiteral("articles/en/parking.md")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "---\nid: parking\ntitle: \"Parking at the clinic\"\ntopic: integration\nsummary: \"Where to park.\"\n"
            "language: en\nupdated: 2026-11-24\nsources:\n  - \"One.\"\n  - \"Two.\"\n---\nPark in the side lot. It is "
            "free.\n");
        file.close();
        start({QStringLiteral(":/content"), dir.path()});
        m_kiosk.beginIn(QStringLiteral("es"));
        openArticle(QStringLiteral("integration"), QStringLiteral("parking"));
        const QString shown = WebPageProbe::plainText(page());
        QVERIFY(shown.contains(QLatin1String("Parking at the clinic")));
        QVERIFY(shown.contains(QStringLiteral("todavía no está en español")));
    }

    void textSizeStepsReflowAndFollowThePatient()
    {
        start();
        openArticle(QStringLiteral("safety"), QStringLiteral("side-effects"));
        QVERIFY(!m_kiosk.visible(QStringLiteral("textSmallerButton"))->isEnabled());
        const QList<double> expected{1.25, 1.5, 1.75, 2.0};
        for (double scale : expected) {
            m_kiosk.tap(QStringLiteral("textLargerButton"));
            QCOMPARE(page()->zoomFactor(), scale);
        }
        QVERIFY(!m_kiosk.visible(QStringLiteral("textLargerButton"))->isEnabled());
        QTest::qWait(300);
        // 200 %: larger text, still no sideways scrolling.
        const QVariant overflow = WebPageProbe::evaluate(
            page(), QStringLiteral("document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        QCOMPARE(overflow.toInt(), 0);
        // The next article keeps the size.
        m_kiosk.tap(QStringLiteral("backButton"));
        m_kiosk.tap(QStringLiteral("articleTile_when-to-get-help"));
        QTRY_VERIFY_WITH_TIMEOUT(page()->url().path().endsWith(QLatin1String("when-to-get-help")), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(page()->zoomFactor(), 2.0, 5000);
    }

    void highContrastForScreensAndArticles()
    {
        start();
        m_kiosk.passDisclaimer();
        m_kiosk.tap(QStringLiteral("homeContrastButton"));
        QVERIFY(m_kiosk.window()->readingPreferences()->highContrast());
        QCOMPARE(&Theme::current(), &Theme::highContrast());
        // The tiles already on screen follow the theme too: every line on
        // every card reads at 7:1 or more against the card it sits on.
        QTest::qWait(50);
        for (TileButton *tile : m_kiosk.window()->findChildren<TileButton *>()) {
            if (!tile->isVisible())
                continue;
            const QColor card = tile->objectName() == QLatin1String("featuredArticleTile") ? Theme::current().accent
                                                                                           : Theme::current().surface;
            for (QLabel *line : tile->findChildren<QLabel *>()) {
                if (!line->isVisible())
                    continue;
                const QColor ink = line->palette().color(QPalette::WindowText);
                QVERIFY2(Theme::contrastRatio(ink, card) >= 7.0,
                         qPrintable(QStringLiteral("%1 '%2': %3 on %4")
                                        .arg(tile->objectName(), line->text(), ink.name(), card.name())));
            }
        }
        m_kiosk.tap(QStringLiteral("topicTile_safety"));
        m_kiosk.tap(QStringLiteral("articleTile_side-effects"));
        QTRY_VERIFY_WITH_TIMEOUT(WebPageProbe::plainText(page()).contains(QLatin1String("Side effects")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            WebPageProbe::evaluate(page(), QStringLiteral("getComputedStyle(document.body).color")).toString(),
            QStringLiteral("rgb(255, 255, 255)"), 5000);
        QCOMPARE(WebPageProbe::evaluate(page(), QStringLiteral("getComputedStyle(document.body).backgroundColor"))
                     .toString(),
                 QStringLiteral("rgb(0, 0, 0)"));
        m_kiosk.tap(QStringLiteral("highContrastButton")); // and off again from the reader
        QVERIFY(!m_kiosk.window()->readingPreferences()->highContrast());
        QTRY_COMPARE_WITH_TIMEOUT(
            WebPageProbe::evaluate(page(), QStringLiteral("getComputedStyle(document.body).color")).toString(),
            QStringLiteral("rgb(26, 26, 26)"), 5000);
    }

    void everyAidIsForgottenAtTheReset()
    {
        start();
        m_kiosk.beginIn(QStringLiteral("es"));
        openArticle(QStringLiteral("safety"), QStringLiteral("side-effects"));
        m_kiosk.tap(QStringLiteral("textLargerButton"));
        m_kiosk.tap(QStringLiteral("textLargerButton"));
        m_kiosk.tap(QStringLiteral("highContrastButton"));
        m_kiosk.window()->session()->resetToAttract(QStringLiteral("test"));
        QTest::qWait(50);
        m_kiosk.beginIn(QStringLiteral("en")); // the next patient, in the default language
        QCOMPARE(m_kiosk.window()->session()->language(), QStringLiteral("en"));
        QCOMPARE(text(QStringLiteral("beginButton_en")), QStringLiteral("Touch to begin"));
        QVERIFY(!m_kiosk.window()->readingPreferences()->highContrast());
        QCOMPARE(m_kiosk.window()->readingPreferences()->textScale(), 1.0);
        QCOMPARE(&Theme::current(), &Theme::standard());
        openArticle(QStringLiteral("safety"), QStringLiteral("side-effects"));
        QCOMPARE(page()->zoomFactor(), 1.0);
        QVERIFY(WebPageProbe::plainText(page()).contains(QLatin1String("Side effects and risks")));
        QCOMPARE(WebPageProbe::evaluate(page(),
                                        QStringLiteral("document.documentElement.classList.contains('high-contrast')"))
                     .toBool(),
                 false);
    }

    void keyboardAloneWalksTheJourney()
    {
        start();
        QWidget *focusStart = m_kiosk.window();
        focusStart->activateWindow();
        focusStart->setFocus();
        auto tabTo = [&](const QString &name) {
            for (int i = 0; i < 40; ++i) {
                QWidget *focus = QApplication::focusWidget();
                if (focus && focus->objectName() == name && focus->isVisible())
                    return true;
                QTest::keyClick(focus ? focus : m_kiosk.window(), Qt::Key_Tab);
            }
            return false;
        };
        auto press = [&](const QString &name) {
            QVERIFY2(tabTo(name), qPrintable(QStringLiteral("Tab never reached ") + name));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QTest::qWait(30);
        };
        press(QStringLiteral("beginButton_en"));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("disclaimerScreen"));
        press(QStringLiteral("acknowledgeButton"));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("homeScreen"));
        // Arrow keys move between the tiles, too.
        QVERIFY(tabTo(QStringLiteral("featuredArticleTile")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QVERIFY(QApplication::focusWidget()->objectName() != QLatin1String("featuredArticleTile"));
        press(QStringLiteral("topicTile_safety"));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("topicScreen"));
        press(QStringLiteral("articleTile_side-effects"));
        QTRY_VERIFY_WITH_TIMEOUT(WebPageProbe::plainText(page()).contains(QLatin1String("Side effects and risks")),
                                 10000);
        // The focus ring is visible for keyboard users.
        QVERIFY(m_kiosk.window()->property("keyboardNavigation").toBool());
        press(QStringLiteral("backButton"));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("topicScreen"));
        press(QStringLiteral("homeButton"));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("homeScreen"));
        // No key leaves: Escape and Alt+F4 do nothing.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F4, Qt::AltModifier);
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("homeScreen"));
        QVERIFY(m_kiosk.window()->isVisible());
    }

    void everyControlHasAnAccessibleName_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

    void everyControlHasAnAccessibleName()
    {
        QFETCH(QString, language);
        start();
        m_kiosk.beginIn(language);
        m_kiosk.walkEveryScreen([this](const QString &screen) { verifyAccessibleControls(screen); });
        if (language == QLatin1String("es")) {
            QAccessibleInterface *back =
                QAccessible::queryAccessibleInterface(m_kiosk.visible(QStringLiteral("backButton")));
            QCOMPARE(back->text(QAccessible::Name), QStringLiteral("Atrás"));
        }
    }

    void contrastIsMeasured_data()
    {
        QTest::addColumn<bool>("highContrast");
        QTest::newRow("standard") << false;
        QTest::newRow("high contrast") << true;
    }

    void contrastIsMeasured()
    {
        QFETCH(bool, highContrast);
        const Theme::Palette &p = highContrast ? Theme::highContrast() : Theme::standard();
        QVERIFY(Theme::contrastRatio(p.text, p.background) >= 7.0);
        QVERIFY(Theme::contrastRatio(p.text, p.surface) >= 7.0);
        QVERIFY(Theme::contrastRatio(p.mutedText, p.background) >= 7.0);
        QVERIFY(Theme::contrastRatio(p.mutedText, p.surface) >= 7.0);
        QVERIFY(Theme::contrastRatio(p.accent, p.surface) >= 7.0);    // button and heading text
        QVERIFY(Theme::contrastRatio(p.onAccent, p.accent) >= 7.0);   // text on primary buttons
        QVERIFY(Theme::contrastRatio(p.border, p.background) >= 3.0); // control borders
        QVERIFY(Theme::contrastRatio(p.focus, p.background) >= 3.0);  // focus ring
        // On the attract screen (accent background) the ring is light: #ffd27a.
        QVERIFY(Theme::contrastRatio(QColor(0xff, 0xd2, 0x7a), Theme::standard().accent) >= 3.0);

        // The article stylesheet's own colours, read from the file itself.
        QFile css(QStringLiteral(":/web/article.css"));
        QVERIFY(css.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(css.readAll());
        const QString block =
            highContrast ? text.section(QStringLiteral("html.high-contrast {"), 1).section(QLatin1Char('}'), 0, 0)
                         : text.section(QStringLiteral(":root {"), 1).section(QLatin1Char('}'), 0, 0);
        // Every colour must be found and valid: a renamed variable would read
        // as an invalid colour, which QColor compares as black and passes.
        auto colour = [&](const char *name) {
            const QRegularExpression re(QStringLiteral("--%1:\\s*(#[0-9a-fA-F]{6})").arg(QLatin1String(name)));
            return re.match(block).captured(1);
        };
        for (const char *name :
             {"text", "background", "muted", "accent", "rule", "box-background", "level-emergency", "level-crisis"})
            QVERIFY2(
                QColor(colour(name)).isValid(),
                qPrintable(
                    QStringLiteral("article.css: --%1 is missing or not a #rrggbb colour").arg(QLatin1String(name))));
        QVERIFY(luminanceContrast(colour("text"), colour("background")) >= 7.0);
        QVERIFY(luminanceContrast(colour("muted"), colour("background")) >= 7.0);
        QVERIFY(luminanceContrast(colour("accent"), colour("background")) >= 7.0);
        QVERIFY(luminanceContrast(colour("rule"), colour("background")) >= 3.0);
        // Inside the boxes: body text and the accent headings on the box's tint.
        QVERIFY(luminanceContrast(colour("text"), colour("box-background")) >= 7.0);
        QVERIFY(luminanceContrast(colour("accent"), colour("box-background")) >= 7.0);
        // The help chart's level edges are graphics next to text (WCAG 1.4.11).
        QVERIFY(luminanceContrast(colour("level-emergency"), colour("background")) >= 3.0);
        QVERIFY(luminanceContrast(colour("level-crisis"), colour("background")) >= 3.0);
    }

    void articlePagePassesAxe_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("highContrast");
        QTest::addColumn<QString>("article"); // empty: the featured tile
        // The featured article, and the two visual aids: the help chart and the timeline.
        for (const QString &article : {QString(), QStringLiteral("when-to-get-help"), QStringLiteral("session-day")}) {
            const QByteArray name = article.isEmpty() ? QByteArray("featured") : article.toUtf8();
            QTest::newRow(name + ", English") << QStringLiteral("en") << false << article;
            QTest::newRow(name + ", Spanish") << QStringLiteral("es") << false << article;
            QTest::newRow(name + ", English, high contrast") << QStringLiteral("en") << true << article;
        }
    }

    void articlePagePassesAxe()
    {
        QFETCH(QString, language);
        QFETCH(bool, highContrast);
        QFETCH(QString, article);
        QFile axeFile(QStringLiteral(KIOSK_AXE_CORE));
        QVERIFY2(axeFile.open(QIODevice::ReadOnly),
                 "axe-core is missing: run packaging/install-build-deps.sh (it installs the npm package into .tools/)");
        const QString axe = QString::fromUtf8(axeFile.readAll());
        start();
        m_kiosk.beginIn(language);
        m_kiosk.passDisclaimer();
        if (highContrast)
            m_kiosk.tap(QStringLiteral("homeContrastButton"));
        // axe schedules its checks with timers, which do not fire while the
        // page's JavaScript is switched off (as it always is for patients).
        // For the audit only, script is allowed; the HTML and CSS audited are
        // exactly what patients get, and axe runs in the application's
        // isolated world.
        page()->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
        if (article.isEmpty()) {
            m_kiosk.tap(QStringLiteral("featuredArticleTile"));
        } else {
            m_kiosk.window()->session()->openArticle(article);
        }
        QTRY_VERIFY_WITH_TIMEOUT(WebPageProbe::plainText(page()).size() > 500, 10000);
        if (!article.isEmpty()) {
            QTRY_VERIFY(WebPageProbe::evaluate(page(), QStringLiteral("!!document.querySelector('section.box-%1')")
                                                           .arg(article == QLatin1String("session-day")
                                                                    ? QStringLiteral("timeline")
                                                                    : QStringLiteral("help-levels")))
                            .toBool());
        }
        QTest::qWait(200);
        WebPageProbe::evaluate(page(), axe);
        WebPageProbe::evaluate(
            page(),
            QStringLiteral(
                "window.__axeResult = null; axe.run(document, {runOnly: {type: 'tag', values: "
                "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}).then(r => { window.__axeResult = JSON.stringify("
                "{violations: r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' "
                "'))})),"
                " passes: r.passes.length}); }).catch(e => { window.__axeResult = JSON.stringify({error: String(e)}); "
                "});"));
        QTRY_VERIFY_WITH_TIMEOUT(!WebPageProbe::evaluate(page(), QStringLiteral("window.__axeResult")).isNull(), 8000);
        const QJsonObject result =
            QJsonDocument::fromJson(
                WebPageProbe::evaluate(page(), QStringLiteral("window.__axeResult")).toString().toUtf8())
                .object();
        QVERIFY2(!result.contains(QStringLiteral("error")),
                 qPrintable(result.value(QStringLiteral("error")).toString()));
        QVERIFY2(result.value(QStringLiteral("passes")).toInt() > 5, "axe did not really run");
        const QJsonArray violations = result.value(QStringLiteral("violations")).toArray();
        QVERIFY2(violations.isEmpty(), QJsonDocument(violations).toJson().constData());
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

// The clinical review's findings that a machine can check, over the bundled
// library in both languages: crisis help in the reader's language, the
// facts the review found wrong, the visual aids, the clinic's own facts, and
// the review packet. A failure names the article and what is wrong with it.
#include "checks/EditorialRules.h"
#include "checks/ReviewPacket.h"
#include "content/ArticleBoxes.h"
#include "content/ArticleHtmlPage.h"
#include "content/ArticleLibrary.h"
#include "content/HtmlExporter.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString Bundled = QStringLiteral(":/content");
const QDate Today(2026, 12, 1); // review dates age; the test must not

// The last "##" section of an article: where its crisis help lives.
QString lastSection(const QString &markdown)
{
    const qsizetype at = markdown.lastIndexOf(QLatin1String("\n## "));
    return at < 0 ? QString() : markdown.mid(at);
}

QStringList sentencesOf(const QString &markdown)
{
    QString text = markdown;
    text.replace(QRegularExpression(QStringLiteral("[*_>#]")), QString());
    return text.split(QRegularExpression(QStringLiteral("(?<=[.!?])\\s+|\\n\\s*\\n|\\n- ")), Qt::SkipEmptyParts);
}

QList<const Article *> articlesOf(const ArticleLibrary &library, const QString &language)
{
    return library.allArticles(language);
}

} // namespace

class TestClinicalContent : public QObject
{
    Q_OBJECT

    ArticleLibrary m_library = ArticleLibrary::load({Bundled}, Today);

private slots:
    void libraryHasEveryTopicInBothLanguages()
    {
        QCOMPARE(m_library.errorCount(), 0);
        for (const char *language : {"en", "es"}) {
            QVERIFY2(articlesOf(m_library, QLatin1String(language)).size() >= 20,
                     qPrintable(QStringLiteral("%1 has fewer than 20 articles").arg(QLatin1String(language))));
        }
        for (const char *id :
             {"session-day", "how-many-sessions", "medicines-and-ketamine", "pregnancy-and-birth-control",
              "ptsd-and-anxiety", "cost-insurance-and-consent", "for-family-and-drivers"}) {
            QVERIFY2(m_library.article(QLatin1String(id), QStringLiteral("en")), id);
            QVERIFY2(m_library.article(QLatin1String(id), QStringLiteral("es")), id);
        }
        // The help article opens its topic, so it is one tap from the topic list.
        QCOMPARE(m_library.articlesInTopic(QStringLiteral("safety"), QStringLiteral("en")).first()->id,
                 QStringLiteral("when-to-get-help"));
    }

    void spanishArticlesGiveTheSpanishCrisisRoute()
    {
        for (const Article *article : articlesOf(m_library, QStringLiteral("es"))) {
            const QString help = lastSection(article->markdownBody);
            for (const char *needed : {"988", "oprima el 2", "AYUDA", "chat", "911"}) {
                QVERIFY2(help.contains(QLatin1String(needed), Qt::CaseInsensitive),
                         qPrintable(QStringLiteral("%1 (es): its last section lacks '%2'")
                                        .arg(article->id, QLatin1String(needed))));
            }
        }
    }

    void englishArticlesGiveChatVeteransAndEmergency()
    {
        for (const Article *article : articlesOf(m_library, QStringLiteral("en"))) {
            const QString help = lastSection(article->markdownBody);
            for (const char *needed : {"988", "chat", "988lifeline.org", "911", "press 1"}) {
                QVERIFY2(help.contains(QLatin1String(needed), Qt::CaseInsensitive),
                         qPrintable(QStringLiteral("%1 (en): its last section lacks '%2'")
                                        .arg(article->id, QLatin1String(needed))));
            }
        }
    }

    void compoundedKetamineIsNeverCalledOffLabel()
    {
        // Naming the three kinds side by side ("approved, off-label or
        // compounded") is right; saying compounded ketamine is used off-label is not.
        const QRegularExpression calledOffLabel(
            QStringLiteral(
                "compounded\\s+(?:ketamine\\s+)?(?:products?\\s+)?(?:is|are)\\s+(?:used\\s+|given\\s+)?off-label"
                "|off-label\\s+(?:use\\s+of\\s+)?compounded"
                "|magistral\\)?\\s+(?:es|son|se usa)\\s+(?:un\\s+)?(?:uso\\s+)?fuera de lo aprobado"
                "|fuera de lo aprobado de (?:la )?ketamina preparada"),
            QRegularExpression::CaseInsensitiveOption);
        for (const QString &language : m_library.languages()) {
            for (const Article *article : articlesOf(m_library, language)) {
                for (const QString &sentence : sentencesOf(article->markdownBody)) {
                    QVERIFY2(!calledOffLabel.match(sentence).hasMatch(),
                             qPrintable(QStringLiteral("%1 (%2) calls compounded ketamine off-label: %3")
                                            .arg(article->id, language, sentence)));
                }
            }
        }
    }

    void reassuranceStaysTrue()
    {
        // "It passes" promises too much: the feeling usually passes, within an hour or two.
        const QRegularExpression promise(
            QStringLiteral(
                "(?<!usually )(?<!often )(?<!if )\\b(?:always passes|it passes|feeling passes|will pass)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpression promesa(
            QStringLiteral("(?<!suele )\\b(?:siempre se pasa|se le pasará|la sensación se pasa)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        for (const QString &language : m_library.languages()) {
            for (const Article *article : articlesOf(m_library, language)) {
                for (const QString &sentence : sentencesOf(article->markdownBody)) {
                    QVERIFY2(!promise.match(sentence).hasMatch() && !promesa.match(sentence).hasMatch(),
                             qPrintable(QStringLiteral("%1 (%2) promises the feeling passes: %3")
                                            .arg(article->id, language, sentence)));
                }
            }
        }
    }

    void kHoleMeansAVeryDeepState()
    {
        const QRegularExpression kHole(QStringLiteral("k-hole"), QRegularExpression::CaseInsensitiveOption);
        for (const QString &language : m_library.languages()) {
            for (const Article *article : articlesOf(m_library, language)) {
                const QStringList paragraphs = article->markdownBody.split(QStringLiteral("\n\n"));
                for (const QString &paragraph : paragraphs) {
                    if (!kHole.match(paragraph).hasMatch())
                        continue;
                    QVERIFY2(paragraph.contains(QLatin1String("deep"), Qt::CaseInsensitive)
                                 || paragraph.contains(QLatin1String("profund"), Qt::CaseInsensitive),
                             qPrintable(QStringLiteral("%1 (%2): K-hole must mean a very deep state: %3")
                                            .arg(article->id, language, paragraph)));
                }
            }
        }
    }

    void everyArticleHasKeyPointsAndReviewChecks()
    {
        for (const QString &language : m_library.languages()) {
            for (const Article *article : articlesOf(m_library, language)) {
                const QList<ArticleBoxes::Box> boxes = ArticleBoxes::find(article->markdownBody);
                const bool hasKeyPoints = std::any_of(boxes.cbegin(), boxes.cend(), [](const ArticleBoxes::Box &box) {
                    return box.known && box.kind == ArticleBoxes::Kind::KeyPoints;
                });
                QVERIFY2(hasKeyPoints, qPrintable(article->id + QStringLiteral(" has no key points box")));
                QVERIFY2(article->reviewChecks.size() >= 3,
                         qPrintable(article->id + QStringLiteral(" lists fewer than 3 claims for the reviewer")));
                // Nothing claims a review that did not happen.
                QVERIFY2(article->reviewedBy.isEmpty() && !article->reviewedOn.isValid(),
                         qPrintable(article->id + QStringLiteral(" claims a clinician review")));
            }
        }
    }

    void safetyArticlesReachTheHelpChart()
    {
        for (const QString &language : m_library.languages()) {
            const Article *help = m_library.article(QStringLiteral("when-to-get-help"), language);
            QVERIFY(help);
            const QString page = m_library.pageHtml(help->id, language);
            QVERIFY2(page.contains(QLatin1String("class=\"box box-help-levels\"")), qPrintable(language));
            QCOMPARE(page.count(QLatin1String("<li class=\"level-")), 3);
            for (const Article *article : m_library.articlesInTopic(QStringLiteral("safety"), language)) {
                if (article->id == help->id)
                    continue;
                QVERIFY2(
                    article->markdownBody.contains(QLatin1String("](when-to-get-help)")),
                    qPrintable(QStringLiteral("%1 (%2) does not link to the help chart").arg(article->id, language)));
            }
            QVERIFY(m_library.pageHtml(QStringLiteral("session-day"), language)
                        .contains(QLatin1String("<ol class=\"steps\">")));
        }
    }

    void noPlaceholderOrMarkerReachesAPatient_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("hours");
        QTest::newRow("clinic facts not set") << QString() << QString();
        QTest::newRow("clinic facts set") << QStringLiteral("(555) 010-0199") << QStringLiteral("Mon-Fri 8:00-17:00");
    }

    void noPlaceholderOrMarkerReachesAPatient()
    {
        QFETCH(QString, phone);
        QFETCH(QString, hours);
        ArticleLibrary::Options options = ArticleLibrary::Options::onDay(Today);
        options.clinic.phone = phone;
        options.clinic.hours = hours;
        const ArticleLibrary library = ArticleLibrary::load({Bundled}, options);
        int pagesWithPhone = 0;
        for (const QString &language : library.languages()) {
            for (const Article *article : library.allArticles(language)) {
                const QString page = library.pageHtml(article->id, language);
                QVERIFY2(!page.contains(QLatin1String("{{")),
                         qPrintable(article->id + QStringLiteral(": raw placeholder")));
                QVERIFY2(!page.contains(QLatin1String("[!")),
                         qPrintable(article->id + QStringLiteral(": raw box marker")));
                QVERIFY2(!page.contains(QLatin1String("<blockquote>")),
                         qPrintable(article->id + QStringLiteral(": unconverted box")));
                if (article->markdownBody.contains(ClinicFacts::phonePlaceholder())) {
                    const QString expected = phone.isEmpty()
                                                 ? ClinicFacts().fillIn(ClinicFacts::phonePlaceholder(), language, true)
                                                 : phone.toHtmlEscaped();
                    QVERIFY2(page.contains(expected), qPrintable(article->id));
                    ++pagesWithPhone;
                }
            }
            QTemporaryDir packet;
            QString error;
            QVERIFY(!ReviewPacket::write(library, packet.path(), &error).isEmpty());
            QFile file(packet.filePath(QStringLiteral("review-packet-%1.html").arg(language)));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString packetHtml = QString::fromUtf8(file.readAll());
            QVERIFY(!packetHtml.contains(QLatin1String("{{")));
            QVERIFY(!packetHtml.contains(QLatin1String("[!")));
        }
        QVERIFY2(pagesWithPhone >= 10, "articles that tell patients to call the clinic name its number");

        QTemporaryDir exportDir;
        QString error;
        const QStringList files = HtmlExporter::exportLibrary(library, exportDir.path(), &error);
        QVERIFY2(!files.isEmpty(), qPrintable(error));
        for (const QString &path : files) {
            if (!path.endsWith(QLatin1String(".html")))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString html = QString::fromUtf8(file.readAll());
            QVERIFY2(!html.contains(QLatin1String("{{")) && !html.contains(QLatin1String("[!")), qPrintable(path));
        }
    }

    void reviewPacketShowsWhatAReviewerSigns()
    {
        const QString html = ReviewPacket::html(m_library, QStringLiteral("en"));
        for (const Article *article : m_library.allArticles(QStringLiteral("en"))) {
            QVERIFY2(html.contains(QStringLiteral("id=\"%1\"").arg(article->id)), qPrintable(article->id));
            QVERIFY(html.contains(article->reviewChecks.first().toHtmlEscaped()));
            QVERIFY(html.contains(article->sources.first().toHtmlEscaped()));
        }
        QCOMPARE(html.count(QLatin1String("class=\"packet-signoff\"")),
                 m_library.allArticles(QStringLiteral("en")).size());
        QVERIFY(html.contains(QLatin1String("Flesch-Kincaid grade")));
        QVERIFY(html.contains(QLatin1String("Not reviewed by a clinician yet")));
        QVERIFY(html.contains(QLatin1String("page-break-before: always")));
        QVERIFY(ReviewPacket::html(m_library, QStringLiteral("es")).contains(QStringLiteral("Fernández-Huerta")));
    }

    void reviewDueDatesFollowTheClinicInterval()
    {
        Article article;
        QVERIFY(EditorialRules::reviewIsDue(article, Today, 24)); // never reviewed
        article.reviewedBy = QStringLiteral("Dr. Ana Ruiz");
        article.reviewedOn = QDate(2025, 6, 1);
        QCOMPARE(EditorialRules::reviewDueDate(article, 24), QDate(2027, 6, 1));
        QVERIFY(!EditorialRules::reviewIsDue(article, Today, 24));
        QVERIFY(EditorialRules::reviewIsDue(article, Today, 12)); // the clinic's shorter interval
        article.reviewDue = QDate(2026, 11, 30);                  // the article's own date wins
        QVERIFY(EditorialRules::reviewIsDue(article, Today, 24));
        QCOMPARE(m_library.articlesDueForReview(), 2 * 20); // the bundled library stays unreviewed
    }

    void reviewPacketFromTheCommandLine()
    {
        QTemporaryDir dir;
        QTemporaryDir content;
        // A clinic folder with one article of its own, reviewed.
        QVERIFY(QDir().mkpath(content.filePath(QStringLiteral("articles/en"))));
        QFile source(QStringLiteral(":/content/articles/en/side-effects.md"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(source.readAll());
        text.replace(QStringLiteral("language: en\n"),
                     QStringLiteral("language: en\nreviewed_by: \"Dr. Ana Ruiz, MD\"\nreviewed_on: 2026-10-02\n"));
        QFile local(content.filePath(QStringLiteral("articles/en/side-effects.md")));
        QVERIFY(local.open(QIODevice::WriteOnly));
        local.write(text.toUtf8());
        local.close();
        QTemporaryDir configDir;
        QFile config(configDir.filePath(QStringLiteral("kiosk.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[clinic]\nphone=(555) 010-0142\n");
        config.close();

        QProcess kiosk;
        kiosk.start(QStringLiteral(KIOSK_BINARY),
                    {QStringLiteral("--config"), config.fileName(), QStringLiteral("--content-dir"), content.path(),
                     QStringLiteral("--review-packet"), dir.path()});
        QVERIFY(kiosk.waitForFinished(60000));
        QCOMPARE(kiosk.exitCode(), 0);
        QFile packet(dir.filePath(QStringLiteral("review-packet-en.html")));
        QVERIFY(packet.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(packet.readAll());
        QVERIFY(html.contains(QLatin1String("Reviewed by Dr. Ana Ruiz, MD on 2026-10-02; next review due 2028-10-02")));
        QVERIFY(html.contains(QLatin1String("(555) 010-0142")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("review-packet-es.html"))));
    }
};

QTEST_GUILESS_MAIN(TestClinicalContent)
#include "tst_clinicalcontent.moc"

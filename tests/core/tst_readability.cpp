// The validator computes reading level itself (so the kiosk needs no extra
// tool at run time); this proves it agrees with GNU style, the reference the
// project is held to, within one grade on every bundled English article.

#include "checks/Readability.h"
#include "content/ArticleLibrary.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestReadability final : public QObject
{
    Q_OBJECT

private:
    static double gnuStyleGrade(const QString &plainText)
    {
        QProcess style;
        style.start(QStringLiteral(GNU_STYLE), {QStringLiteral("-L"), QStringLiteral("en")});
        style.write(plainText.toUtf8());
        style.closeWriteChannel();
        if (!style.waitForFinished(30000))
            return -100;
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Kincaid:\\s*([-\\d.]+)"))
                                              .match(QString::fromUtf8(style.readAllStandardOutput()));
        return m.hasMatch() ? m.captured(1).toDouble() : -100;
    }

private slots:
    void agreesWithGnuStyle_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<bool>("bundled");
        const ArticleLibrary library = ArticleLibrary::load({QStringLiteral(":/content")});
        for (const Article *article : library.allArticles(QStringLiteral("en")))
            QTest::newRow(qPrintable(article->id)) << article->markdownBody << true;
        // Harder texts too, so agreement is not only shown on easy ones.
        QTest::newRow("college level") << QStringLiteral(
            "Ketamine, a noncompetitive N-methyl-D-aspartate receptor antagonist, produces rapid "
            "antidepressant effects in treatment-resistant depression. Its mechanism involves "
            "glutamatergic neurotransmission and downstream synaptogenesis.")
                                       << false;
        QTest::newRow("plain") << QStringLiteral("You may feel calm. Staff stay with you. The feeling fades soon.")
                               << false;
    }

    void agreesWithGnuStyle()
    {
        QFETCH(QString, markdown);
        QFETCH(bool, bundled);
        const double ours = Readability::measure(markdown, QStringLiteral("en")).fleschKincaidGrade;
        const double reference = gnuStyleGrade(Readability::plainText(markdown));
        QVERIFY2(reference > -100, "GNU style did not run");
        qInfo("grade: ours %.1f, GNU style %.1f", ours, reference);
        QVERIFY2(qAbs(ours - reference) <= 1.0,
                 qPrintable(QStringLiteral("ours %1, GNU style %2").arg(ours).arg(reference)));
        // The gate itself: every bundled English article at grade 8.0 or lower by GNU style.
        if (bundled)
            QVERIFY2(reference <= 8.0, qPrintable(QStringLiteral("GNU style grade %1 is above 8.0").arg(reference)));
    }

    void spanishArticlesAreFairlyEasy_data()
    {
        QTest::addColumn<QString>("markdown");
        const ArticleLibrary library = ArticleLibrary::load({QStringLiteral(":/content")});
        for (const Article *article : library.allArticles(QStringLiteral("es")))
            QTest::newRow(qPrintable(article->id)) << article->markdownBody;
    }

    void spanishArticlesAreFairlyEasy()
    {
        QFETCH(QString, markdown);
        const Readability::Scores scores = Readability::measure(markdown, QStringLiteral("es"));
        qInfo("Fernández-Huerta %.1f, longest sentence %d words", scores.fernandezHuerta, scores.longestSentenceWords);
        QVERIFY2(scores.fernandezHuerta >= 70.0, qPrintable(QString::number(scores.fernandezHuerta)));
        QVERIFY2(scores.longestSentenceWords <= 25, qPrintable(scores.longestSentence));
    }

    void countsSpanishSyllables_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("syllables");
        QTest::newRow("casa") << QStringLiteral("casa") << 2;
        QTest::newRow("ketamina") << QStringLiteral("ketamina") << 4;
        QTest::newRow("diptongo: tiene") << QStringLiteral("tiene") << 2;
        QTest::newRow("hiato: día") << QStringLiteral("día") << 2;
        QTest::newRow("hiato: leer") << QStringLiteral("leer") << 2;
        QTest::newRow("sesión") << QStringLiteral("sesión") << 2;
    }

    void countsSpanishSyllables()
    {
        QFETCH(QString, word);
        QFETCH(int, syllables);
        QCOMPARE(Readability::spanishSyllables(word), syllables);
    }

    void plainTextMakesHeadingsAndItemsSentences()
    {
        const QString text =
            Readability::plainText(QStringLiteral("## What to do\n\n- Rest\n- Drink [water](x)\n\n**Bold** text."));
        QCOMPARE(Readability::sentences(text),
                 QStringList({QStringLiteral("What to do."), QStringLiteral("Rest."), QStringLiteral("Drink water."),
                              QStringLiteral("Bold text.")}));
    }
};

QTEST_GUILESS_MAIN(TestReadability)
#include "tst_readability.moc"

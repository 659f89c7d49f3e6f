// Runs a libFuzzer-style target without libFuzzer: first every seed file,
// then random mutations of them (bit flips, truncation, splicing, inserted
// YAML and Markdown tokens) for a bounded time with a fixed seed, so a
// failure can be reproduced. A crash, an abort or an uncaught exception ends
// the process with a non-zero status; the input is saved first.
//
// Usage: fuzz_..._smoke SECONDS SEED_DIR...

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

const QList<QByteArray> &tokens()
{
    static const QList<QByteArray> list{
        "---\n",
        "\n---\n",
        ": ",
        "- ",
        "[",
        "]",
        "{",
        "}",
        "\"",
        "'",
        "&anchor ",
        "*anchor",
        "!!binary ",
        "id: x\n",
        "title: ",
        "related: [",
        "sources:\n  - ",
        "updated: 2026-13-45\n",
        "\t",
        "\r\n",
        "\xef\xbb\xbf",
        "\xff\xfe",
        "\xc3",
        "# ",
        "## ",
        "**",
        "[link](",
        "](images/x.png)",
        "![img](",
        "<script>",
        "`",
        "```\n",
        "> ",
        "1. ",
        "|a|b|\n|-|-|\n",
        "&#0;",
        "\\",
        "\0",
    };
    return list;
}

QByteArray mutate(QByteArray input, const QList<QByteArray> &seeds, QRandomGenerator &random)
{
    const int rounds = 1 + int(random.bounded(8));
    for (int i = 0; i < rounds; ++i) {
        const qsizetype at = input.isEmpty() ? 0 : qsizetype(random.bounded(quint32(input.size())));
        switch (random.bounded(6)) {
        case 0: // flip a bit
            if (!input.isEmpty())
                input[at] = char(input.at(at) ^ char(1 << random.bounded(8)));
            break;
        case 1: // truncate
            input.truncate(at);
            break;
        case 2: // insert a token
            input.insert(at, tokens().at(qsizetype(random.bounded(quint32(tokens().size())))));
            break;
        case 3: // delete a run
            input.remove(at, qsizetype(random.bounded(64)));
            break;
        case 4: { // splice in part of another seed
            const QByteArray &other = seeds.at(qsizetype(random.bounded(quint32(seeds.size()))));
            if (!other.isEmpty()) {
                const qsizetype from = qsizetype(random.bounded(quint32(other.size())));
                input.insert(at, other.mid(from, qsizetype(random.bounded(256))));
            }
            break;
        }
        case 5: // duplicate a run (deep nesting, repetition)
            input.insert(at, input.mid(at, qsizetype(random.bounded(128))).repeated(1 + int(random.bounded(16))));
            break;
        }
    }
    return input.left(300 * 1024);
}

void keep(const QByteArray &input)
{
    QFile file(QStringLiteral("fuzz-last-input.bin"));
    if (file.open(QIODevice::WriteOnly))
        file.write(input);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s SECONDS SEED_DIR...\n", argv[0]);
        return 2;
    }
    const qint64 budgetMs = qint64(QByteArray(argv[1]).toDouble() * 1000);
    QList<QByteArray> seeds;
    for (int i = 2; i < argc; ++i) {
        QDirIterator it(QString::fromLocal8Bit(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                seeds.append(file.readAll());
        }
    }
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "no seed files found\n");
        return 2;
    }
    for (const QByteArray &seed : std::as_const(seeds)) {
        keep(seed);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(seed.constData()), size_t(seed.size()));
    }
    QRandomGenerator random(20261124); // fixed: a failure reproduces
    QElapsedTimer clock;
    clock.start();
    qint64 runs = 0;
    while (clock.elapsed() < budgetMs) {
        const QByteArray input = mutate(seeds.at(qsizetype(random.bounded(quint32(seeds.size())))), seeds, random);
        keep(input);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
        ++runs;
    }
    QFile::remove(QStringLiteral("fuzz-last-input.bin"));
    std::printf("%lld seeds and %lld mutated inputs in %.1f s: no crash\n", qlonglong(seeds.size()), qlonglong(runs),
                double(clock.elapsed()) / 1000.0);
    return 0;
}

// Fuzz target: everything the kiosk does with an article file's bytes, from
// front matter (yaml-cpp) to Markdown (md4c), the editorial checks and the
// rendered page. Also the topic manifest parser on the same bytes.
//
// libFuzzer (clang):
//   cmake -S . -B build/fuzz -DKIOSK_BUILD_FUZZERS=ON -DCMAKE_CXX_COMPILER=clang++
//   cmake --build build/fuzz --target fuzz_article_loading -j2
//   build/fuzz/tests/fuzz_article_loading -max_total_time=600 tests/content/broken/articles/en
//   resources/content/articles/en
// Any compiler: the CTest `fuzz_article_loading_smoke` runs the same target
// through StandaloneFuzzDriver for a bounded time.

#include "checks/EditorialRules.h"
#include "checks/Readability.h"
#include "content/ArticleHtmlPage.h"
#include "content/ArticleParser.h"
#include "content/MarkdownRenderer.h"
#include "content/TopicManifest.h"

#include <QByteArray>
#include <QDate>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ArticleParser::Result parsed = ArticleParser::parse(bytes, QStringLiteral("fuzz.md"));
    if (parsed.article) {
        const Article &article = *parsed.article;
        EditorialRules::checkArticle(article, QDate(2026, 11, 24));
        Readability::measure(article.markdownBody, QStringLiteral("es"));
        ArticleHtmlPage::render(article, &article, {}, ArticleHtmlPage::Target::Export);
    }
    // The body alone, as Markdown, whatever the front matter did.
    MarkdownRenderer::toHtml(QString::fromUtf8(bytes));
    TopicManifest::parse(bytes, QStringLiteral("topics.yaml"));
    return 0;
}

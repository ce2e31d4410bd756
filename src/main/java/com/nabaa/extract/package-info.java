/**
 * Article extraction: HTML news pages ({@link com.nabaa.extract.HtmlExtractor}) and pages saved
 * as plain text ({@link com.nabaa.extract.TextPageExtractor}) become an
 * {@link com.nabaa.extract.ExtractedPage}; {@link com.nabaa.extract.ExtractJsonl} runs a batch.
 *
 * <p>The body builds on readability4j, which scored best of the Java extractors measured on the
 * article-extraction-benchmark pages (body F1: readability4j 0.938, boilerpipe ArticleExtractor
 * 0.824); captions, link-dense teasers, datelines, bylines, share/follow/"اقرأ أيضا" lines and
 * repeated lines are then removed. Publication dates come from the URL path, JSON-LD, meta tags,
 * {@code <time>}, script state and visible date lines in English, German and Arabic (Egyptian,
 * Levantine and Maghreb month names; Eastern Arabic and Persian digits). The headline is the one the
 * page shows ({@code Headline}: the article's visible h1, else the JSON-LD headline, else the declared
 * titles, with the site's name cut off); a text page names its site from its own lines.
 *
 * <p>Measured (body F1 0.968 on aeb-pages and 0.930 on wcxb-dev-pages, date F1 0.938 on
 * htmldate-pages, headline 0.902 on wcxb-dev-pages; see docs/quality.md) with:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx1500m -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) \
 *     com.nabaa.extract.ExtractBenchmarkMain /work/shared/extract/aeb-pages.jsonl.gz /tmp/pred-body.jsonl
 * python3 /work/shared/extract/score.py body /work/shared/extract/aeb-pages.jsonl.gz /tmp/pred-body.jsonl
 * (the same with htmldate-pages.jsonl.gz and score.py date; wcxb-dev-pages.jsonl.gz and score.py
 * headline or body)
 * </pre>
 */
package com.nabaa.extract;

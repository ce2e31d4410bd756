/**
 * Text analysis shared by indexing, questions and alerts: {@link com.nabaa.text.NewsAnalyzers}
 * (the one analyzer factory), {@link com.nabaa.text.ArabicText} (character normalization, also for
 * whole strings), {@link com.nabaa.text.InvisibleCharacters} (what a question loses before anything
 * reads it), {@link com.nabaa.text.LanguageDetector}, {@link com.nabaa.text.SentenceSplitter}
 * and {@link com.nabaa.text.MonthNames} (shared by page date lines and question date phrases),
 * {@link com.nabaa.text.ScoreLines} (whether a sentence states a score). The chains end with word
 * families ({@code WordFamilies}, {@code word-families.txt}): a verb, its verbal noun, participles
 * and broken plurals become one term (فاز، يفوز، فوز، فائز → فوز).
 * Reading a question (fillers, date phrases, dialect words, name variants) is {@code
 * com.nabaa.question}'s job, which uses this package, never the other way round.
 *
 * <p>Measured on a shared 2-core machine (numbers vary with the load of other jobs):
 *
 * <ul>
 *   <li>Analysis throughput, one thread, 10,000 corpus articles (3.2 KB each), steady rounds:
 *       Lucene ArabicAnalyzer ~14,000 articles/s (~45 MB/s); {@code NewsAnalyzers.arabic()}
 *       ~15,000 articles/s (~50 MB/s, ~3.6 M tokens/s); {@code english()} ~12,000 articles/s.
 *       {@code java -cp target/classes:target/test-classes:<deps> com.nabaa.text.AnalyzerThroughput
 *       ../shared/corpus/ant-multisource-2018.jsonl.gz 10000 5}
 *   <li>Retrieval (eval paragraphs + 29,977 news articles, BM25 k1=0.9 b=0.4, top 100), Lucene
 *       ArabicAnalyzer → Nabaa: XQuAD-ar MRR@100 0.784 → 0.801, R@100 0.940 → 0.952; ARCD train
 *       MRR@100 0.578 → 0.595, R@100 0.895 → 0.912. {@code java -Xmx2g -cp ...
 *       com.nabaa.text.AnalyzerRetrievalCheck ../shared}
 * </ul>
 *
 * <p>Not handled yet: Arabizi (Arabic in Latin letters, detected as English); name spelling
 * variants (ترمب / ترامب) and گ; Arabic presentation forms (U+FB50..U+FEFF, e.g. the lam-alef
 * ligature ﻻ), which need NFKC before tokenizing; Lucene's stemmer over-stemming names (بوتين →
 * بوت, إليسا → يسا) is kept because index and queries agree on it.
 */
package com.nabaa.text;

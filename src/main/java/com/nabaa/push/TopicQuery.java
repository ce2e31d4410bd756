package com.nabaa.push;

import com.nabaa.news.Language;
import com.nabaa.question.Question;
import com.nabaa.question.QuestionParser;
import com.nabaa.text.LanguageDetector;
import com.nabaa.text.NewsAnalyzers;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A followed topic as a query for the monitor, understood exactly as a question about it is: the
 * question parser drops fillers and a date phrase, puts dialect words in news wording (الماتش →
 * مباراة) and finds other spellings of names; the news analyzers (the index's chains) make the
 * terms, so "الانتخابات" meets "للانتخابات". Then every term must be in the headline or lead (a
 * spelling that is surely the same word, جوجل / غوغل, counts for it), no excluded word may be
 * anywhere in the article, and the section and source filters must hold.
 */
final class TopicQuery {
    private final Analyzer arabic = NewsAnalyzers.arabic();
    private final Analyzer english = NewsAnalyzers.english();

    /** The query for {@code topic}, whose date phrases are read against {@code at}. */
    Query build(TopicSpec topic, ZonedDateTime at) {
        Language language = LanguageDetector.detect(topic.words()) == Language.ENGLISH ? Language.ENGLISH
                : Language.ARABIC;
        Analyzer analyzer = language == Language.ENGLISH ? english : arabic;
        String lead = AlertDocument.leadField(language);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int required = 0;
        if (!topic.words().isEmpty()) {
            Question q = QuestionParser.parse(topic.words(), at);
            if (q.when().isPresent()) q = q.withoutTimeFilter();
            Map<String, Set<String>> forms = new LinkedHashMap<>();
            for (String term : NewsAnalyzers.terms(analyzer, lead, q.searchText())) {
                forms.computeIfAbsent(term, t -> new LinkedHashSet<>(List.of(t)));
            }
            addSpellings(q, analyzer, lead, forms);
            for (Set<String> alternatives : forms.values()) {
                b.add(anyOf(lead, alternatives), BooleanClause.Occur.MUST);
                required++;
            }
        }
        for (String excluded : topic.exclusions()) {
            for (String term : NewsAnalyzers.terms(analyzer, lead, excluded)) {
                b.add(new TermQuery(new Term(AlertDocument.textField(language), term)), BooleanClause.Occur.MUST_NOT);
            }
        }
        topic.section().ifPresent(s -> b.add(new TermQuery(new Term(AlertDocument.CATEGORY, s)),
                BooleanClause.Occur.FILTER));
        topic.source().ifPresent(s -> b.add(new TermQuery(new Term(AlertDocument.SOURCE, AlertDocument.sourceKey(s))),
                BooleanClause.Occur.FILTER));
        if (required == 0 && topic.section().isEmpty() && topic.source().isEmpty()) {
            throw new InvalidTopicException(InvalidTopicException.Reason.NO_WORDS, topic.typed());
        }
        return b.build();
    }

    /** Other spellings that are surely the same word (a curated name, the hamza seat) stand for it. */
    private static void addSpellings(Question q, Analyzer analyzer, String field, Map<String, Set<String>> forms) {
        for (Question.Spelling s : q.spellings()) {
            List<String> word = NewsAnalyzers.terms(analyzer, field, s.word());
            if (word.size() != 1 || !forms.containsKey(word.get(0))) continue;
            for (String alternative : s.alternatives()) {
                if (!s.isSameWord(alternative)) continue;
                List<String> terms = NewsAnalyzers.terms(analyzer, field, alternative);
                if (terms.size() == 1) forms.get(word.get(0)).add(terms.get(0));
            }
        }
    }

    private static Query anyOf(String field, Set<String> terms) {
        List<Query> each = new ArrayList<>();
        for (String t : terms) each.add(new TermQuery(new Term(field, t)));
        if (each.size() == 1) return each.get(0);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        each.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
        return b.build();
    }
}

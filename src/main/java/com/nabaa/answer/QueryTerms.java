package com.nabaa.answer;

import com.nabaa.index.PassageSearcher;
import com.nabaa.news.Language;
import com.nabaa.text.NewsAnalyzers;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The question's analyzed terms weighted by how rare they are in the index (IDF), so that "how
 * much of the question does this text cover" can be measured the same way for passages, sentences
 * and the no-answer decision.
 */
final class QueryTerms {
    private final Map<String, Float> weights;
    private final float total;
    private final Analyzer analyzer;

    private QueryTerms(Map<String, Float> weights, Analyzer analyzer) {
        this.weights = weights;
        this.analyzer = analyzer;
        float sum = 0;
        for (float w : weights.values()) sum += w;
        this.total = sum;
    }

    static QueryTerms of(String text, Language language, Analyzers analyzers, PassageSearcher searcher) {
        Analyzer analyzer = analyzers.forLanguage(language);
        Map<String, Float> weights = new LinkedHashMap<>();
        Set<String> framing = analyzers.framing(language);
        for (String term : terms(analyzer, text)) {
            if (framing.contains(term)) continue;
            weights.computeIfAbsent(term, t -> searcher.idf(t, language));
        }
        return new QueryTerms(weights, analyzer);
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }

    Set<String> terms() {
        return weights.keySet();
    }

    /**
     * Share (0..1) of the question's weight whose terms occur in the given analyzed terms, exactly
     * or as a near form ({@link NearTerms}).
     */
    float coverage(Collection<String> terms) {
        if (total <= 0) return 0;
        Set<String> seen = new HashSet<>(terms);
        float covered = 0;
        for (Map.Entry<String, Float> e : weights.entrySet()) {
            if (NearTerms.found(e.getKey(), seen)) covered += e.getValue();
        }
        return covered / total;
    }

    /** The share (0..1) of the question's weight that {@code term} carries; 0 for a term not in it. */
    float share(String term) {
        return total <= 0 ? 0 : weights.getOrDefault(term, 0f) / total;
    }

    /** Coverage of a raw text, analyzed like the question. */
    float coverageOf(String text) {
        return coverage(terms(analyzer, text));
    }

    List<String> analyze(String text) {
        return terms(analyzer, text);
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return NewsAnalyzers.terms(analyzer, "text", text);
    }

    /**
     * Words that frame a question rather than name its topic ("how many", "the name of", "the
     * reason"): an answer rarely repeats them, so they do not count in coverage (they are still
     * searched).
     */
    static final List<String> FRAMING = List.of("عدد", "اسم", "يسمى", "تسمى", "سمي", "نوع", "انواع", "سنه", "عام",
            "تاريخ", "مدى", "حدث", "يحدث", "سبب", "اسباب", "يمكن", "قام", "تم", "الذي", "التي", "الذين", "اول", "اكثر",
            "اكبر", "معنى", "يعني", "يطلق", "اطلق", "يعرف", "تعرف", "عرف", "مكان", "موقع", "يقع", "تقع", "وقت", "مده",
            "number", "name", "called", "type", "year", "reason", "happened", "first", "largest", "located");

    /** One Arabic and one English analyzer, shared by every question (analyzers are thread-safe). */
    record Analyzers(Analyzer arabic, Analyzer english, Set<String> arabicFraming, Set<String> englishFraming) {
        static Analyzers create() {
            Analyzer arabic = NewsAnalyzers.arabic();
            Analyzer english = NewsAnalyzers.english();
            return new Analyzers(arabic, english, analyzedSet(arabic), analyzedSet(english));
        }

        private static Set<String> analyzedSet(Analyzer analyzer) {
            Set<String> out = new java.util.HashSet<>();
            for (String w : FRAMING) out.addAll(terms(analyzer, w));
            return Set.copyOf(out);
        }

        Set<String> framing(Language language) {
            return language == Language.ENGLISH ? englishFraming : arabicFraming;
        }

        Analyzer forLanguage(Language language) {
            return language == Language.ENGLISH ? english : arabic;
        }
    }
}

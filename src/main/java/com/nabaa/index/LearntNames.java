package com.nabaa.index;

import com.nabaa.news.Article;
import com.nabaa.news.Language;
import com.nabaa.text.NewsAnalyzers;
import com.nabaa.text.Transliteration;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Arabic for Latin words, learnt from the Arabic news itself as it is indexed: what lets an English
 * reader's "Khashoggi" search Arabic news for خاشقجي when no glossary lists it. Nothing learnt is
 * kept outside the index: it is rebuilt with it, and leaves with the articles it came from.
 *
 * <p>Two kinds of evidence, written as keyword terms of {@link Fields#LEARNT} on an article's first
 * passage:
 * <ol>
 *   <li><b>Names in parentheses</b>: "الرئيس الفرنسي إيمانويل ماكرون (Emmanuel Macron)". The Latin
 *       words (one to four, each capitalized, no acronym) are paired in order with as many Arabic
 *       words right before the parenthesis, and a pair is kept only when its consonants agree
 *       ({@link Transliteration}): {@code name:macron:ماكرون}.
 *   <li><b>English URL slugs beside Arabic headlines</b>:
 *       {@code …/2018/04/01/khashoggi-saudi-iran-missiles-tweets} over "خاشقجي عن استهداف
 *       السعودية…". Every slug word is paired with every Arabic term of the headline ({@code
 *       pair:khashoggi:خاشقجي}), with counts of each side alone ({@code slug:khashoggi}, {@code
 *       head:خاشقجي}) and the headline's spelling of each term ({@code form:خاشقجي:خاشقجي}). One
 *       slug says little; over many articles a word's translation is the headline term it meets
 *       most consistently, by the Dice coefficient of the counts. A last segment that ends in a long
 *       number is a section and an id ({@code art-and-culture-43105759}), not a headline's slug.
 * </ol>
 */
final class LearntNames {
    /**
     * Raise when what is learnt changes: the index is then rebuilt ({@link NewsIndex#version()}). 2:
     * {@link Transliteration} hears تش as one sound (a parenthesized Chelsea beside تشيلسي is now plausible);
     * 3: a consonant repeated across a vowel is two (Federer has the four of فيدرر).
     */
    static final int VERSION = 3;
    /** A slug word must have met its Arabic term in at least this many articles. */
    static final int MIN_PAIRED = 3;
    /**
     * Dice coefficient of a slug word and a headline term at which the term is the word's Arabic:
     * names meet theirs at 0.7 to 0.98 (khashoggi/خاشقجي 0.81, pompeo/بومبيو 0.85), while a slug's
     * section codes (wd, me) reach 0.45 with words such as "شاهد".
     */
    static final double MIN_DICE = 0.5;
    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_SLUG_WORDS = 12;
    /**
     * One to four capitalized Latin words in parentheses. The words before them are read backwards
     * from the parenthesis ({@link #wordsBefore}): a pattern that also matched them tried every
     * position of the text as the first of up to four words, and took a third of ingest's time.
     */
    private static final Pattern LATIN_IN_PARENTHESES =
            Pattern.compile("\\(\\s*([A-Z][A-Za-z'’-]*(?:\\s+[A-Z][A-Za-z'’-]*){0,3})\\s*\\)");
    private static final Pattern CAPITALIZED = Pattern.compile("[A-Z][a-z'’-]+[a-z]");
    private static final Pattern ARABIC_WORD = Pattern.compile("[\\p{InArabic}]+");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)+");
    private static final Pattern SECTION_AND_ID = Pattern.compile(".*-\\d{5,}");
    private static final Set<String> SLUG_FUNCTION = Set.of("a", "an", "and", "the", "of", "in", "on", "to", "for",
            "with", "at", "by", "from", "is", "are", "as", "its", "html", "htm", "php", "aspx");

    private LearntNames() {
    }

    /** The terms an Arabic article teaches, for its first passage; none for other articles. */
    static Set<String> terms(Article a, Analyzer arabic) {
        if (a.language() != Language.ARABIC) return Set.of();
        Set<String> out = new LinkedHashSet<>();
        names(a.title() + "\n" + a.body(), out);
        slugWords(a.url()).ifPresent(words -> slugPairs(words, a.title(), arabic, out));
        return out;
    }

    private static void names(String text, Set<String> out) {
        Matcher m = LATIN_IN_PARENTHESES.matcher(text);
        int readTo = 0; // the end of the last name read: names do not share words
        while (m.find()) {
            List<String> words = wordsBefore(text, m.start(), readTo);
            if (words.isEmpty()) continue;
            readTo = m.end();
            String[] latin = m.group(1).strip().split("\\s+");
            if (latin.length > MAX_NAME_WORDS) continue;
            List<String> before = new ArrayList<>();
            for (String w : words) {
                String bare = w.replaceAll("[^\\p{InArabic}]", "").replaceAll("[\\u064B-\\u065F\\u0640]", "");
                if (!bare.isEmpty()) before.add(bare);
            }
            if (before.size() < latin.length) continue;
            List<String> arabic = before.subList(before.size() - latin.length, before.size());
            for (int i = 0; i < latin.length; i++) {
                if (!CAPITALIZED.matcher(latin[i]).matches()) continue;
                if (Transliteration.plausible(latin[i], arabic.get(i))) {
                    out.add("name:" + latin[i].toLowerCase(Locale.ROOT).replace('’', '\'') + ":" + arabic.get(i));
                }
            }
        }
    }

    /**
     * The up to {@value #MAX_NAME_WORDS} words right before the parenthesis at {@code open}, in text
     * order, not before {@code from}: runs without spaces or parentheses, each followed by spaces,
     * the last of them right before it; none when a word does not end right before the spaces.
     */
    static List<String> wordsBefore(String text, int open, int from) {
        List<String> words = new ArrayList<>();
        int i = open;
        while (words.size() < MAX_NAME_WORDS) {
            int end = i;
            while (end > from && isSpace(text.charAt(end - 1))) end--;
            if (end == i || end == from) break; // no spaces before the parenthesis or the word, or no word
            int start = end;
            while (start > from && !isSpace(text.charAt(start - 1)) && text.charAt(start - 1) != '('
                    && text.charAt(start - 1) != ')') {
                start--;
            }
            if (start == end) break; // a parenthesis right before the spaces
            words.addFirst(text.substring(start, end));
            if (start == from || !isSpace(text.charAt(start - 1))) break;
            i = start;
        }
        return words;
    }

    /** A space as a pattern's {@code \\s} reads it: ASCII white space only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The words of an English slug in the URL's last path segment, if it has one. */
    static Optional<List<String>> slugWords(String url) {
        String path;
        try {
            path = new URI(url).getPath();
        } catch (URISyntaxException e) {
            return Optional.empty(); // an unparsable URL has no slug to learn from
        }
        if (path == null) return Optional.empty();
        String last = path.replaceAll("/+$", "");
        last = last.substring(last.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).replaceAll("\\.[a-z]{2,5}$", "");
        if (!SLUG.matcher(last).matches() || SECTION_AND_ID.matcher(last).matches()) return Optional.empty();
        Set<String> words = new LinkedHashSet<>();
        for (String w : last.split("-")) {
            if (w.length() > 1 && w.chars().allMatch(Character::isLetter) && !SLUG_FUNCTION.contains(w)) words.add(w);
        }
        if (words.size() < 2) return Optional.empty();
        return Optional.of(List.copyOf(words).subList(0, Math.min(words.size(), MAX_SLUG_WORDS)));
    }

    private static void slugPairs(List<String> slug, String headline, Analyzer arabic, Set<String> out) {
        Map<String, String> formOf = new LinkedHashMap<>();
        Matcher m = ARABIC_WORD.matcher(headline);
        while (m.find()) {
            List<String> terms = NewsAnalyzers.terms(arabic, Fields.TEXT_AR, m.group());
            if (terms.size() == 1 && terms.get(0).length() > 1) formOf.putIfAbsent(terms.get(0), m.group());
        }
        if (formOf.isEmpty()) return;
        for (String word : slug) out.add("slug:" + word);
        formOf.forEach((term, form) -> {
            out.add("head:" + term);
            out.add("form:" + term + ":" + form);
            for (String word : slug) out.add("pair:" + word + ":" + term);
        });
    }

    /**
     * The Arabic the index has learnt for a Latin word (lower case), as the news spells it: a name
     * seen in parentheses beside its Arabic first, else the headline term its slugs meet most
     * consistently, when that is consistent enough.
     */
    static Optional<String> arabicFor(IndexReader reader, String word) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Fields.LEARNT);
        if (terms == null) return Optional.empty();
        String w = word.toLowerCase(Locale.ROOT);
        Optional<String> named = mostFrequent(terms, "name:" + w + ":", 1);
        if (named.isPresent()) return named;
        int slugs = reader.docFreq(new Term(Fields.LEARNT, "slug:" + w));
        if (slugs < MIN_PAIRED) return Optional.empty();
        String best = null;
        double bestDice = MIN_DICE;
        TermsEnum e = terms.iterator();
        String pairs = "pair:" + w + ":";
        BytesRef prefix = new BytesRef(pairs);
        if (e.seekCeil(prefix) == TermsEnum.SeekStatus.END) return Optional.empty();
        for (BytesRef t = e.term(); t != null && StringHelper.startsWith(t, prefix); t = e.next()) {
            int together = e.docFreq();
            if (together < MIN_PAIRED) continue;
            String arabicTerm = t.utf8ToString().substring(pairs.length());
            int heads = reader.docFreq(new Term(Fields.LEARNT, "head:" + arabicTerm));
            double dice = 2.0 * together / (slugs + heads);
            if (dice >= bestDice) {
                bestDice = dice;
                best = arabicTerm;
            }
        }
        if (best == null) return Optional.empty();
        return mostFrequent(terms, "form:" + best + ":", 1);
    }

    /** Of the terms under {@code prefix}, the rest of the one in most documents (at least {@code min}). */
    private static Optional<String> mostFrequent(Terms terms, String prefix, int min) throws IOException {
        TermsEnum e = terms.iterator();
        BytesRef p = new BytesRef(prefix);
        if (e.seekCeil(p) == TermsEnum.SeekStatus.END) return Optional.empty();
        String best = null;
        int most = min - 1;
        for (BytesRef t = e.term(); t != null && StringHelper.startsWith(t, p); t = e.next()) {
            if (e.docFreq() > most) {
                most = e.docFreq();
                best = t.utf8ToString().substring(prefix.length());
            }
        }
        return Optional.ofNullable(best);
    }
}

package com.nabaa.index;

import com.nabaa.news.Language;

/**
 * The one home of Lucene field names. Each document is one passage of one article, except one
 * whole-article document per article ({@link #KIND} {@link #WHOLE_ARTICLE}) that only the
 * whole-article search reads.
 */
public final class Fields {
    /** Article id: keyword, stored; the key that replaces all passages of an article at once. */
    public static final String ARTICLE_ID = "article_id";
    /** Passage position in its article: stored. */
    public static final String PASSAGE_NO = "passage_no";
    /** Passage text as written: stored only. */
    public static final String PASSAGE = "passage";
    /** Headline as written: stored only. */
    public static final String TITLE = "title";
    public static final String URL = "url";
    /** Publication time in epoch milliseconds: points for range filters, doc values for sorting. */
    public static final String PUBLISHED = "published";
    public static final String SOURCE = "source";
    public static final String CATEGORY = "category";
    public static final String LANGUAGE = "language";
    public static final String BREAKING = "breaking";
    /**
     * What an Arabic article teaches about Latin words, on its first passage: keyword terms, indexed
     * only ({@link LearntNames}).
     */
    static final String LEARNT = "learnt";
    /**
     * An Arabic headline's words as written (normalized), on its first passage: keyword terms,
     * indexed only, for {@link HeadlineSounds}. Analysis cuts a name's ending (جيفنشي is indexed
     * جيفنش, روزان روز), and a name is heard by its whole spelling.
     */
    static final String HEADLINE_WORDS = "headline_words";
    /** Marks the first passage of each article ("1"): one document per article for counting and browsing. */
    public static final String HEAD = "head";

    /**
     * Tells a passage ({@link #PASSAGE_KIND}) from the whole-article document ({@link
     * #WHOLE_ARTICLE}). Every passage search is filtered to passages ({@code PassageSearcher}): a
     * filter rather than an exclusion, since whole-article documents sit between every article's
     * passages, and excluding them cut each search into windows of a few documents (ask p50 7 → 19 ms
     * in {@code nabaa bench ask}).
     */
    static final String KIND = "kind";
    static final String WHOLE_ARTICLE = "article";
    static final String PASSAGE_KIND = "passage";

    static final String TITLE_AR = "title_ar";
    static final String TEXT_AR = "text_ar";
    static final String TITLE_EN = "title_en";
    static final String TEXT_EN = "text_en";
    /** Headline and every passage of an article, on its whole-article document: term frequencies, no positions. */
    static final String ARTICLE_AR = "article_ar";
    static final String ARTICLE_EN = "article_en";

    private Fields() {
    }

    /** The analyzed headline field for an article in this language. */
    static String titleField(Language language) {
        return language == Language.ENGLISH ? TITLE_EN : TITLE_AR;
    }

    /** The analyzed passage field for an article in this language. */
    static String textField(Language language) {
        return language == Language.ENGLISH ? TEXT_EN : TEXT_AR;
    }

    /** The analyzed whole-article field for an article in this language. */
    static String articleField(Language language) {
        return language == Language.ENGLISH ? ARTICLE_EN : ARTICLE_AR;
    }

    static boolean isEnglish(String field) {
        return field.endsWith("_en");
    }
}

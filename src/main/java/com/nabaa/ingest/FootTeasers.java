package com.nabaa.ingest;

import com.nabaa.news.Article;
import com.nabaa.store.ArticleStore;
import com.nabaa.text.Datelines;
import com.nabaa.text.LeadKey;
import java.util.List;
import java.util.Optional;

/**
 * Other stories' teasers at the foot of a page are not the page's text. CNN Arabic closes most of
 * its pages with the leads of five others (693 of the corpus's 3,300 pages end with 2,896 of them
 * that lead other pages it holds). Indexed, a page on Sudan's inflation named the Emirates through
 * one of them and answered "كم كان التضخم بالإمارات في أغسطس؟". The index leaves the foot out; the
 * store keeps the page as it came. Read from the page's end: each paragraph, after the first, that
 * another page of the same outlet leads with ({@link LeadKey}) and that carries no dateline of its
 * own (a teaser is a summary; a page that opens like another is the same story told again). A
 * teaser of a story that arrives after the page stays until the index is rebuilt. Thread-safe.
 */
final class FootTeasers {
    private final ArticleStore store;

    FootTeasers(ArticleStore store) {
        this.store = store;
    }

    /**
     * Brings the store's lead keys up to date (each write of an article clears its own): run before
     * the articles written so far are indexed, so that each is read against every lead stored.
     */
    void keysUpToDate() {
        store.fillLeadKeys(FootTeasers::leadKeyOf);
    }

    /** The key the store keeps of an article's lead ({@link LeadKey}): "" for none. */
    static String leadKeyOf(List<String> paragraphs) {
        return paragraphs.isEmpty() ? "" : LeadKey.of(paragraphs.get(0)).orElse("");
    }

    /** The article without the other stories' teasers at its foot (itself when it has none). */
    Article cut(Article a) {
        List<String> paragraphs = a.paragraphs();
        int end = paragraphs.size();
        while (end > 1 && teaser(paragraphs.get(end - 1), a)) end--;
        return end == paragraphs.size() ? a : a.withParagraphs(paragraphs.subList(0, end));
    }

    private boolean teaser(String paragraph, Article page) {
        if (Datelines.holds(paragraph)) return false;
        Optional<String> key = LeadKey.of(paragraph);
        return key.isPresent() && store.leadsAnother(key.get(), page.source(), page.id());
    }
}

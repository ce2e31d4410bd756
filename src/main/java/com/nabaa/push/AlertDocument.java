package com.nabaa.push;

import com.nabaa.news.Article;
import com.nabaa.news.Language;
import com.nabaa.text.ArabicText;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * An article as the topic monitor reads it, and the one home of the monitor's field names (its own
 * little schema, apart from the news index's): the headline with the lead, which a topic's words
 * must be in; the whole text, which an excluded word must not be in; the section and the outlet.
 * Arabic and English text go to fields of their own, analyzed by their own chain, as in the index.
 *
 * <p>Why the lead and not the whole body: an article is about a topic when its headline or opening
 * names it. A word deep in the body is usually a passing mention (a story on the Gulf that names
 * Egypt once in its eighth paragraph is not news about Egypt); the answers' "newest on a topic"
 * rule asks the headline for the same reason. An exclusion, though, is what a reader never wants
 * to see mentioned, so it is looked for everywhere.
 */
final class AlertDocument {
    static final String LEAD_AR = "lead_ar";
    static final String TEXT_AR = "text_ar";
    static final String LEAD_EN = "lead_en";
    static final String TEXT_EN = "text_en";
    static final String CATEGORY = "category";
    static final String SOURCE = "source";
    /** The lead: the first paragraphs, up to this many characters (two paragraphs at most). */
    static final int LEAD_CHARS = 600;

    private AlertDocument() {
    }

    static Document of(Article a) {
        boolean english = a.language() == Language.ENGLISH;
        Document doc = new Document();
        doc.add(new TextField(english ? LEAD_EN : LEAD_AR, a.title() + "\n" + lead(a), Field.Store.NO));
        doc.add(new TextField(english ? TEXT_EN : TEXT_AR, a.title() + "\n" + a.body(), Field.Store.NO));
        doc.add(new StringField(CATEGORY, a.category(), Field.Store.NO));
        doc.add(new StringField(SOURCE, sourceKey(a.source()), Field.Store.NO));
        return doc;
    }

    static String leadField(Language language) {
        return language == Language.ENGLISH ? LEAD_EN : LEAD_AR;
    }

    static String textField(Language language) {
        return language == Language.ENGLISH ? TEXT_EN : TEXT_AR;
    }

    /** An outlet's name as a filter compares it: lower case, Arabic letters normalized ("الأهرام" = "الاهرام"). */
    static String sourceKey(String source) {
        return ArabicText.normalize(source.strip().toLowerCase(Locale.ROOT)).replaceAll("\\s+", " ");
    }

    /** The first two paragraphs, cut at a word within {@link #LEAD_CHARS}. */
    static String lead(Article a) {
        StringBuilder lead = new StringBuilder();
        for (String p : a.paragraphs().subList(0, Math.min(2, a.paragraphs().size()))) {
            if (!lead.isEmpty()) {
                if (lead.length() + 1 + p.length() > LEAD_CHARS) break;
                lead.append('\n');
            }
            lead.append(p);
        }
        if (lead.length() <= LEAD_CHARS) return lead.toString();
        int cut = lead.lastIndexOf(" ", LEAD_CHARS);
        return lead.substring(0, cut > 0 ? cut : LEAD_CHARS);
    }
}

package com.nabaa.text;

import java.util.List;
import java.util.Optional;

/**
 * What tells a paragraph as another page's lead: its first {@value #LETTERS} letters and digits,
 * normalized, after a wire dateline ({@link Datelines}). CNN Arabic closes most of its pages with the
 * leads of five other stories, written as their summaries without the dateline their own pages open
 * with ("دبي، الإمارات العربية المتحدة (CNN)-- قفز معدل التضخم في السودان…" there, "قفز معدل التضخم
 * في السودان…" at another page's foot); the key is the same for both. Stateless and thread-safe.
 */
public final class LeadKey {
    /** Letters and digits the key holds: a paragraph with fewer names no lead ("شاهد الفيديو"). */
    public static final int LETTERS = 40;

    private LeadKey() {
    }

    /** The paragraph's key, or empty when it holds fewer than {@value #LETTERS} letters and digits. */
    public static Optional<String> of(String paragraph) {
        // A dateline with a teaser glued before it: the lead is what follows the dateline.
        List<String> cut = Datelines.holds(paragraph) ? Datelines.cut(paragraph) : List.of(paragraph);
        String lead = cut.isEmpty() ? "" : cut.get(cut.size() - 1);
        String text = ArabicText.normalize(lead);
        StringBuilder key = new StringBuilder(LETTERS);
        for (int i = 0; i < text.length() && key.length() < LETTERS; ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) key.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return key.length() >= LETTERS ? Optional.of(key.toString()) : Optional.empty();
    }
}

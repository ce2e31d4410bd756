package com.nabaa.question;

import com.nabaa.text.ArabicText;

/**
 * A question as the matchers see it: {@link ArabicText#normalize} applied and Latin letters
 * lower-cased, with a map from every normalized position back to the question the reader typed,
 * so a phrase found in the normalized text can be cut out of the original (diacritics, tatweel
 * and hamza forms included).
 *
 * <p>Normalization removes characters (harakat, tatweel, invisible marks), so offsets differ; a
 * removed character is attributed to the kept character before it, which is where diacritics
 * sit. The map is built by normalizing the text one character at a time against the previous
 * output character, so the decomposed-hamza rule (و + ٔ → ء) still applies.
 */
final class QuestionTextView {
    private final String original;
    private final String text;
    /** {@code origin[i]} is the index in {@link #original} of normalized char {@code i}. */
    private final int[] origin;

    private QuestionTextView(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    static QuestionTextView of(String question) {
        char[] out = new char[question.length()];
        int[] origin = new int[question.length() + 1];
        char[] pair = new char[2];
        int len = 0;
        for (int i = 0; i < question.length(); i++) {
            char c = question.charAt(i);
            if (c < '\u0610') {
                origin[len] = i;
                out[len++] = Character.toLowerCase(c);
                continue;
            }
            pair[0] = len > 0 ? out[len - 1] : ' ';
            pair[1] = c;
            int n = ArabicText.normalize(pair, 2);
            if (len > 0) {
                out[len - 1] = pair[0];
            }
            if (n == 2) {
                origin[len] = i;
                out[len++] = pair[1];
            }
        }
        origin[len] = question.length();
        return new QuestionTextView(question, new String(out, 0, len), origin);
    }

    /** The normalized, lower-cased text that patterns run on. */
    String text() {
        return text;
    }

    /** Start in the original question of the normalized span starting at {@code start}. */
    int originalStart(int start) {
        return origin[start];
    }

    /**
     * End (exclusive) in the original question of the normalized span ending at {@code end}:
     * up to the next kept character, so trailing diacritics go with the phrase.
     */
    int originalEnd(int end) {
        return origin[end];
    }

    String original(int start, int end) {
        return original.substring(originalStart(start), originalEnd(end));
    }
}

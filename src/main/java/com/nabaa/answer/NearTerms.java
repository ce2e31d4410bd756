package com.nabaa.answer;

import java.util.Set;

/**
 * Whether a question's analyzed term is found in a text's analyzed terms, allowing the forms the
 * light stemmer leaves apart: a plural or suffixed form that extends the other (استحواذ /
 * استحواذات) and a one-letter spelling slip (بلجيكا / بالجيكيا after stemming). Terms shorter than
 * {@value #MIN_LENGTH} letters must match exactly: short stems collide too easily.
 *
 * <p>This admits some confusions between different words (مطار / أمطار، قطار / قطاع، ترام / ترامب).
 * Tighter rules were measured with {@code nabaa eval} and lost more than they saved: suffix-only
 * extensions, slips only in five-letter terms or between letters that sound alike, and never in the
 * first letter took XQuAD-ar "shown" from 80.3% to 79.0% and its no-answer rate from 3.8% to 5.1%,
 * while absent-topic questions answered went only from 52.5% to 50.0%.
 */
final class NearTerms {
    static final int MIN_LENGTH = 4;

    private NearTerms() {
    }

    static boolean found(String term, Set<String> seen) {
        if (seen.contains(term)) return true;
        if (term.length() < MIN_LENGTH) return false;
        for (String s : seen) {
            if (s.length() >= MIN_LENGTH && near(term, s)) return true;
        }
        return false;
    }

    /**
     * Whether {@code term} is among {@code seen} as written or extended (a suffix or a prefix the
     * stemmer left: الأهرامات / أهرامات), but not one letter apart: for words no reader typed.
     */
    static boolean foundExtended(String term, Set<String> seen) {
        if (seen.contains(term)) return true;
        if (term.length() < MIN_LENGTH) return false;
        for (String s : seen) {
            if (s.length() >= MIN_LENGTH && (s.startsWith(term) || term.startsWith(s))) return true;
        }
        return false;
    }

    /**
     * Whether {@code term}, as a reader writes it without the final hamza the news keeps, is among
     * {@code seen}: "مستشفى الشفا" for الشفاء, a stem too short for {@link #found}'s near forms. Read
     * only of a thing's name ({@link NamedThings}), where a short word is still the name.
     */
    static boolean foundWithFinalHamza(String term, Set<String> seen) {
        return term.endsWith("ا") && seen.contains(term + "ء");
    }

    static boolean near(String a, String b) {
        return a.startsWith(b) || b.startsWith(a) || withinOneEdit(a, b);
    }

    /** One substitution, insertion or deletion at most. */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) return false;
        if (a.length() > b.length()) return withinOneEdit(b, a);
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) i++;
        if (a.length() == b.length()) return a.regionMatches(i + 1, b, i + 1, a.length() - i - 1) || i == a.length();
        return a.regionMatches(i, b, i + 1, a.length() - i);
    }
}

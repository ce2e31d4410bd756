package com.nabaa.answer;

import java.util.List;
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
        if (withPronoun(term, seen)) return true;
        if (term.length() < MIN_LENGTH) return false;
        if (withDialectHis(term, seen)) return true;
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

    /** Pronouns after a noun that the light stemmer leaves on the word, longest first. */
    private static final List<String> LONG_PRONOUNS = List.of("هما", "كما", "هم", "هن", "كم", "نا");

    /** The shortest stem a noun in ة leaves that is compared with its form before a pronoun. */
    static final int TA_MARBUTA_STEM = 3;

    /**
     * The stems of two letters that nouns in ة leave, compared all the same: a body (جثة: جث, "لقوا
     * جثته"), a language (لغة). Not شفة: Egypt's شفت is "I saw".
     */
    private static final Set<String> SHORT_NOUNS = Set.of("جث", "لغ");

    /**
     * Whether {@code term} is a noun in ة before a pronoun, whose ة the light stemmer leaves as ت
     * (حكومته: حكومت; تسميته: تسميت), and {@code seen} holds the noun itself, whose ة it takes off
     * (حكومة: حكوم; تسمية: تسم); or the other way round for a noun in ية (تسمية: تسم, in a story
     * writing تسميته). Not the other way round for any word: a story's حكومت may be a noun before a
     * pronoun but its دفعت is a verb, "she paid", which would answer for every دفع asked. Stems of
     * fewer than {@value #TA_MARBUTA_STEM} letters are left apart: بيت (a house) is no بي of "بي بي
     * سي"; and a place ending in ت is its own (الكويت).
     */
    static boolean withPronoun(String term, Set<String> seen) {
        // the pronouns the stemmer leaves on (مباراتهم، حكومتهما، سيارتنا): the ت before them is the ة
        for (String pronoun : LONG_PRONOUNS) {
            if (term.endsWith("ت" + pronoun) && term.length() - pronoun.length() > TA_MARBUTA_STEM) {
                term = term.substring(0, term.length() - pronoun.length());
                break;
            }
        }
        if (term.endsWith("ت")) {
            if (Places.placeOf(term).isPresent()) return false;
            String noun = term.substring(0, term.length() - 1);
            if ((noun.length() >= TA_MARBUTA_STEM || SHORT_NOUNS.contains(noun)) && seen.contains(noun)) return true;
            // the ية ending goes whole (تسمية: تسم)
            if (noun.endsWith("ي") && noun.length() > TA_MARBUTA_STEM && seen.contains(noun.substring(0, noun.length() - 1))) {
                return true;
            }
        }
        return term.length() >= TA_MARBUTA_STEM && !term.endsWith("ت") && seen.contains(term + "يت");
    }

    /**
     * "His" as the Maghreb and the Levant type it, و for the news's ه ("فقضية موتو": in the case of his
     * death; اسمو، بيتو): the stemmer takes ه off the news's موته, and leaves a stem of three letters,
     * too short for {@link #near}.
     */
    static boolean withDialectHis(String term, Set<String> seen) {
        return term.endsWith("و") && !term.endsWith("وو") && !NAMES_IN_WAW.contains(term)
                && seen.contains(term.substring(0, term.length() - 1));
    }

    /** Names that end so: عمرو is Amr as often as Egypt's "his age", which a story of anyone's age holds. */
    private static final Set<String> NAMES_IN_WAW = Set.of("عمرو");

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

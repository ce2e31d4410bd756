package com.nabaa.text;

/**
 * Character normalization for Arabic-script text: the rules the analyzers apply to every token,
 * also offered on whole strings for display-independent matching (dedup fingerprints, spelling
 * suggestions, comparing a typed question with a headline).
 *
 * <p>Normalization is done in place on a char buffer, in one pass, without allocation. It extends
 * Lucene's {@code ArabicNormalizer} (whose five rules it keeps) with:
 *
 * <ul>
 *   <li>{@link #ALEF_MADDA} آ, {@link #ALEF_HAMZA_ABOVE} أ, {@link #ALEF_HAMZA_BELOW} إ and
 *       {@link #ALEF_WASLA} ٱ become {@link #ALEF} ا.
 *   <li>{@link #WAW_HAMZA_ABOVE} ؤ and {@link #YEH_HAMZA_ABOVE} ئ become the bare {@link #HAMZA}
 *       ء. Measured on the news corpus: the seat of a medial hamza varies with spelling habit
 *       (Egyptian مسئول / شئون against مسؤول / شؤون) and with grammatical case (حلفاؤها / حلفائها,
 *       زملاؤه / زملائه), so one seat-less hamza joins those; mapping ؤ→و and ئ→ي instead would merge
 *       distinct names (زائد / زايد, هادئ / هادي, سئل / سيل).
 *   <li>{@link #TEH_MARBUTA} ة and {@link #TEH_MARBUTA_GOAL} ۃ become {@link #HEH} ه.
 *   <li>{@link #ALEF_MAKSURA} ى and the Persian {@link #FARSI_YEH} ی become {@link #YEH} ي.
 *   <li>The letters some writers use for sounds Arabic lacks become the letters news prose uses
 *       for them: {@link #PEH} پ (/p/) becomes {@link #BEH} ب (ترامپ / ترامب) and {@link #VEH}
 *       ڤ (/v/) becomes {@link #FEH} ف (ڤيروس / فيروس).
 *   <li>The Persian {@link #KEHEH} ک becomes {@link #KAF} ك; the Urdu/Kurdish heh forms
 *       {@link #HEH_GOAL} ہ, {@link #HEH_DOACHASHMEE} ھ, {@link #AE} ە and {@link #HEH_YEH} ۀ
 *       become {@link #HEH} ه. {@code GAF} گ is kept: no single Arabic letter carries /g/ across
 *       dialects (ج in Egypt, غ in the Levant, ق or ك in the Gulf); that is a spelling-variant
 *       concern for the query side, like ترمب / ترامب.
 *   <li>Removed: {@link #TATWEEL} ـ; the harakat U+064B..U+065F (fathatan through the subscript
 *       marks, incl. {@link #SHADDA} and {@link #SUKUN}); {@link #SUPERSCRIPT_ALEF} U+0670; the
 *       Quranic annotation signs U+0610..U+061A, U+06D6..U+06DC, U+06DF..U+06E4, U+06E7..U+06E8 and
 *       U+06EA..U+06ED; the invisible {@link #ZWNJ}, {@link #ZWJ}, {@link #LRM}, {@link #RLM} and
 *       {@link #ARABIC_LETTER_MARK}; the zero-width space U+200B, the bidi embeddings and
 *       overrides U+202A..U+202E, the word joiner and invisible operators U+2060..U+2064, the bidi
 *       isolates U+2066..U+2069 and the byte order mark U+FEFF, which the tokenizer leaves on the
 *       word before them ({@link InvisibleCharacters} strips all of them from a question first).
 *   <li>A combining {@link #HAMZA_ABOVE} or {@link #HAMZA_BELOW} (decomposed input) is removed and
 *       turns a preceding waw or yeh into {@link #HAMZA}, so و + ٔ normalizes like ؤ.
 *   <li>Arabic-Indic digits ٠..٩ (U+0660..U+0669) and extended (Persian) digits ۰..۹
 *       (U+06F0..U+06F9) become ASCII 0..9; {@link #ARABIC_DECIMAL_SEPARATOR} ٫ becomes '.', and
 *       {@link #ARABIC_THOUSANDS_SEPARATOR} ٬ becomes ','; so ١٫٥ and 1.5 are the same token.
 * </ul>
 *
 * <p>Characters below U+0610 (Latin, ASCII digits, punctuation) are never touched.
 */
public final class ArabicText {
    public static final char HAMZA = '\u0621';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char WAW_HAMZA_ABOVE = '\u0624';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char YEH_HAMZA_ABOVE = '\u0626';
    public static final char ALEF = '\u0627';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char TATWEEL = '\u0640';
    public static final char BEH = '\u0628';
    public static final char FEH = '\u0641';
    public static final char KAF = '\u0643';
    public static final char HEH = '\u0647';
    public static final char WAW = '\u0648';
    public static final char ALEF_MAKSURA = '\u0649';
    public static final char YEH = '\u064A';
    public static final char FATHATAN = '\u064B';
    public static final char SHADDA = '\u0651';
    public static final char SUKUN = '\u0652';
    public static final char HAMZA_ABOVE = '\u0654';
    public static final char HAMZA_BELOW = '\u0655';
    public static final char LAST_HARAKA = '\u065F';
    public static final char ARABIC_INDIC_DIGIT_ZERO = '\u0660';
    public static final char ARABIC_INDIC_DIGIT_NINE = '\u0669';
    public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
    public static final char SUPERSCRIPT_ALEF = '\u0670';
    public static final char ALEF_WASLA = '\u0671';
    public static final char PEH = '\u067E';
    public static final char VEH = '\u06A4';
    public static final char KEHEH = '\u06A9';
    public static final char HEH_DOACHASHMEE = '\u06BE';
    public static final char HEH_YEH = '\u06C0';
    public static final char HEH_GOAL = '\u06C1';
    public static final char TEH_MARBUTA_GOAL = '\u06C3';
    public static final char FARSI_YEH = '\u06CC';
    public static final char AE = '\u06D5';
    public static final char EXTENDED_ARABIC_INDIC_DIGIT_ZERO = '\u06F0';
    public static final char EXTENDED_ARABIC_INDIC_DIGIT_NINE = '\u06F9';
    public static final char ARABIC_LETTER_MARK = '\u061C';
    public static final char ZERO_WIDTH_SPACE = '\u200B';
    public static final char ZWNJ = '\u200C';
    public static final char ZWJ = '\u200D';
    public static final char LRM = '\u200E';
    public static final char RLM = '\u200F';
    /** Left-to-right embedding, the first of the bidi embeddings and overrides (LRE RLE PDF LRO RLO). */
    public static final char LRE = '\u202A';
    public static final char RLO = '\u202E';
    public static final char WORD_JOINER = '\u2060';
    /** Left-to-right isolate, the first of the bidi isolates (LRI RLI FSI PDI). */
    public static final char LRI = '\u2066';
    public static final char PDI = '\u2069';
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private ArabicText() {
    }

    /** Whether {@code text} holds any character of the Arabic script (an English reader's text holds none). */
    public static boolean hasArabic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    /** Returns {@code text} with every rule of this class applied; other characters unchanged. */
    public static String normalize(String text) {
        char[] buffer = text.toCharArray();
        int len = normalize(buffer, buffer.length);
        return new String(buffer, 0, len);
    }

    /**
     * Normalizes {@code s[0..len)} in place.
     *
     * @return the new length (removals shorten the text)
     */
    public static int normalize(char[] s, int len) {
        int out = 0;
        for (int i = 0; i < len; i++) {
            char c = s[i];
            if (c >= '\u0610') {
                int mapped = map(c);
                if (mapped == REMOVE) {
                    continue;
                }
                if (mapped == SEAT) {
                    if (out > 0 && (s[out - 1] == WAW || s[out - 1] == YEH)) {
                        s[out - 1] = HAMZA;
                    }
                    continue;
                }
                c = (char) mapped;
            }
            s[out++] = c;
        }
        return out;
    }

    private static final int REMOVE = -1;
    private static final int SEAT = -2;

    /** The replacement for {@code c} (at least U+0610), {@link #REMOVE} or {@link #SEAT}. */
    private static int map(char c) {
        if (c <= '\u06FF') {
            if (c >= ARABIC_INDIC_DIGIT_ZERO && c <= ARABIC_INDIC_DIGIT_NINE) {
                return '0' + (c - ARABIC_INDIC_DIGIT_ZERO);
            }
            if (c >= EXTENDED_ARABIC_INDIC_DIGIT_ZERO && c <= EXTENDED_ARABIC_INDIC_DIGIT_NINE) {
                return '0' + (c - EXTENDED_ARABIC_INDIC_DIGIT_ZERO);
            }
            if (c == HAMZA_ABOVE || c == HAMZA_BELOW) {
                return SEAT;
            }
            if ((c >= FATHATAN && c <= LAST_HARAKA) || isQuranicMark(c)) {
                return REMOVE;
            }
            return switch (c) {
                case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA -> ALEF;
                case WAW_HAMZA_ABOVE, YEH_HAMZA_ABOVE -> HAMZA;
                case TEH_MARBUTA, TEH_MARBUTA_GOAL, HEH_GOAL, HEH_DOACHASHMEE, AE, HEH_YEH -> HEH;
                case ALEF_MAKSURA, FARSI_YEH -> YEH;
                case KEHEH -> KAF;
                case PEH -> BEH;
                case VEH -> FEH;
                case ARABIC_DECIMAL_SEPARATOR -> '.';
                case ARABIC_THOUSANDS_SEPARATOR -> ',';
                case TATWEEL, SUPERSCRIPT_ALEF, ARABIC_LETTER_MARK -> REMOVE;
                default -> c;
            };
        }
        return isInvisible(c) ? REMOVE : c;
    }

    private static boolean isInvisible(char c) {
        return c >= ZERO_WIDTH_SPACE && c <= RLM || c >= LRE && c <= RLO || c >= WORD_JOINER && c <= '\u2064'
                || c >= LRI && c <= PDI || c == BYTE_ORDER_MARK;
    }

    private static boolean isQuranicMark(char c) {
        return (c >= '\u0610' && c <= '\u061A')
                || (c >= '\u06D6' && c <= '\u06DC')
                || (c >= '\u06DF' && c <= '\u06E4')
                || (c >= '\u06E7' && c <= '\u06E8')
                || (c >= '\u06EA' && c <= '\u06ED');
    }
}

package com.nabaa.question;

import com.nabaa.text.ArabicText;
import com.nabaa.text.NameSkeleton;
import com.nabaa.text.WordLists;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spelling variants of a transliterated name or word, for widening a search or suggesting a
 * spelling: ترمب / ترامب, بوتين / بوتن, جوجل / غوغل / قوقل.
 *
 * <p>{@link #variants} gives, in this order and at most {@link #MAX_VARIANTS}: the word as
 * {@link ArabicText#normalize} leaves it (ة/ه and final ى/ي are thereby settled); its line in the
 * curated {@code NameVariants.txt}; then one variant per rule:
 *
 * <ul>
 *   <li>گ (/g/, kept by the normalizer) as ج and as غ; چ as تش;
 *   <li>every ج as غ, or every غ as ج (/g/ is ج in Egypt, غ in the Levant);
 *   <li>medial ا dropped (ترامب → ترمب), or, in a 4..6 letter word with no medial long vowel,
 *       inserted after the second letter (ترمب → ترامب);
 *   <li>each medial ي or و from the third letter on dropped (بوتين → بوتن, زيلينسكي → زيلنسكي);
 *   <li>تش as ش (تشيلسي → شيلسي);
 *   <li>a medial اي as ائ (نتايج → نتائج: Egyptian spelling of the hamza after alef);
 *   <li>a hamza as ق (الحريئ → الحريق: the ق Cairo and the Levant say as a hamza).
 * </ul>
 *
 * <p>Not included: ك ↔ ق and ق → غ as rules (قلب / كلب, قرب / غرب are different words; قوقل is in
 * the table instead); ث/س, ذ/ز; inserting ي or و (too many guesses: the table and
 * {@link #skeleton} cover بوتن → بوتين).
 *
 * <p>{@link #skeleton} is a coarse key that two spellings of one name share; it may also join
 * unrelated words (قمر / جمر / غمر), so use it to group or suggest, never to decide alone.
 */
public final class NameVariants {
    public static final int MAX_VARIANTS = 6;
    private static final char ALEF = ArabicText.ALEF;
    private static final char WAW = ArabicText.WAW;
    private static final char YEH = ArabicText.YEH;

    private static final Map<String, List<String>> TABLE = load();
    /** Egyptian spelling writes the hamza seat ئ after alef as ي: نتايج, قايمة, طايرة. */
    private static final Pattern MEDIAL_ALEF_YEH = Pattern.compile("(?<=\\p{L})اي(?=\\p{L})");

    private NameVariants() {
    }

    /** Variants of {@code word}, the normalized word first; empty for a blank word. */
    public static List<String> variants(String word) {
        String normalized = normalize(word);
        if (normalized.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(normalized);
        curated(normalized).ifPresent(out::addAll);
        demonstrative(normalized).ifPresent(out::add);
        onThe(normalized).ifPresent(out::add);
        joined(normalized).ifPresent(out::add);
        finalHamza(normalized).ifPresent(out::add);
        qafAsHamza(normalized).ifPresent(out::add);
        out.add(normalized.replace('گ', 'ج'));
        out.add(normalized.replace('گ', 'غ'));
        out.add(normalized.replace("چ", "تش"));
        out.add(normalized.indexOf('ج') >= 0 ? normalized.replace('ج', 'غ') : normalized.replace('غ', 'ج'));
        out.add(alefVariant(normalized));
        for (int i = 2; i < normalized.length() - 1; i++) {
            char c = normalized.charAt(i);
            if (c == YEH || c == WAW) {
                out.add(normalized.substring(0, i) + normalized.substring(i + 1));
            }
        }
        out.add(normalized.replace("تش", "ش"));
        out.add(hamzaSeat(normalized));
        return out.stream().limit(MAX_VARIANTS).toList();
    }

    /**
     * The spellings of {@code word} that are surely its own ({@link #sameWord}), the normalized word
     * first: the curated table's (ترمب / ترامب) and a name typed joined (عبدالعزيز / عبد العزيز). For
     * the words of a long question past those {@link #variants} are tried for: a name is often among
     * its last words ("…بمهرجان الملك عبدالعزيز بسبب البوتوكس؟").
     */
    public static List<String> sureVariants(String word) {
        String normalized = normalize(word);
        if (normalized.isEmpty()) return List.of();
        Set<String> out = new LinkedHashSet<>();
        out.add(normalized);
        curated(normalized).ifPresent(out::addAll);
        joined(normalized).ifPresent(out::add);
        return out.stream().limit(MAX_VARIANTS).toList();
    }

    /**
     * Whether {@code other} is surely {@code word} spelled another way, not another word that a
     * rule happens to make: both on one line of the curated table (جوجل / غوغل), or a word of five
     * letters or more and its hamza seat after alef (نتايج / نتائج). The other rules guess (جرب /
     * غرب, زايد / زائد).
     */
    public static boolean sameWord(String word, String other) {
        String a = normalize(word);
        String b = normalize(other);
        if (a.isEmpty() || b.isEmpty()) return false;
        if (a.equals(b)) return true;
        if (curated(a).filter(line -> line.contains(b)).isPresent()) return true;
        if (joined(a).filter(b::equals).isPresent() || joined(b).filter(a::equals).isPresent()) return true;
        if (demonstrative(a).filter(b::equals).isPresent() || demonstrative(b).filter(a::equals).isPresent()) return true;
        if (onThe(a).filter(b::equals).isPresent() || onThe(b).filter(a::equals).isPresent()) return true;
        return a.length() >= 5 && hamzaSeat(a).equals(b)
                || finalHamza(a).filter(b::equals).isPresent() || finalHamza(b).filter(a::equals).isPresent()
                || qafAsHamza(a).filter(b::equals).isPresent() || qafAsHamza(b).filter(a::equals).isPresent();
    }

    /**
     * Whether both are one name's spellings in the curated table (تشيلسي, تشلسي): news writes either,
     * often both as much, and a story in one answers a question in the other.
     */
    public static boolean listedTogether(String word, String other) {
        String a = normalize(word);
        String b = normalize(other);
        return !a.isEmpty() && !b.isEmpty() && !a.equals(b) && curated(a).filter(line -> line.contains(b)).isPresent();
    }

    /**
     * A name that opens with أبو or عبد typed as one word (ابوتريكة، عبدالفتاح), as news mostly writes
     * it: two words (أبو تريكة، عبد الفتاح). Only with three letters or more after it: ابوي، عبدي are
     * words of their own.
     */
    static Optional<String> joined(String normalized) {
        Matcher m = JOINED.matcher(normalized);
        return m.matches() ? Optional.of(m.group(1) + " " + m.group(2)) : Optional.empty();
    }

    private static final Pattern JOINED = Pattern.compile("(ابو|عبد)(\\p{IsArabic}{3,})");

    /**
     * The Levant's and the Gulf's "this" joined to a noun (هالوزير، هالمهندس، هالانفجار: this minister,
     * this engineer, this blast), as news writes the noun: with the article (الوزير). Only with three
     * letters or more after the article (هاليب, Halep, has two); a longer name that opens so (هاليداي)
     * is found in the index as typed, and {@code SpellingChoice} takes another spelling only for a word
     * the index hardly knows.
     */
    static Optional<String> demonstrative(String normalized) {
        Matcher m = DEMONSTRATIVE.matcher(normalized);
        return m.matches() ? Optional.of("ال" + m.group(1)) : Optional.empty();
    }

    private static final Pattern DEMONSTRATIVE = Pattern.compile("هال(\\p{IsArabic}{3,})");

    /**
     * "On the" joined to a noun, as the Levant, Egypt and the Gulf type على ال (عالبوست، عالفيسبوك،
     * عالحدود: on the post, on Facebook, at the border), as news writes the noun: with the article.
     * Only with three letters or more after the article; words of their own that open so (عالم،
     * عالمية، عالقين، عالج) are well known to the index, and {@code SpellingChoice} takes another
     * spelling only for a word the index hardly knows.
     */
    static Optional<String> onThe(String normalized) {
        Matcher m = ON_THE.matcher(normalized);
        return m.matches() ? Optional.of("ال" + m.group(1)) : Optional.empty();
    }

    private static final Pattern ON_THE = Pattern.compile("عال(\\p{IsArabic}{3,})");

    /**
     * The final hamza the dialects drop in writing (الكهربا، السما، الهوا: news writes الكهرباء،
     * السماء، الهواء): a word of at least {@value #FINAL_HAMZA_MIN} letters ending in alef, with it.
     */
    private static Optional<String> finalHamza(String normalized) {
        return normalized.length() >= FINAL_HAMZA_MIN && normalized.endsWith("ا") && !normalized.endsWith("اا")
                ? Optional.of(normalized + "ء") : Optional.empty();
    }

    private static final int FINAL_HAMZA_MIN = 4;

    /**
     * The ق that Cairo and the Levant say as a hamza, and readers then type as one (الحريئ، ائتصاد: news
     * writes الحريق، اقتصاد): each hamza the normalizer leaves (ء، ئ، ؤ) as ق, in a word of at least
     * {@value #FINAL_HAMZA_MIN} letters.
     */
    private static Optional<String> qafAsHamza(String normalized) {
        return normalized.length() >= FINAL_HAMZA_MIN && normalized.indexOf('ء') > 0
                ? Optional.of(normalized.replace('ء', 'ق')) : Optional.empty();
    }

    private static String hamzaSeat(String normalized) {
        return MEDIAL_ALEF_YEH.matcher(normalized).replaceAll("اء");
    }

    /** The key two spellings of one name share ({@link NameSkeleton}): ترامب and ترمب → ترمب. */
    public static String skeleton(String word) {
        return NameSkeleton.of(word);
    }

    private static String alefVariant(String s) {
        String dropped = s.charAt(0) + s.substring(1, Math.max(1, s.length() - 1)).replace(String.valueOf(ALEF), "")
                + (s.length() > 1 ? s.substring(s.length() - 1) : "");
        if (!dropped.equals(s)) {
            return dropped;
        }
        boolean noMedialVowel = s.substring(1, Math.max(1, s.length() - 1)).chars()
                .noneMatch(c -> c == ALEF || c == WAW || c == YEH);
        boolean arabic = s.chars().allMatch(c -> c >= 0x0621 && c <= 0x06FF);
        if (arabic && noMedialVowel && s.length() >= 4 && s.length() <= 6) {
            return s.substring(0, 2) + ALEF + s.substring(2);
        }
        return s;
    }

    /**
     * The word's line of the table; for a name with و joined (والاوروجواي), its line with و joined to
     * each; for a name with في written as ف (the Maghreb's فامريكا), or with ب or ل joined (بامريكا،
     * لامريكا), its line: the place is named whatever the letter before it; for لل, the line of the
     * name with its article (للبريمرليج: البريميرليغ).
     */
    private static Optional<List<String>> curated(String normalized) {
        Optional<List<String>> own = line(normalized);
        if (own.isPresent() || normalized.length() < 5) return own;
        if (normalized.charAt(0) == WAW) {
            return line(normalized.substring(1)).map(names -> names.stream().map(n -> WAW + n).toList());
        }
        // لل is ل with the article: "للبريمرليج" is البريميرليغ's line, each with its article
        if (normalized.startsWith("لل")) {
            Optional<List<String>> withArticle = line("ال" + normalized.substring(2));
            if (withArticle.isPresent()) return withArticle;
        }
        return PLACE_PREFIXES.indexOf(normalized.charAt(0)) >= 0 ? line(normalized.substring(1)) : Optional.empty();
    }

    /** في written as ف, and ب and ل, joined to a name. */
    private static final String PLACE_PREFIXES = "فبل";

    private static Optional<List<String>> line(String normalized) {
        return Optional.ofNullable(TABLE.get(normalized)).or(() -> Optional.ofNullable(TABLE.get(skeleton(normalized))));
    }

    private static String normalize(String word) {
        Objects.requireNonNull(word, "word");
        return ArabicText.normalize(word.strip().replaceAll("\\s+", " ")).toLowerCase(Locale.ROOT);
    }

    /** Each spelling and each spelling's skeleton → its line, normalized, in file order. */
    private static Map<String, List<String>> load() {
        Map<String, List<String>> table = new HashMap<>();
        for (String content : WordLists.content(NameVariants.class, "NameVariants.txt")) {
            List<String> group = Arrays.stream(content.split(",")).map(NameVariants::normalize)
                    .filter(s -> !s.isEmpty()).distinct().toList();
            group.forEach(spelling -> table.putIfAbsent(spelling, group));
            group.forEach(spelling -> table.putIfAbsent(skeleton(spelling), group));
        }
        return Map.copyOf(table);
    }
}

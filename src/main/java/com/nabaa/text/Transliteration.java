package com.nabaa.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a Latin word and an Arabic word may be one name written in two scripts ("Macron" and
 * "ماكرون", "Khashoggi" and "خاشقجي"), judged by their consonants: a cheap test that keeps "(CNN)"
 * after a dateline or a translated phrase from being taken for a name.
 *
 * <p>The rules:
 * <ol>
 *   <li>Both words are reduced to their consonant skeletons. Latin vowels, w and y, and a doubled
 *       letter count once; Latin digraphs are one sound (kh, sh, ch, gh, th, ph, dh, ck, dj); a final -ic may be -itch. Arabic
 *       alef, waw, yeh, alef maqsura, teh marbuta, hamza, ain and a final heh are left out, as is a
 *       leading ال or و.
 *   <li>Each consonant stands for a set of sounds: c is k or s, g is g or j, q is k or g; ق is k or
 *       g, ج is g or j, ث is th, t or s, ذ is dh, d or z, ص is s, ط is t, ض is d, ظ is z, ح and ه are h.
 *   <li>The skeletons agree when their first consonants share a sound and at most one consonant in
 *       three differs (edits of one insertion, deletion or substitution each), with at least two
 *       consonants on the longer side.
 * </ol>
 */
public final class Transliteration {
    private Transliteration() {
    }

    /** True when {@code latin} and {@code arabic} may be the same name. */
    public static boolean plausible(String latin, String arabic) {
        List<Set<String>> l = latinSkeleton(latin.toLowerCase(Locale.ROOT));
        List<Set<String>> a = arabicSkeleton(ArabicText.normalize(arabic), true);
        int longer = Math.max(l.size(), a.size());
        if (l.isEmpty() || a.isEmpty() || longer < 2) return false;
        if (!meet(l.get(0), a.get(0))) return false;
        return distance(l, a) <= Math.max(1, longer / 3);
    }

    /** A word's consonants, each as the set of sounds it may stand for. */
    public record Sounds(List<Set<String>> consonants) {
        public Sounds {
            consonants = List.copyOf(consonants);
        }

        /** The sounds the first consonant may stand for; none for a word without consonants. */
        public Set<String> first() {
            return consonants.isEmpty() ? Set.of() : consonants.get(0);
        }
    }

    /** The consonants of a Latin word. */
    public static Sounds latin(String word) {
        return new Sounds(latinSkeleton(word.toLowerCase(Locale.ROOT)));
    }

    /** The consonants of an Arabic word. */
    public static Sounds arabic(String word) {
        return new Sounds(arabicSkeleton(ArabicText.normalize(word), true));
    }

    /**
     * The consonants of an Arabic word that opens with ال as a name may (إليزابيث is Elizabeth), the
     * ال kept: {@link #arabic} takes it for the article.
     */
    public static Sounds arabicWhole(String word) {
        return new Sounds(arabicSkeleton(ArabicText.normalize(word), false));
    }

    /**
     * How many consonants of {@code arabic} differ from {@code latin}'s (edits, as above), or {@link
     * Integer#MAX_VALUE} when their first consonants share no sound.
     */
    public static int mismatch(Sounds latin, Sounds arabic) {
        List<Set<String>> l = latin.consonants();
        List<Set<String>> a = arabic.consonants();
        if (l.isEmpty() || a.isEmpty() || !meet(l.get(0), a.get(0))) return Integer.MAX_VALUE;
        return distance(l, a);
    }

    /** {@link #mismatch(Sounds, Sounds)} of the two words. */
    public static int mismatch(String latin, String arabic) {
        return mismatch(latin(latin), arabic(arabic));
    }

    /** How many consonants a Latin word has, as {@link #plausible} counts them. */
    public static int consonants(String latin) {
        return latinSkeleton(latin.toLowerCase(Locale.ROOT)).size();
    }

    /**
     * How many of the two words' vowels agree, in order (the longest common subsequence): a Latin
     * a with alef, e, i and y with yeh, o and u with waw, a final silent e left out. Of two Arabic
     * words with the consonants of "Markle", ماركل agrees and ميركل (Merkel) does not.
     */
    public static int vowelAgreement(String latin, String arabic) {
        return agreement(latinVowels(latin, true), arabic);
    }

    /**
     * {@link #vowelAgreement} of the vowels Arabic writes in a name as a rule: a, i, o, u and y, not
     * e, which it may leave out (Federer is فيدرر as often as فيديرير). Of two spellings alike in
     * these, the more usual one is the name as the news writes it.
     */
    public static int writtenVowelAgreement(String latin, String arabic) {
        return agreement(latinVowels(latin, false), arabic);
    }

    private static int agreement(String l, String arabic) {
        StringBuilder a = new StringBuilder();
        for (char c : ArabicText.normalize(arabic).toCharArray()) {
            if (c == 'ا') a.append('a');
            else if (c == 'ي' || c == 'ى') a.append('i');
            else if (c == 'و') a.append('u');
        }
        int[][] common = new int[l.length() + 1][a.length() + 1];
        for (int i = 1; i <= l.length(); i++) {
            for (int j = 1; j <= a.length(); j++) {
                common[i][j] = l.charAt(i - 1) == a.charAt(j - 1) ? common[i - 1][j - 1] + 1
                        : Math.max(common[i - 1][j], common[i][j - 1]);
            }
        }
        return common[l.length()][a.length()];
    }

    /** How many vowel letters (ا، و، ي) an Arabic word has, as {@link #vowelAgreement} reads them. */
    public static int arabicVowels(String arabic) {
        int n = 0;
        for (char c : ArabicText.normalize(arabic).toCharArray()) {
            if (c == 'ا' || c == 'ي' || c == 'ى' || c == 'و') n++;
        }
        return n;
    }

    /** How many vowels a Latin word has, as {@link #vowelAgreement} reads them. */
    public static int vowels(String latin) {
        return latinVowels(latin, true).length();
    }

    /** How many vowels of a Latin word Arabic writes as a rule ({@link #writtenVowelAgreement}: not e). */
    public static int writtenVowels(String latin) {
        return latinVowels(latin, false).length();
    }

    private static final java.util.regex.Pattern FRENCH_OI = java.util.regex.Pattern.compile("oi(?=[nstx]|$)");

    private static String latinVowels(String latin, boolean withE) {
        StringBuilder l = new StringBuilder();
        String w = latin.toLowerCase(Locale.ROOT);
        if (w.length() > 3 && w.endsWith("e")) w = w.substring(0, w.length() - 1);
        // An unstressed -er after a consonant is written ر alone: Federer فيدرر, Miller ميلر, Walker ووكر.
        if (w.length() > 4 && w.endsWith("er") && isConsonant(w.charAt(w.length() - 3))) {
            w = w.substring(0, w.length() - 2) + "r";
        }
        // A French oi before n, s, t, x or at the end is wa: Redoine رضوان, Antoine أنطوان, Benoit بنوا.
        w = FRENCH_OI.matcher(w).replaceAll("ua");
        for (int i = 0; i < w.length(); i++) {
            char v = switch (w.charAt(i)) {
                case 'a' -> 'a';
                case 'e' -> withE ? 'i' : ' ';
                case 'i' -> 'i';
                case 'y' -> i == 0 ? ' ' : 'i';
                case 'o', 'u' -> 'u';
                default -> ' ';
            };
            if (v != ' ' && (l.isEmpty() || l.charAt(l.length() - 1) != v || i > 0 && isConsonant(w.charAt(i - 1)))) l.append(v);
        }
        return l.toString();
    }

    private static boolean isConsonant(char c) {
        return !isVowel(c);
    }

    /** A Latin vowel as names are heard here (lower case; y included). */
    public static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }


    private static String withoutArticle(String word) {
        if (word.startsWith("وال") && word.length() > 5) return word.substring(3);
        if (word.startsWith("ال") && word.length() > 4) return word.substring(2);
        if (word.startsWith("و") && word.length() > 4) return word.substring(1);
        return word;
    }

    private static List<Set<String>> latinSkeleton(String w) {
        List<Set<String>> out = new ArrayList<>();
        String previous = "";
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : ' ';
            String two = "" + c + next;
            Set<String> sounds;
            if (w.startsWith("sch", i)) {
                sounds = Set.of("sh"); // German sch is one sound (Schultz: شولتز, Schalke: شالكه)
                i++;
            } else switch (two) {
                case "kh" -> sounds = Set.of("kh", "k");
                case "sh", "ch" -> sounds = Set.of("sh");
                case "gh" -> sounds = Set.of("g");
                case "th" -> sounds = Set.of("th", "t", "s");
                case "ph" -> sounds = Set.of("f");
                case "dh" -> sounds = Set.of("d", "z");
                case "ck" -> sounds = Set.of("k");
                case "dj" -> sounds = Set.of("j"); // Djokovic: جوكوفيتش, Djibouti: جيبوتي
                default -> sounds = null;
            }
            if (sounds != null) {
                i++;
            } else {
                sounds = switch (c) {
                    case 'b', 'p' -> Set.of("b");
                    // a Slavic name's final -ic is -itch (Modric: مودريتش)
                    case 'c' -> i == w.length() - 1 && i > 0 && w.charAt(i - 1) == 'i' ? Set.of("k", "s", "sh") : Set.of("k", "s");
                    case 'd' -> Set.of("d");
                    case 'f' -> Set.of("f");
                    case 'v' -> Set.of("f", "b");
                    case 'g' -> Set.of("g", "j");
                    case 'h' -> Set.of("h");
                    case 'j' -> Set.of("j", "g");
                    case 'k' -> Set.of("k");
                    case 'l' -> Set.of("l");
                    case 'm' -> Set.of("m");
                    case 'n' -> Set.of("n");
                    case 'q' -> Set.of("k", "g");
                    case 'r' -> Set.of("r");
                    case 's' -> Set.of("s", "z");
                    case 't' -> Set.of("t");
                    case 'x' -> Set.of("k");
                    case 'z' -> Set.of("z", "s");
                    default -> null; // vowels, w, y, anything else
                };
            }
            if (sounds == null) {
                previous = ""; // Federer's r, e, r are two r's: only letters written side by side are one
                continue;
            }
            String key = String.join("", new java.util.TreeSet<>(sounds));
            if (key.equals(previous)) continue; // a doubled letter
            previous = key;
            out.add(sounds);
        }
        return out;
    }

    /** {@code article}: an opening وال, ال or و is the article or the conjunction, left out. */
    private static List<Set<String>> arabicSkeleton(String w, boolean article) {
        String word = article ? withoutArticle(w) : w;
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            // تش is one sound, the Latin ch, tch or a Slavic final -ić (مودريتش is Modric).
            if (c == 'ت' && i + 1 < word.length() && word.charAt(i + 1) == 'ش') {
                out.add(Set.of("sh"));
                i++;
                continue;
            }
            Set<String> sounds = switch (c) {
                case 'ب', 'پ' -> Set.of("b");
                case 'ت' -> Set.of("t");
                case 'ث' -> Set.of("th", "t", "s");
                case 'ج' -> Set.of("g", "j");
                case 'ح' -> Set.of("h");
                case 'خ' -> Set.of("kh");
                case 'د' -> Set.of("d");
                case 'ذ' -> Set.of("d", "z");
                case 'ر' -> Set.of("r");
                case 'ز' -> Set.of("z", "s");
                case 'س' -> Set.of("s");
                case 'ش', 'چ' -> Set.of("sh");
                case 'ص' -> Set.of("s");
                case 'ض' -> Set.of("d");
                case 'ط' -> Set.of("t");
                case 'ظ' -> Set.of("z");
                case 'غ', 'گ' -> Set.of("g");
                case 'ف', 'ڤ' -> Set.of("f");
                case 'ق' -> Set.of("k", "g");
                case 'ك' -> Set.of("k");
                case 'ل' -> Set.of("l");
                case 'م' -> Set.of("m");
                case 'ن' -> Set.of("n");
                case 'ه' -> i == word.length() - 1 ? null : Set.of("h");
                default -> null; // alef, waw, yeh, hamza, ain, teh marbuta…
            };
            if (sounds != null) out.add(sounds);
        }
        return out;
    }

    private static boolean meet(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) return true;
        }
        return false;
    }

    private static int distance(List<Set<String>> a, List<Set<String>> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) previous[j] = j;
        for (int i = 1; i <= a.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int substitute = previous[j - 1] + (meet(a.get(i - 1), b.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.size()];
    }
}

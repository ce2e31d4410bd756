package com.nabaa.answer;

import com.nabaa.text.ArabicText;
import com.nabaa.text.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The countries and cities a text names ({@code places.txt}), each with its country: a city's
 * country stands for it and it for its country. A story that names none of the places the question
 * names, but names others, tells of somewhere else: Bahrain's book fair does not say when Kuwait's
 * opens. Stateless once loaded.
 */
final class Places {
    /** Each written form, without the article, and the place it names. */
    private static final Map<String, Place> FORMS;
    /** Each place's written forms ({@link #FORMS} read the other way). */
    private static final Map<Place, Set<String>> FORMS_OF;
    /** The nisbas in the feminine (الفرنسية), which also name a language ("بالفرنسية"، "اللغة الفرنسية"). */
    private static final Set<String> FEMININE_NISBAS;
    /** Forms that name the place only without the article ({@code !جده}: الجدة is a grandmother). */
    private static final Set<String> NO_ARTICLE;
    /** After أمريكا: a continent, not the United States. */
    private static final Set<String> CONTINENT_SIDES = Set.of("الشماليه", "الجنوبيه", "اللاتينيه", "الوسطي");
    private static final Set<String> LANGUAGE = Set.of("اللغه", "لغه", "باللغه", "واللغه");

    static {
        Map<String, Place> forms = new HashMap<>();
        Set<String> feminine = new HashSet<>();
        Set<String> noArticle = new HashSet<>();
        load(forms, feminine, noArticle);
        FORMS = Map.copyOf(forms);
        Map<Place, Set<String>> byPlace = new HashMap<>();
        forms.forEach((form, place) -> byPlace.computeIfAbsent(place, p -> new HashSet<>()).add(form));
        Map<Place, Set<String>> frozen = new HashMap<>();
        byPlace.forEach((place, all) -> frozen.put(place, Set.copyOf(all)));
        FORMS_OF = Map.copyOf(frozen);
        FEMININE_NISBAS = Set.copyOf(feminine);
        NO_ARTICLE = Set.copyOf(noArticle);
    }

    /** A place and the country it lies in (itself for a country). */
    record Place(String name, String country) {
        /** The same place, or one lies in the other (القاهرة and مصر). */
        boolean meets(Place other) {
            return name.equals(other.name) || country.equals(other.name) || name.equals(other.country);
        }
    }

    private Places() {
    }

    /** The places {@code text} names, in order of first mention. */
    static Set<Place> namedIn(String text) {
        Set<Place> out = new LinkedHashSet<>();
        String[] words = ArabicText.normalize(text).split("[^\\p{IsArabic}]+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.isEmpty()) continue;
            String next = i + 1 < words.length ? words[i + 1] : "";
            // "في الولايات المتحدة"، "للمملكة المتحدة": a country of two words, neither of which names it alone
            Optional<Place> twoWords = twoWordCountry(word, next);
            if (twoWords.isPresent()) {
                out.add(twoWords.get());
                continue;
            }
            Optional<String> form = formOf(word);
            if (form.isEmpty()) continue;
            String before = i > 0 ? words[i - 1] : "";
            // "ميادين ينبع وجدة": after a place, وجدة is "and Jeddah", not Oujda
            if (word.startsWith("و") && !before.isEmpty() && formOf(before).isPresent()) {
                Optional<String> joined = formOf(word.substring(1));
                if (joined.isPresent()) form = joined;
            }
            // "أمريكا الشمالية" is a continent; "بالفرنسية"، "اللغة الفرنسية" a language
            if (CONTINENT_SIDES.contains(next) && FORMS.get(form.get()).name().equals(AMERICA)) continue;
            if (namesLanguage(form.get(), word, before)) continue;
            out.add(FORMS.get(form.get()));
        }
        return out;
    }

    /** Whether a feminine nisba names a language: "بالفرنسية"، "اللغة الفرنسية" ({@code before}: the word before, normalized). */
    static boolean namesLanguage(String word, String before) {
        return formOf(word).filter(form -> namesLanguage(form, word, before)).isPresent();
    }

    private static boolean namesLanguage(String form, String word, String before) {
        return FEMININE_NISBAS.contains(form) && (word.startsWith("بال") || LANGUAGE.contains(before));
    }

    private static final String AMERICA = "الولايات المتحدة";
    private static final String BRITAIN = "بريطانيا";

    /**
     * The United States or the United Kingdom as news names them, in two words ("الولايات المتحدة"،
     * "بالمملكة المتحدة"), normalized, a conjunction or a preposition joined to the first; not
     * "الأمم المتحدة" nor "الإمارات العربية المتحدة", whose last word is the same.
     */
    private static Optional<Place> twoWordCountry(String word, String next) {
        if (!next.equals("المتحده")) return Optional.empty();
        String name = word.endsWith("ولايات") && word.length() <= "والولايات".length() ? AMERICA
                : word.endsWith("مملكه") && word.length() <= "وبالمملكه".length() ? BRITAIN : null;
        if (name == null || !FORMS_OF.containsKey(new Place(name, name))) return Optional.empty();
        return Optional.of(new Place(name, name));
    }

    /**
     * Whether a story naming {@code named} tells of somewhere other than all of {@code asked}: it
     * names some place but none that meets one the question names.
     */
    static boolean elsewhere(Set<Place> asked, Set<Place> named) {
        return elsewhere(asked, named, named);
    }

    /**
     * {@link #elsewhere(Set, Set)}, where a city asked is met by its country only when the story
     * leads with the country ({@code leading}: the places of its headline and first paragraph): a
     * story about Brazil's museum fire that mentions Egyptian artefacts further down does not tell
     * of a museum in Tanta.
     */
    static boolean elsewhere(Set<Place> asked, Set<Place> named, Set<Place> leading) {
        if (asked.isEmpty() || named.isEmpty()) return false;
        for (Place a : asked) {
            boolean city = !a.name().equals(a.country());
            boolean met = named.stream().anyMatch(o -> a.name().equals(o.name()) || a.name().equals(o.country())
                    || a.country().equals(o.name()) && (!city || leading.contains(o)));
            if (!met) return true;
        }
        return false;
    }

    /** The place a word names, with a conjunction, a preposition and the article taken off. */
    static Optional<Place> placeOf(String word) {
        return formOf(word).map(FORMS::get);
    }

    /** Every written form of {@code place} listed: its names and its nisbas, without the article. */
    static Set<String> formsOf(Place place) {
        return FORMS_OF.getOrDefault(place, Set.of());
    }

    /**
     * Whether the word names a place listed only with its article (الرياض، الأقصر): without it the
     * word is another (رياض محرز; أقصر, shorter), and the analysis that drops the article may meet
     * others (الرياضة).
     */
    static boolean onlyWithArticle(String word) {
        return formOf(word).filter(f -> f.startsWith("ال")).isPresent();
    }

    /** The listed form a word is, with a conjunction, a preposition and the article taken off. */
    private static Optional<String> formOf(String word) {
        List<String> bareForms = bareForms(word);
        for (String bare : bareForms) {
            if (!FORMS.containsKey(bare)) continue;
            if (NO_ARTICLE.contains(bare) && (bareForms.contains("ال" + bare) || bareForms.contains("لل" + bare))) continue;
            return Optional.of(bare);
        }
        return Optional.empty();
    }

    /** The word as written, then without و or ف, then without ب، ل or ك, then without ال (longest first). */
    static List<String> bareForms(String word) {
        List<String> out = new ArrayList<>();
        out.add(word);
        List<String> steps = new ArrayList<>(List.of(word));
        for (String prefixes : List.of("وف", "بلك")) {
            List<String> next = new ArrayList<>();
            for (String w : steps) {
                if (w.length() > 3 && prefixes.indexOf(w.charAt(0)) >= 0) next.add(w.substring(1));
            }
            steps.addAll(next);
        }
        for (String w : steps) {
            if (!out.contains(w)) out.add(w);
            if (w.startsWith("لل") && w.length() > 4) out.add(w.substring(2));
            if (w.startsWith("ال") && w.length() > 4) out.add(w.substring(2));
        }
        return out;
    }

    private static void load(Map<String, Place> forms, Set<String> feminine, Set<String> noArticle) {
        Set<String> listed = new HashSet<>();
        for (String content : WordLists.content(Places.class, "places.txt")) {
            int colon = content.indexOf(':');
            if (colon < 0) throw new IllegalStateException("places.txt: no 'name:' in " + content);
            String[] head = content.substring(0, colon).split("<");
            String name = head[0].strip();
            Place place = new Place(name, head.length > 1 ? head[1].strip() : name);
            for (String form : content.substring(colon + 1).strip().split("\\s+")) {
                String f = ArabicText.normalize(form.startsWith("!") ? form.substring(1) : form);
                if (form.startsWith("!")) noArticle.add(f);
                listed.add(f);
                List<String> all = new ArrayList<>(List.of(f));
                if (f.endsWith("ي")) feminine.add(f + "ه");
                // a nisba: مصري، مصريه، مصريون، مصريين، مصريات
                if (f.endsWith("ي")) all.addAll(List.of(f + "ه", f + "ون", f + "ين", f + "ات"));
                for (String a : all) {
                    Place before = forms.put(a, place);
                    if (before != null && !before.equals(place)) {
                        throw new IllegalStateException("places.txt: " + a + " names both " + before.name() + " and " + name);
                    }
                }
            }
        }
        feminine.removeAll(listed);
    }
}

package com.nabaa.extract;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import com.nabaa.text.MonthNames;

/**
 * Gregorian month names as news sites print them: English, German and French (full and
 * abbreviated), and the Arabic families of {@link MonthNames}. Hijri months are deliberately absent: a Hijri
 * date never stands for the publication day here.
 */
final class Months {
    private static final Map<String, Integer> BY_NAME = build();

    /** Alternation of every name, longest first so "كانون الثاني" wins over a shorter prefix. */
    static final String ALTERNATION = BY_NAME.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(java.util.regex.Pattern::quote)
            .collect(Collectors.joining("|"));

    private Months() {
    }

    /** The month number (1–12) of a name, matched case-insensitively, with Arabic alef variants folded. */
    static Optional<Integer> number(String name) {
        return Optional.ofNullable(BY_NAME.get(key(name)));
    }

    static String key(String name) {
        return fold(name.strip().replace(".", "").replaceAll("\\s+", " "));
    }

    /**
     * Lower-cases and folds ALEF_WITH_HAMZA_ABOVE/BELOW and ALEF_WITH_MADDA to ALEF, ALEF_MAKSURA to
     * YEH; every replacement keeps the length, so match offsets stay valid in the original text.
     */
    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا')
                .replace('ى', 'ي');
    }

    private static Map<String, Integer> build() {
        List<List<String>> names = List.of(
                List.of("january", "jan", "januar", "jänner", "janvier"),
                List.of("february", "feb", "februar", "feber", "février"),
                List.of("march", "mar", "märz", "maerz", "mars"),
                List.of("april", "apr", "avril"),
                List.of("may", "mai"),
                List.of("june", "jun", "juni", "juin"),
                List.of("july", "jul", "juli", "juillet"),
                List.of("august", "aug", "août"),
                List.of("september", "sep", "sept", "septembre"),
                List.of("october", "oct", "oktober", "okt", "octobre"),
                List.of("november", "nov", "novembre"),
                List.of("december", "dec", "dezember", "dez", "décembre"));
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            for (String n : names.get(i)) {
                map.put(key(n), i + 1);
            }
        }
        MonthNames.ARABIC.forEach((n, month) -> map.put(key(n), month));
        MonthNames.ARABIC_AMBIGUOUS.forEach((n, month) -> map.put(key(n), month));
        return Map.copyOf(map);
    }
}

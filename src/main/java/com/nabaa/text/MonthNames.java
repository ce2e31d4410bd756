package com.nabaa.text;

import java.util.List;
import java.util.Map;

/**
 * Arabic names of the Gregorian months as news sites and readers write them, in one place for
 * date phrases in questions and date lines in pages: Egyptian/Gulf (يناير…), Levantine/Iraqi
 * (كانون الثاني…), Algerian/Tunisian (جانفي…) and Moroccan (ينير، غشت، شتنبر…) forms, spelled with
 * their hamzas; callers fold them as they fold the text they match.
 */
public final class MonthNames {
    /** Names never read as anything else, with the month number. */
    public static final Map<String, Integer> ARABIC = arabic();

    /** Names that are also ordinary words (آب "father", ماي): dates only in a date context. */
    public static final Map<String, Integer> ARABIC_AMBIGUOUS = Map.of("آب", 8, "ماي", 5);

    private MonthNames() {
    }

    private static Map<String, Integer> arabic() {
        List<List<String>> months = List.of(
                List.of("يناير", "كانون الثاني", "جانفي", "ينير"),
                List.of("فبراير", "شباط", "فيفري", "فبرير"),
                List.of("مارس", "آذار"),
                List.of("أبريل", "إبريل", "ابريل", "نيسان", "أفريل"),
                List.of("مايو", "أيار"),
                List.of("يونيو", "يونيه", "حزيران", "جوان"),
                List.of("يوليو", "يوليه", "تموز", "جويلية", "يوليوز"),
                List.of("أغسطس", "اغسطس", "أوت", "غشت"),
                List.of("سبتمبر", "أيلول", "شتنبر"),
                List.of("أكتوبر", "تشرين الأول"),
                List.of("نوفمبر", "تشرين الثاني", "نونبر"),
                List.of("ديسمبر", "كانون الأول", "دجنبر"));
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < months.size(); i++) {
            for (String name : months.get(i)) out.put(name, i + 1);
        }
        return Map.copyOf(out);
    }
}

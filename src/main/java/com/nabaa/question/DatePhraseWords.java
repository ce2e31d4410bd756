package com.nabaa.question;

import com.nabaa.text.ArabicText;
import com.nabaa.text.MonthNames;
import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of date phrases, spelled as {@link ArabicText#normalize} leaves them (أ/إ/آ → ا,
 * ة → ه, ى → ي) and lower-cased, each with its value.
 */
final class DatePhraseWords {
    /** Month names never read as anything else: the Arabic ones of {@link MonthNames}, English full names. */
    static final Map<String, Integer> MONTHS = months(MonthNames.ARABIC, Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("april", 4), Map.entry("june", 6),
            Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
            Map.entry("november", 11), Map.entry("december", 12)));

    /**
     * Month names that are also ordinary words (آب/أب "father" normalize alike; Maghreb ماي;
     * English "may", "march"; abbreviations): dates only next to a day, a year or شهر / "in".
     */
    static final Map<String, Integer> AMBIGUOUS_MONTHS = months(MonthNames.ARABIC_AMBIGUOUS, Map.ofEntries(
            Map.entry("march", 3), Map.entry("may", 5),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12)));

    static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("السبت", DayOfWeek.SATURDAY), Map.entry("الاحد", DayOfWeek.SUNDAY),
            Map.entry("الاثنين", DayOfWeek.MONDAY), Map.entry("الاتنين", DayOfWeek.MONDAY),
            Map.entry("الثلاثاء", DayOfWeek.TUESDAY), Map.entry("الثلاثا", DayOfWeek.TUESDAY),
            Map.entry("التلات", DayOfWeek.TUESDAY), Map.entry("التلاتاء", DayOfWeek.TUESDAY),
            Map.entry("الاربعاء", DayOfWeek.WEDNESDAY), Map.entry("الاربعا", DayOfWeek.WEDNESDAY),
            Map.entry("الاربع", DayOfWeek.WEDNESDAY), Map.entry("الخميس", DayOfWeek.THURSDAY),
            Map.entry("الجمعه", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY),
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY));

    /** Singular and plural units; Egyptian دقايق and MSA دقائق (دقاءق once normalized). */
    static final Map<String, ChronoUnit> UNITS = Map.ofEntries(
            Map.entry("دقيقه", ChronoUnit.MINUTES), Map.entry("دقايق", ChronoUnit.MINUTES),
            Map.entry("دقاءق", ChronoUnit.MINUTES), Map.entry("ساعه", ChronoUnit.HOURS),
            Map.entry("ساعات", ChronoUnit.HOURS), Map.entry("يوم", ChronoUnit.DAYS),
            Map.entry("ايام", ChronoUnit.DAYS), Map.entry("اسبوع", ChronoUnit.WEEKS),
            Map.entry("اسابيع", ChronoUnit.WEEKS), Map.entry("شهر", ChronoUnit.MONTHS),
            Map.entry("شهور", ChronoUnit.MONTHS), Map.entry("اشهر", ChronoUnit.MONTHS),
            Map.entry("سنه", ChronoUnit.YEARS), Map.entry("سنين", ChronoUnit.YEARS),
            Map.entry("سنوات", ChronoUnit.YEARS), Map.entry("عام", ChronoUnit.YEARS),
            Map.entry("اعوام", ChronoUnit.YEARS),
            Map.entry("minute", ChronoUnit.MINUTES), Map.entry("minutes", ChronoUnit.MINUTES),
            Map.entry("hour", ChronoUnit.HOURS), Map.entry("hours", ChronoUnit.HOURS),
            Map.entry("day", ChronoUnit.DAYS), Map.entry("days", ChronoUnit.DAYS),
            Map.entry("week", ChronoUnit.WEEKS), Map.entry("weeks", ChronoUnit.WEEKS),
            Map.entry("month", ChronoUnit.MONTHS), Map.entry("months", ChronoUnit.MONTHS),
            Map.entry("year", ChronoUnit.YEARS), Map.entry("years", ChronoUnit.YEARS));

    /** Arabic duals carry their number: يومين is two days. */
    static final Map<String, ChronoUnit> DUALS = Map.of(
            "دقيقتين", ChronoUnit.MINUTES, "ساعتين", ChronoUnit.HOURS, "يومين", ChronoUnit.DAYS,
            "اسبوعين", ChronoUnit.WEEKS, "شهرين", ChronoUnit.MONTHS, "سنتين", ChronoUnit.YEARS,
            "عامين", ChronoUnit.YEARS);

    /** Number words 1..10 (MSA with ث, Egyptian with ت), English one..ten and a/an. */
    static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("ثلاث", 3), Map.entry("ثلاثه", 3), Map.entry("تلات", 3), Map.entry("تلاته", 3),
            Map.entry("اربع", 4), Map.entry("اربعه", 4), Map.entry("خمس", 5), Map.entry("خمسه", 5),
            Map.entry("ست", 6), Map.entry("سته", 6), Map.entry("سبع", 7), Map.entry("سبعه", 7),
            Map.entry("ثماني", 8), Map.entry("ثمانيه", 8), Map.entry("تمن", 8), Map.entry("تمانيه", 8),
            Map.entry("تسع", 9), Map.entry("تسعه", 9), Map.entry("عشر", 10), Map.entry("عشره", 10),
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DatePhraseWords() {
    }

    /** A regex alternation of {@code words}, longest first so a prefix never shadows a word. */
    static String alternation(Collection<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    static <V> Optional<V> lookUp(Map<String, V> words, String matched) {
        return Optional.ofNullable(words.get(SPACES.matcher(matched).replaceAll(" ")));
    }

    static Optional<Integer> month(String matched) {
        return lookUp(MONTHS, matched).or(() -> lookUp(AMBIGUOUS_MONTHS, matched));
    }

    /** The shared Arabic names, spelled as {@link ArabicText#normalize} leaves them, plus English ones. */
    private static Map<String, Integer> months(Map<String, Integer> arabic, Map<String, Integer> english) {
        Map<String, Integer> out = new java.util.HashMap<>(english);
        arabic.forEach((name, month) -> out.put(ArabicText.normalize(name), month));
        return Map.copyOf(out);
    }
}

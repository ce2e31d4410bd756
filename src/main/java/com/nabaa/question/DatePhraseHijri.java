package com.nabaa.question;

import static com.nabaa.question.DatePhraseRule.PAST;
import static com.nabaa.question.DatePhraseRule.group;
import static com.nabaa.question.DatePhraseWords.alternation;

import com.nabaa.text.ArabicText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;

/**
 * Hijri months ("في رمضان", "شهر ذي الحجة", "رمضان الماضي", "رمضان 1439"), read with the Umm al-Qura
 * calendar that {@link java.time.chrono.HijrahChronology} implements. Without a year, a month is its
 * most recent occurrence that has begun (during Ramadan, "رمضان" is this one); "الماضي" after it
 * means the one before the current; a Gregorian year picks the month that began in it (رمضان 2025).
 * Every Hijri month name is also a word or a given name (محرم "forbidden", صفر "zero", رجب and
 * رمضان as in محمد رمضان), so a name is a date only after شهر, after في or خلال when nothing but a
 * year, a preposition or punctuation follows it (not في رجب طيب أردوغان), before a "past" word
 * (الماضي، اللي فات، السابق…), or with a year.
 */
final class DatePhraseHijri {
    /** Names as {@link ArabicText#normalize} leaves them, with the month number. */
    static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = alternation(MONTHS.keySet());
    /** A Hijri year (1439, 1439 هـ, عام 1439) or a Gregorian one (رمضان 2025: the Ramadan of 2025). */
    private static final String YEAR = "(?:\\s+(?:(?:عام|سنه)\\s+)?(?:(?<hyear>1[3-5]\\d\\d)(?:\\s*ه)?|(?<gyear>(?:19|20)\\d\\d))"
            + "(?![\\p{L}\\p{N}]))";
    /**
     * After في alone, the name must end the phrase: a following word other than these makes it part of
     * a name (في رجب طيب أردوغان، في رمضان صبحي). Spelled as normalized.
     */
    private static final String ENDS_PHRASE = "(?=\\s*$|\\s*[^\\p{L}\\p{N}\\s]|\\s+و|\\s+(?:في|من|علي|عن|الي|مع|حتي|بعد|قبل"
            + "|هذا|هذه|ده|دي|اللي|الذي|التي|كان|كانت|المبارك|الكريم|المعظم|الحرام|الفضيل)(?![\\p{L}\\p{N}]))";

    static final List<DatePhraseRule> RULES = List.of(
            DatePhraseRule.of("Hijri month after شهر", "(?:(?:في|خلال)\\s+)?شهر\\s+(?<hmonth>" + MONTH + ")" + YEAR + "?",
                    DatePhraseHijri::month),
            DatePhraseRule.of("Hijri month after في", "(?:في|خلال)\\s+(?<hmonth>" + MONTH + ")(?:" + YEAR + "|" + ENDS_PHRASE + ")",
                    DatePhraseHijri::month),
            DatePhraseRule.of("Hijri month with a year", "(?<hmonth>" + MONTH + ")" + YEAR, DatePhraseHijri::month),
            DatePhraseRule.of("Hijri month, past", "(?:شهر\\s+)?(?<hmonth>" + MONTH + ")\\s+(?<past>" + PAST + ")",
                    DatePhraseHijri::month));

    private DatePhraseHijri() {
    }

    private static Optional<DateRange> month(MatchResult m, ZonedDateTime now) {
        Optional<Integer> month = group(m, "hmonth").flatMap(name -> DatePhraseWords.lookUp(MONTHS, name));
        if (month.isEmpty()) return Optional.empty();
        try {
            HijrahDate today = HijrahDate.from(now.toLocalDate());
            int current = today.get(ChronoField.YEAR);
            Optional<Integer> year = group(m, "hyear").map(Integer::valueOf)
                    .or(() -> group(m, "gyear").map(g -> hijriYearStartingIn(Integer.parseInt(g), month.get())));
            if (year.isPresent() && year.get() > current + 1) return Optional.empty(); // a price, not a year
            int y = year.orElseGet(() -> {
                int currentMonth = today.get(ChronoField.MONTH_OF_YEAR);
                boolean past = group(m, "past").isPresent();
                return month.get() > currentMonth || past && month.get() == currentMonth ? current - 1 : current;
            });
            HijrahDate first = HijrahDate.of(y, month.get(), 1);
            return Optional.of(DatePhraseCalendar.days(now, LocalDate.from(first),
                    LocalDate.from(first.plus(1, ChronoUnit.MONTHS))));
        } catch (DateTimeException e) {
            return Optional.empty(); // a year outside the Umm al-Qura tables (1300–1600 AH)
        }
    }

    /** The Hijri year whose {@code month} begins in Gregorian {@code year} (the first, if two do). */
    private static int hijriYearStartingIn(int year, int month) {
        int h = HijrahDate.from(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR);
        return LocalDate.from(HijrahDate.of(h, month, 1)).getYear() == year ? h : h + 1;
    }

    private static Map<String, Integer> months() {
        List<List<String>> names = List.of(
                List.of("محرم"),
                List.of("صفر"),
                List.of("ربيع الأول", "ربيع الاول"),
                List.of("ربيع الآخر", "ربيع الثاني"),
                List.of("جمادى الأولى", "جمادى الاولى"),
                List.of("جمادى الآخرة", "جمادى الثانية"),
                List.of("رجب"),
                List.of("شعبان"),
                List.of("رمضان"),
                List.of("شوال"),
                List.of("ذو القعدة", "ذي القعدة"),
                List.of("ذو الحجة", "ذي الحجة"));
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            for (String name : names.get(i)) out.put(ArabicText.normalize(name), i + 1);
        }
        return Map.copyOf(out);
    }
}

package com.nabaa.question;

import static com.nabaa.question.DatePhraseRule.PAST;
import static com.nabaa.question.DatePhraseRule.firstGroup;
import static com.nabaa.question.DatePhraseRule.group;
import static com.nabaa.question.DatePhraseWords.alternation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Phrases naming a calendar month, day, weekday or year. Without a year, a month or day is its
 * most recent occurrence not in the future (in January, "ديسمبر" is last December); a weekday is
 * the most recent one, today included, unless marked past ("الجمعة اللي فاتت", "last Friday"),
 * which on a Friday means a week ago. Numeric dates are day/month, the Arabic order; read as
 * month/day only when day/month is impossible (2/17).
 */
final class DatePhraseAbsolute {
    private static final String SAFE_MONTH = alternation(DatePhraseWords.MONTHS.keySet());
    private static final String ANY_MONTH = alternation(
            Stream.concat(DatePhraseWords.MONTHS.keySet().stream(),
                    DatePhraseWords.AMBIGUOUS_MONTHS.keySet().stream()).toList());
    private static final String ENGLISH_MONTH = alternation(
            Stream.concat(DatePhraseWords.MONTHS.keySet().stream(),
                    DatePhraseWords.AMBIGUOUS_MONTHS.keySet().stream()).filter(w -> w.charAt(0) <= 'z').toList());
    private static final String AMBIGUOUS_MONTH = alternation(DatePhraseWords.AMBIGUOUS_MONTHS.keySet());
    private static final String YEAR = "(?:(?:\\s*[,،]\\s*|\\s+)(?:(?:of|من)\\s+)?(?:(?:عام|سنه)\\s+)?(?<year>\\d{4}))";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
    private static final String NOT_AFTER_NUMBER = "(?<![\\d/.\\-])";
    private static final String NOT_BEFORE_NUMBER = "(?![/.\\-]?\\d)";
    private static final String ARABIC_WEEKDAY = alternation(
            DatePhraseWords.WEEKDAYS.keySet().stream().filter(w -> w.charAt(0) > 'z').collect(Collectors.toSet()));
    private static final String ENGLISH_WEEKDAY = alternation(
            DatePhraseWords.WEEKDAYS.keySet().stream().filter(w -> w.charAt(0) <= 'z').collect(Collectors.toSet()));

    /**
     * Not a month to come: "يوليو الجاي"، "next July" name a month after the reader's clock, which
     * no story was published in; they stay words of the topic, as "الأسبوع الجاي" does.
     */
    private static final String NOT_NEXT = "(?!\\s+(?:الجاي|الجايه|القادم|القادمه|المقبل|المقبله))";
    private static final String NOT_AFTER_NEXT = "(?<!next\\s{1,3})";
    /** April Fools' Day names a prank, not the month: "كذبة أبريل", "an april fools post". */
    private static final String NOT_AFTER_LIE = "(?<!كذبه\\s{1,3})";
    private static final String NOT_BEFORE_FOOL = "(?!\\s+fool)";
    /**
     * Not the month of a day: "4 يوليو", "july 4" are read whole by the day rules, and when those
     * find a day to come, the month alone is no date either (with a year it is: "30 فبراير 2018",
     * no such day, is February 2018).
     */
    private static final String NOT_AFTER_DAY = "(?<!\\d\\s{0,3})(?<!\\d\\s{1,3}(?:من|of|شهر)\\s{1,3})";
    private static final String NOT_BEFORE_DAY = "(?!\\.?\\s*\\d{1,2}(?!\\d))";

    static final List<DatePhraseRule> RULES = List.of(
            DatePhraseRule.of("month with a year", NOT_AFTER_NEXT + "(?:شهر\\s+)?(?<month>" + SAFE_MONTH + ")" + YEAR
                    + NOT_NEXT, DatePhraseAbsolute::month),
            DatePhraseRule.of("month", NOT_AFTER_NEXT + NOT_AFTER_DAY + NOT_AFTER_LIE + "(?:شهر\\s+)?(?<month>" + SAFE_MONTH
                    + ")" + NOT_BEFORE_FOOL + "(?!" + YEAR + ")" + NOT_BEFORE_DAY + NOT_NEXT, DatePhraseAbsolute::month),
            DatePhraseRule.of("ambiguous month after شهر or in",
                    "(?:شهر|in|during|since|of)\\s+(?<month>" + AMBIGUOUS_MONTH + ")\\.?" + YEAR + "?",
                    DatePhraseAbsolute::month),
            DatePhraseRule.of("ambiguous month with a year", "(?<month>" + AMBIGUOUS_MONTH + ")\\.?" + YEAR,
                    DatePhraseAbsolute::month),
            DatePhraseRule.of("month number", "شهر\\s+(?<mnum>\\d{1,2})(?:\\s*/\\s*(?<year2>\\d{4})|" + YEAR + ")?"
                    + NOT_BEFORE_NUMBER, DatePhraseAbsolute::month),
            DatePhraseRule.of("day month", "(?:يوم\\s+|the\\s+)?" + NOT_AFTER_NUMBER + DAY + "\\s+(?:(?:of|من)\\s+)?"
                    + "(?:شهر\\s+)?(?<month>" + ANY_MONTH + ")\\.?" + YEAR + "?" + NOT_NEXT, DatePhraseAbsolute::day),
            DatePhraseRule.of("month day", "(?<month>" + ENGLISH_MONTH + ")\\.?\\s+" + DAY
                    + "(?:\\s*,?\\s*(?<year>\\d{4}))?", DatePhraseAbsolute::day),
            DatePhraseRule.of("numeric date", "(?:يوم\\s+)?" + NOT_AFTER_NUMBER
                    + "(?:(?<day>\\d{1,2})\\s*/\\s*(?<mnum>\\d{1,2})(?:\\s*/\\s*(?<year>\\d{4}|\\d{2}))?"
                    + "|(?<day2>\\d{1,2})-(?<mnum2>\\d{1,2})-(?<year2>\\d{4})"
                    + "|(?<year3>\\d{4})-(?<mnum3>\\d{1,2})-(?<day3>\\d{1,2}))" + NOT_BEFORE_NUMBER,
                    DatePhraseAbsolute::day),
            DatePhraseRule.of("weekday, Arabic", "(?:يوم\\s+|ه(?=ال))?(?<!(?:صلاه|خطبه|صلات)\\s{1,3})(?<weekday>"
                    + ARABIC_WEEKDAY + ")(?<past>\\s+" + PAST + ")?", DatePhraseAbsolute::weekday),
            DatePhraseRule.of("weekday, English", "(?:(?<past>last|this\\s+past)\\s+)?(?<weekday>" + ENGLISH_WEEKDAY + ")",
                    DatePhraseAbsolute::weekday),
            DatePhraseRule.of("year", "(?:عام|سنه|في|in|during)\\s+(?<year>\\d{4})", DatePhraseAbsolute::year));

    private DatePhraseAbsolute() {
    }

    private static Optional<DateRange> month(MatchResult m, ZonedDateTime now) {
        Optional<Integer> month = group(m, "month").flatMap(DatePhraseWords::month)
                .or(() -> group(m, "mnum").map(Integer::valueOf).filter(n -> n >= 1 && n <= 12));
        Optional<Integer> year = year(m, "year", "year2");
        if (month.isEmpty() || year.isPresent() && !DatePhraseCalendar.plausibleYear(year.get())) {
            return Optional.empty();
        }
        YearMonth yearMonth = year.map(y -> YearMonth.of(y, month.get()))
                .orElseGet(() -> DatePhraseCalendar.mostRecent(now, month.get()));
        return Optional.of(DatePhraseCalendar.month(now, yearMonth));
    }

    private static Optional<DateRange> day(MatchResult m, ZonedDateTime now) {
        Optional<Integer> day = firstGroup(m, "day", "day2", "day3").map(Integer::valueOf);
        Optional<Integer> month = group(m, "month").flatMap(DatePhraseWords::month)
                .or(() -> firstGroup(m, "mnum", "mnum2", "mnum3").map(Integer::valueOf));
        Optional<Integer> year = year(m, "year", "year2", "year3");
        if (day.isEmpty() || month.isEmpty() || year.isPresent() && !DatePhraseCalendar.plausibleYear(year.get())) {
            return Optional.empty();
        }
        boolean numeric = group(m, "month").isEmpty();
        int d = day.get();
        int mo = month.get();
        if (numeric && !validDayMonth(d, mo) && validDayMonth(mo, d)) {
            d = month.get();
            mo = day.get();
        }
        if (!validDayMonth(d, mo)) {
            return Optional.empty();
        }
        MonthDay monthDay = MonthDay.of(mo, d);
        // A day to come stays words of the topic, as "يوليو الجاي" does.
        if (year.isEmpty() && DatePhraseCalendar.upcoming(now, monthDay)) return Optional.empty();
        Optional<LocalDate> date = year.isPresent()
                ? DatePhraseCalendar.date(year.get(), mo, d)
                : Optional.of(DatePhraseCalendar.mostRecent(now, monthDay));
        return date.map(dt -> DatePhraseCalendar.day(now, dt));
    }

    private static Optional<DateRange> weekday(MatchResult m, ZonedDateTime now) {
        Optional<DayOfWeek> day = group(m, "weekday").flatMap(w -> DatePhraseWords.lookUp(DatePhraseWords.WEEKDAYS, w));
        boolean strictlyPast = group(m, "past").isPresent();
        return day.map(d -> DatePhraseCalendar.day(now, DatePhraseCalendar.mostRecent(now, d, strictlyPast)));
    }

    private static Optional<DateRange> year(MatchResult m, ZonedDateTime now) {
        return year(m, "year").filter(DatePhraseCalendar::plausibleYear).map(y -> DatePhraseCalendar.year(now, y));
    }

    /** A year group; two digits are this century (17/2/18 is 2018). */
    private static Optional<Integer> year(MatchResult m, String... names) {
        return firstGroup(m, names).map(y -> y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y));
    }

    private static boolean validDayMonth(int day, int month) {
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).maxLength();
    }
}

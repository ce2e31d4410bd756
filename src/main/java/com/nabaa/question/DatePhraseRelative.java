package com.nabaa.question;

import static com.nabaa.question.DatePhraseRule.CONJ;
import static com.nabaa.question.DatePhraseRule.PAST;
import static com.nabaa.question.DatePhraseRule.firstGroup;
import static com.nabaa.question.DatePhraseRule.fixed;
import static com.nabaa.question.DatePhraseWords.alternation;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;

/**
 * Phrases relative to now: today, yesterday, this/last week, month and year, and the last N
 * minutes, hours, days, weeks, months or years.
 *
 * <p>"This X" is the whole calendar unit that contains now (today ends at tomorrow 00:00); weeks
 * are calendar weeks starting Saturday ({@link DatePhraseCalendar#WEEK_START}). "Last N units"
 * (آخر 24 ساعة، من يومين، منذ 3 أيام، past 24 hours, 3 days ago, the past week) is rolling: from
 * N units before now to now, widened to the start of that day for units of a day or more.
 */
final class DatePhraseRelative {
    private static final String THIS_BEFORE = "(?:هذا|هاذا|هذه|هذي|هاد|هادا|هادي|هاذي)\\s+";
    private static final String THIS_AFTER = "\\s+(?:ده|دا|دي|هذا|هذه|الحالي|الحاليه|الجاري|الجاريه)";
    private static final String ROLLING_PAST = "(?:الماضي|الماضيه|الاخير|الاخيره|الماضيين|الاخيرين"
            + "|اللي\\s+فات|اللي\\s+فاتت|اللي\\s+فاتو|اللي\\s+فاتوا|الي\\s+فاتت|الي\\s+فاتو)";
    private static final String AGO_LEAD = "(?:منذ|من|قبل|خلال|اخر)";
    /** "خلال الـ 100 يوم الأولى", "خلال الـ 48 ساعة المقبلة": the first or the next units, not the last. */
    private static final String NOT_FIRST_OR_NEXT = "(?!\\s+(?:الاولي|الاول|المقبله|المقبل|القادمه|القادم|الجايه|الجاي|الجايين))";
    private static final String UNITS = alternation(DatePhraseWords.UNITS.keySet());
    /** A part of the day named before the day: مساء أمس، ليلة أمس، صباح اليوم، فجر اليوم. */
    private static final String PART_BEFORE = "(?:(?:مساء|صباح|ليله|فجر|ظهر|عصر|ظهيره)\\s+)?";
    /** A part of the day named after it: امبارح بالليل، البارحة في الليل، أمس مساء، اليوم الصبح. */
    private static final String PART_AFTER = "(?:\\s+(?:(?:ب|في\\s+)?الليل|ليلا|مساء|مساءا|(?:ب|في\\s+)?المسا|صباحا"
            + "|(?:ب|في\\s+)?الصبح|الصباح|الصبحيه|الظهر|العصر|فجرا|الفجر|بدري))?";
    /** After اليوم, these words with the article are a part of the day (اليوم الصبح), not "the day of" (اليوم الوطني). */
    private static final String PART_AFTER_ARTICLE = "ليل|مسا|صبح|صباح|ظهر|عصر|فجر";
    private static final String NUMBER = number("");
    /** Where last night begins: 18:00 of the day before, the reader's time. */
    private static final java.time.LocalTime LAST_EVENING = java.time.LocalTime.of(18, 0);
    /**
     * After الليلة, an adjective with the article names a night of its own, an event (الليلة الحجازية،
     * الليلة المحمدية), not tonight.
     */
    private static final String NIGHT_NAMED = "\\s+ال\\p{L}{2,}يه(?!\\p{L})";
    /** After الليلة: the night before (الليلة الماضية، الليلة اللي فاتت، الليلة الفائتة). */
    private static final String LAST_NIGHT = "\\s+(?:الماضيه|الفاءته|السابقه|اللي\\s+فاتت|الي\\s+فاتت|اللي\\s+فات)";

    static final List<DatePhraseRule> RULES = List.of(
            // "في اليوم" is "per day" (كم يأكل في اليوم), not today; "خلال اليوم" is today. "حتى اليوم"،
            // "إلى اليوم" and "(مما هو) عليه اليوم" are "until now" and "nowadays": they name no day's news.
            // الليلة: tonight. A time of day before or after the day is part of the phrase, not the topic.
            // The Maghreb's "this day" (هاد النهار) is today.
            fixed("today", CONJ + PART_BEFORE + "(?:(?<!(?:في|حتي|حتى|الي|الى|عليه|عليها)\\s{1,3})اليوم(?!\\s+ال(?!" + PART_AFTER_ARTICLE + "))"
                            + "|النهارده|انهارده|النهارد|(?:هاد|هاذ)\\s+النهار|الليله(?!" + LAST_NIGHT + ")(?!" + NIGHT_NAMED + "))" + PART_AFTER + "|today",
                    now -> DatePhraseCalendar.dayAgo(now, 0)),
            // البارح and لبارح: the Gulf's and the Maghreb's yesterday
            // الليلة الماضية، الليلة اللي فاتت، last night: from yesterday evening, reported until now
            fixed("last night", CONJ + "الليله" + LAST_NIGHT + "|last\\s+night",
                    now -> DateRange.between(now.toLocalDate().minusDays(1).atTime(LAST_EVENING).atZone(now.getZone()), now)),
            fixed("yesterday", CONJ + PART_BEFORE + "(?:(?:بال|ال)?امس|امبارح|مبارح|البارحه|البارح|لبارح)" + PART_AFTER
                            + "|yesterday",
                    now -> DatePhraseCalendar.dayAgo(now, 1)),
            fixed("day before yesterday",
                    CONJ + "(?:اول\\s+(?:من\\s+)?(?:امس|امبارح|مبارح|البارحه|البارح)|امس\\s+الاول)"
                            + "|the\\s+day\\s+before\\s+yesterday",
                    now -> DatePhraseCalendar.dayAgo(now, 2)),
            fixed("this week", calendarThis("الاسبوع") + "|this\\s+week", now -> DatePhraseCalendar.week(now, 0)),
            fixed("last week", calendarLast("الاسبوع") + "|last\\s+week", now -> DatePhraseCalendar.week(now, 1)),
            fixed("this month", calendarThis("الشهر") + "|this\\s+month",
                    now -> DatePhraseCalendar.month(now, YearMonth.from(now))),
            fixed("last month", calendarLast("الشهر") + "|last\\s+month",
                    now -> DatePhraseCalendar.month(now, YearMonth.from(now).minusMonths(1))),
            fixed("this year", calendarThis("(?:العام|السنه)") + "|this\\s+year",
                    now -> DatePhraseCalendar.year(now, now.getYear())),
            // "last year's earthquake" names the event's year, not the news's: the story asked may be this year's
            fixed("last year", calendarLast("(?:العام|السنه)") + "|last\\s+year(?!\\s*['’]\\s*s(?!\\p{L}))",
                    now -> DatePhraseCalendar.year(now, now.getYear() - 1)),
            // "منذ 3 أيام", "خلال الـ 24 ساعة", "الـ 24 ساعة الماضية"; "السبع سنوات" alone is not a date.
            DatePhraseRule.of("last N units, Arabic",
                    AGO_LEAD + "\\s+(?:ال\\s*)?" + NUMBER + "\\s+(?<unit>" + UNITS + ")" + NOT_FIRST_OR_NEXT
                            + "(?:\\s+" + ROLLING_PAST + ")?"
                            + "|ال\\s*" + number("3") + "\\s+(?<unit3>" + UNITS + ")\\s+"
                            + ROLLING_PAST,
                    DatePhraseRelative::lastN),
            DatePhraseRule.of("last N units, English",
                    "(?:the\\s+)?(?:last|past)\\s+" + NUMBER + "\\s+(?<unit>" + UNITS + ")|" + number("2") + "\\s+(?<unit2>" + UNITS + ")\\s+ago",
                    DatePhraseRelative::lastN),
            DatePhraseRule.of("last two units",
                    "(?:" + AGO_LEAD + "\\s+|ال)(?<dual>" + alternation(DatePhraseWords.DUALS.keySet()) + ")(?:\\s+"
                            + ROLLING_PAST + ")?",
                    (m, now) -> lastUnits(now, 2, DatePhraseWords.lookUp(DatePhraseWords.DUALS, m.group("dual")))),
            DatePhraseRule.of("last unit",
                    "(?:منذ|قبل|اخر)\\s+(?<unit>يوم|ساعه|اسبوع|شهر|سنه|عام|دقيقه)"
                            + "|ال(?<unit2>ساعه)\\s+" + ROLLING_PAST
                            + "|ال(?<unit3>اسبوع|شهر|عام|سنه)\\s+(?:الاخير|الاخيره)"
                            + "|(?:the\\s+last|the\\s+past|past)\\s+(?<unit4>minute|hour|day|week|month|year)",
                    (m, now) -> lastUnits(now, 1, firstGroup(m, "unit", "unit2", "unit3", "unit4")
                            .flatMap(u -> DatePhraseWords.lookUp(DatePhraseWords.UNITS, u)))),
            fixed("recent hours", "(?:الساعات)\\s+" + ROLLING_PAST + "|(?:the\\s+)?(?:last|past)\\s+few\\s+hours",
                    now -> DatePhraseCalendar.lastUnits(now, 24, ChronoUnit.HOURS)),
            fixed("recent days", "(?:الايام)\\s+" + ROLLING_PAST + "|(?:the\\s+)?(?:last|past)\\s+few\\s+days",
                    now -> DatePhraseCalendar.lastUnits(now, 7, ChronoUnit.DAYS)));

    /** At most this many units back: "آخر 5000 سنة" is not a news filter. */
    private static final int MAX_AMOUNT = 1000;

    private DatePhraseRelative() {
    }

    /** A count in digits or words, in groups n + suffix and nw + suffix (one pattern may hold several). */
    private static String number(String suffix) {
        return "(?:(?<n" + suffix + ">\\d{1,4})|(?<nw" + suffix + ">" + alternation(DatePhraseWords.NUMBERS.keySet()) + "))";
    }

    private static String calendarThis(String noun) {
        return CONJ + "[بل]?(?:" + THIS_BEFORE + "[بل]?" + noun + "|" + noun + THIS_AFTER + "|ه" + noun + ")";
    }

    private static String calendarLast(String noun) {
        return CONJ + "[بل]?" + noun + "\\s+" + PAST;
    }

    private static Optional<DateRange> lastN(MatchResult m, ZonedDateTime now) {
        Optional<Integer> amount = firstGroup(m, "n", "n2", "n3").map(Integer::valueOf)
                .or(() -> firstGroup(m, "nw", "nw2", "nw3").flatMap(w -> DatePhraseWords.lookUp(DatePhraseWords.NUMBERS, w)));
        Optional<ChronoUnit> unit = firstGroup(m, "unit", "unit2", "unit3")
                .flatMap(u -> DatePhraseWords.lookUp(DatePhraseWords.UNITS, u));
        return amount.flatMap(a -> lastUnits(now, a, unit));
    }

    private static Optional<DateRange> lastUnits(ZonedDateTime now, int amount, Optional<ChronoUnit> unit) {
        if (amount < 1 || amount > MAX_AMOUNT) {
            return Optional.empty();
        }
        return unit.map(u -> DatePhraseCalendar.lastUnits(now, amount, u));
    }
}

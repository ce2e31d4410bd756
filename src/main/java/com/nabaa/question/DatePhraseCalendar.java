package com.nabaa.question;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Calendar ranges in the zone of {@code now}. Every boundary is a local date at its start of day
 * ({@link LocalDate#atStartOfDay(java.time.ZoneId)}), so a day that starts at 01:00 because
 * daylight saving begins at midnight (Cairo, late April) is 23 hours long and nothing is lost.
 */
final class DatePhraseCalendar {
    /** Egypt's week, like most of the Arab world's, starts on Saturday. */
    static final DayOfWeek WEEK_START = DayOfWeek.SATURDAY;

    private DatePhraseCalendar() {
    }

    static DateRange days(ZonedDateTime now, LocalDate first, LocalDate endExclusive) {
        return DateRange.between(first.atStartOfDay(now.getZone()), endExclusive.atStartOfDay(now.getZone()));
    }

    static DateRange day(ZonedDateTime now, LocalDate date) {
        return days(now, date, date.plusDays(1));
    }

    /** The day {@code daysAgo} days before today (0 is today). */
    static DateRange dayAgo(ZonedDateTime now, int daysAgo) {
        return day(now, now.toLocalDate().minusDays(daysAgo));
    }

    /** The Saturday-started calendar week {@code weeksAgo} weeks before the current one. */
    static DateRange week(ZonedDateTime now, int weeksAgo) {
        LocalDate start = now.toLocalDate().with(TemporalAdjusters.previousOrSame(WEEK_START)).minusWeeks(weeksAgo);
        return days(now, start, start.plusWeeks(1));
    }

    static DateRange month(ZonedDateTime now, YearMonth month) {
        return days(now, month.atDay(1), month.plusMonths(1).atDay(1));
    }

    static DateRange year(ZonedDateTime now, int year) {
        return days(now, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** The most recent occurrence of {@code month} that has begun: this year's or last year's. */
    static YearMonth mostRecent(ZonedDateTime now, int month) {
        YearMonth current = YearMonth.from(now);
        YearMonth candidate = current.withMonth(month);
        return candidate.isAfter(current) ? candidate.minusYears(1) : candidate;
    }

    /**
     * A day and month without a year that come within this many days after the clock name the day
     * to come ("عيد 4 يوليو" asked on 3 July: the plot was for tomorrow), not last year's.
     */
    static final int UPCOMING_DAYS = 31;

    /**
     * Whether {@code monthDay}'s next occurrence after today comes within {@link #UPCOMING_DAYS}:
     * a day to come, which no story was published on.
     */
    static boolean upcoming(ZonedDateTime now, MonthDay monthDay) {
        LocalDate today = now.toLocalDate();
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            if (!monthDay.isValidYear(year)) continue;
            LocalDate next = monthDay.atYear(year);
            if (next.isAfter(today)) return !next.isAfter(today.plusDays(UPCOMING_DAYS));
        }
        return false;
    }

    /**
     * The most recent date, today included, falling on {@code monthDay}; 29 February goes back to
     * the last leap year.
     */
    static LocalDate mostRecent(ZonedDateTime now, MonthDay monthDay) {
        LocalDate today = now.toLocalDate();
        int year = today.getYear();
        while (!monthDay.isValidYear(year) || monthDay.atYear(year).isAfter(today)) {
            year--;
        }
        return monthDay.atYear(year);
    }

    /**
     * The most recent {@code day}: today counts unless {@code strictlyPast} (the reader said
     * "last Friday" or "الجمعة اللي فاتت" on a Friday, meaning a week ago).
     */
    static LocalDate mostRecent(ZonedDateTime now, DayOfWeek day, boolean strictlyPast) {
        LocalDate today = now.toLocalDate();
        int back = (today.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        return today.minusDays(back == 0 && strictlyPast ? 7 : back);
    }

    /**
     * From {@code amount} units before now up to now. Units of a day or longer start at the start
     * of that day, since "من يومين" (two days ago) means any time that day.
     */
    static DateRange lastUnits(ZonedDateTime now, long amount, ChronoUnit unit) {
        ZonedDateTime from = now.minus(amount, unit);
        if (unit.compareTo(ChronoUnit.DAYS) >= 0) {
            from = from.toLocalDate().atStartOfDay(now.getZone());
        }
        return DateRange.between(from, now);
    }

    /** A date from parts as typed, empty when there is no such day (31 February). */
    static Optional<LocalDate> date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || !YearMonth.of(year, month).isValidDay(day)) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    static boolean plausibleYear(int year) {
        return year >= 1900 && year <= 2200;
    }
}

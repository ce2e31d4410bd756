package com.nabaa.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as pages write them: machine values (ISO 8601 and its common relaxations, in meta
 * tags, JSON-LD and {@code <time datetime>}) and human date lines in English, German and Arabic,
 * with Western, Eastern Arabic (٠-٩) or Persian (۰-۹) digits.
 */
final class DateText {
    /** Dates before the web and far in the future are page furniture (copyright years, ids). */
    private static final int MIN_YEAR = 1995;
    private static final int MAX_YEAR = LocalDate.now(ZoneOffset.UTC).getYear() + 1;

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
                    + "(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?");
    private static final Pattern YMD = Pattern.compile(
            "(?<!\\d)(\\d{4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})(?!\\d)");
    private static final Pattern DMY_DOTS = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");
    private static final Pattern SLASHED = Pattern.compile(
            "(?<![\\d/])(\\d{1,2})[/\\-](\\d{1,2})[/\\-](\\d{4})(?![\\d/])");
    private static final String MONTH = "(" + Months.ALTERNATION + ")";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s*(?:of\\s+|من\\s+)?" + MONTH
                    + "(?:\\s*[/(]\\s*" + MONTH + "\\s*\\)?)?(?![\\p{L}])\\.?\\s*[,،]?\\s*(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "(?![\\p{L}])\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})(?!\\d)");

    private DateText() {
    }

    /** A machine-readable value, e.g. {@code 2019-03-05T10:00:00+01:00}; falls back to human text. */
    static Optional<OffsetDateTime> parseValue(String value) {
        String v = asciiDigits(value.strip());
        Matcher m = ISO.matcher(v);
        if (m.lookingAt()) {
            Optional<LocalDate> day = day(m.group(1), m.group(2), m.group(3));
            if (day.isPresent()) {
                return Optional.of(withTime(day.get(), m));
            }
        }
        return findDate(v).map(d -> d.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    /** The first date written anywhere in a piece of human text. */
    static Optional<LocalDate> findDate(String text) {
        String t = Months.fold(asciiDigits(text));
        Optional<LocalDate> best = Optional.empty();
        int bestAt = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR, YMD, DMY_DOTS, SLASHED}) {
            Matcher m = p.matcher(t);
            while (m.find() && m.start() < bestAt) {
                Optional<LocalDate> d = read(p, m);
                if (d.isPresent()) {
                    best = d;
                    bestAt = m.start();
                    break;
                }
            }
        }
        return best;
    }

    /** Replaces Eastern Arabic and Persian digits by ASCII ones. */
    static String asciiDigits(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
                    : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + c - '\u06F0') : c;
            if (r != c && b == null) {
                b = new StringBuilder(s);
            }
            if (b != null) {
                b.setCharAt(i, r);
            }
        }
        return b == null ? s : b.toString();
    }

    private static Optional<LocalDate> read(Pattern p, Matcher m) {
        if (p == DAY_MONTH_YEAR) {
            return Months.number(m.group(2)).flatMap(mo -> day(m.group(4), mo, m.group(1)));
        }
        if (p == MONTH_DAY_YEAR) {
            return Months.number(m.group(1)).flatMap(mo -> day(m.group(3), mo, m.group(2)));
        }
        if (p == YMD) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        if (p == DMY_DOTS) {
            return day(m.group(3), m.group(2), m.group(1));
        }
        // An ambiguous a/b/yyyy is read month-first (the US habit wins ties); day-first only when
        // the first number cannot be a month. Not yet tuned for Arabic pages, which write d/m/y.
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        return a > 12 ? day(m.group(3), b, a) : day(m.group(3), a, b);
    }

    private static Optional<LocalDate> day(String year, String month, String day) {
        return day(year, Integer.parseInt(month), day);
    }

    private static Optional<LocalDate> day(String year, int month, String day) {
        return day(year, month, Integer.parseInt(day));
    }

    private static Optional<LocalDate> day(String year, int month, int day) {
        int y = Integer.parseInt(year);
        if (y < MIN_YEAR || y > MAX_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static OffsetDateTime withTime(LocalDate day, Matcher m) {
        if (m.group(4) == null) {
            return day.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        int h = Integer.parseInt(m.group(4));
        int min = Integer.parseInt(m.group(5));
        int s = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (h > 23 || min > 59 || s > 59) {
            return day.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        ZoneOffset offset = offset(m.group(7));
        return LocalDateTime.of(day, LocalTime.of(h, min, s)).atOffset(offset);
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String z = zone.replace(":", "");
        int sign = z.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(z.substring(1, 3));
        int minutes = z.length() >= 5 ? Integer.parseInt(z.substring(3, 5)) : 0;
        try {
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}

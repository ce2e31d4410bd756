package com.nabaa.question;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One shape of date phrase: a pattern over {@link QuestionTextView#text()} and how a match turns
 * into a range. Every pattern is wrapped in word boundaries and may start with a preposition
 * (في، خلال، in, on, during, over) so the span covers "في فبراير", not only "فبراير".
 */
record DatePhraseRule(String name, Pattern pattern, Resolver resolver) {
    /** Not after a letter or digit (Arabic letters are {@code \p{L}} too). */
    static final String START = "(?<![\\p{L}\\p{N}])";
    static final String END = "(?![\\p{L}\\p{N}])";
    static final String LEAD = "(?:(?:في|خلال|in|on|during|over)\\s+)?";
    /** Conjunction و/ف attached to a time word: وامبارح، فاليوم. */
    static final String CONJ = "[وف]?";
    /** "Past" after a calendar noun: الأسبوع الماضي / اللي فات / الفائت / المنصرم; the Gulf's اللي طاف (السنة اللي طافت). */
    static final String PAST = "(?:الماضي|الماضيه|اللي\\s+فات|اللي\\s+فاتت|الي\\s+فات|الي\\s+فاتت|اللي\\s+راح"
            + "|اللي\\s+طاف|اللي\\s+طافت|الي\\s+طاف|الي\\s+طافت"
            + "|الفاءت|الفاءته|السابق|السابقه|المنصرم|المنصرمه)";

    interface Resolver {
        Optional<DateRange> resolve(MatchResult match, ZonedDateTime now);
    }

    DatePhraseRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(resolver, "resolver");
    }

    static DatePhraseRule of(String name, String regex, Resolver resolver) {
        return new DatePhraseRule(name, Pattern.compile(START + LEAD + "(?:" + regex + ")" + END), resolver);
    }

    /** A rule whose range depends on {@code now} only. */
    static DatePhraseRule fixed(String name, String regex, Function<ZonedDateTime, DateRange> range) {
        return of(name, regex, (match, now) -> Optional.of(range.apply(now)));
    }

    /** The text of group {@code name}, empty when it did not take part or the pattern lacks it. */
    static Optional<String> group(MatchResult match, String name) {
        return match.namedGroups().containsKey(name) ? Optional.ofNullable(match.group(name)) : Optional.empty();
    }

    /** The first of {@code names} that took part in the match. */
    static Optional<String> firstGroup(MatchResult match, String... names) {
        for (String name : names) {
            Optional<String> value = group(match, name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }
}

package com.nabaa.question;

import com.nabaa.text.ArabicText;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the time phrase in a reader's question ("امبارح", "الأسبوع اللي فات", "في فبراير",
 * "17/2", "من يومين", "last month") and resolves it against {@code now}, in now's zone.
 *
 * <p>Matching runs on the question as {@link ArabicText#normalize} leaves it, so every hamza,
 * ة/ه and ى/ي spelling and Eastern digits work; attached و/ف and ال/بال prefixes are accepted
 * where the phrase takes them. When several phrases match, the longest wins ("17 فبراير 2018"
 * over "فبراير 2018"), then the first.
 *
 * <p>Decisions: calendar units throughout, "this X" is the whole unit holding now, weeks start
 * Saturday (Egypt); "last N units" is rolling up to now (see {@link DatePhraseRelative}); month
 * and day names without a year are their most recent occurrence not in the future; a weekday is
 * the most recent, today included, unless marked past (see {@link DatePhraseAbsolute}).
 *
 * <p>Limitations: one phrase per question (no "from ... to ..." ranges); اليوم followed by an
 * ال-word (اليوم الوطني، اليوم العالمي، and also اليوم الجمعة) is not read as today; Hijri months
 * need a cue next to them (see {@link DatePhraseHijri}); future phrases (بكرة، next week) are ignored; ambiguous month names (آب/أب، ماي، may,
 * march, abbreviations) need a day, a year, شهر or "in" next to them.
 *
 * <p>Stateless and thread-safe: the patterns are compiled once.
 */
final class DatePhrases {
    private static final List<DatePhraseRule> RULES =
            Stream.of(DatePhraseRelative.RULES, DatePhraseAbsolute.RULES, DatePhraseHijri.RULES)
                    .flatMap(List::stream).toList();
    private static final Set<DatePhraseRule> RELATIVE = Set.copyOf(DatePhraseRelative.RULES);
    /**
     * "9/11" in an English question is the attacks of 2001 ("the german jihadist… over the 9/11 plot"),
     * not the ninth of November that the Arabic order reads.
     */
    private static final Pattern NINE_ELEVEN = Pattern.compile("9\\s*/\\s*11");

    private DatePhrases() {
    }

    public static Optional<DatePhraseMatch> find(String question, ZonedDateTime now) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(now, "now");
        QuestionTextView view = QuestionTextView.of(question);
        Candidate best = null;
        boolean english = question.chars().anyMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
        for (DatePhraseRule rule : RULES) {
            Matcher m = rule.pattern().matcher(view.text());
            while (m.find()) {
                if (english && NINE_ELEVEN.matcher(m.group()).matches()) continue;
                Optional<DateRange> range = rule.resolver().resolve(m, now);
                if (range.isPresent() && (best == null || best.isWorseThan(m.start(), m.end()))) {
                    best = new Candidate(range.get(), m.start(), m.end(), RELATIVE.contains(rule));
                }
            }
        }
        return Optional.ofNullable(best).map(c -> c.toMatch(view));
    }

    private record Candidate(DateRange range, int start, int end, boolean relative) {
        boolean isWorseThan(int otherStart, int otherEnd) {
            int length = end - start;
            int otherLength = otherEnd - otherStart;
            return otherLength > length || otherLength == length && otherStart < start;
        }

        DatePhraseMatch toMatch(QuestionTextView view) {
            return new DatePhraseMatch(range, view.originalStart(start), view.originalEnd(end), view.original(start, end), relative);
        }
    }
}

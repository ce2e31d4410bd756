package com.nabaa.answer;

import com.nabaa.question.DateRange;
import com.nabaa.question.Question;
import com.nabaa.text.ArabicText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How the time of a story weighs in its rank, relative to the reader's clock.
 *
 * <p>For a reader who wants the news of now (what is new on a topic, the topic alone, a price or a
 * rate) recency outweighs relevance: of the stories that answer, those of the last
 * {@link #FRESH_WINDOW} come first, and among them those whose headline names the topic, newest
 * first; older ones follow the same way. A story that only mentions the topic in passing ("اليمن"
 * in a report on Khashoggi) is not news about it, but a recent one beats a months-old one that is.
 *
 * <p>For a reader who names a past day ("امبارح", "يوم الجمعة", "في 7 أكتوبر"), the day after is
 * searched too, since a report of an event is often published the next morning, and a story ranks
 * lower the later it came ({@link #closeness}).
 *
 * <p>Any other question about now (no date, or this year or month) leans a little to the last
 * days' stories that name its topic in their headline ({@link #newsBoost}): readers ask about a
 * story while it is news.
 */
final class Recency {
    /**
     * The stories of the last this-many days are searched too for a reader who wants the newest,
     * next to the best matches of any date, and rank before every older one: the newest reports of
     * a big topic rarely make the top of a search over years.
     */
    static final Duration FRESH_WINDOW = Duration.ofDays(7);
    /**
     * A result, or the news of a topic, asked without a date is about the last this long: the
     * latest match, the latest news ({@link Ranking}: its stories come first; {@link AskService}:
     * when it has none, the older ones are offered as such).
     */
    static final Duration RECENT_NEWS = Duration.ofDays(30);
    /**
     * Any question asked without a date is answered from the last three months' news: when the best
     * story is older, it is offered as older news (kind {@code older}, no » line), with its date. A
     * history question ("متى توفي كوفي عنان؟" asked months later) still gets its story, labelled. It
     * was a year until the stop of 2026-12-03: at 90 days the looks' absent topics answered went from
     * 26.6% to 17.1% (asked months after the corpus ends: the government Lebanon formed in 2019, the
     * Ethiopian crash of March 2019, OPEC's December cut) and the reader set's from 3.0% to 0%, with
     * no answerable question, XQuAD-ar or ARCD figure changed (each asked at its own clock); at 180
     * days, 20.6%.
     */
    static final Duration NOT_RECENT = Duration.ofDays(90);
    /**
     * A price or a rate asked for a day ("سعر برنت اليوم") is answered by a report at most this old
     * before that day: an older one is offered as a figure of another date, not as the answer.
     */
    static final Duration FRESH_VALUE = Duration.ofDays(7);

    /**
     * How old the first story of a question about now may be before it is older news than asked: a
     * price or a rate as it stands ({@link #FRESH_VALUE}), where something stands ({@link
     * #STANDING_NEWS}), the latest of a topic or, when {@code recent}, a result or a list of the newest
     * ({@link #RECENT_NEWS}), any other question ({@link #NOT_RECENT}).
     */
    static Duration allowedAge(Question q, boolean recent) {
        if (q.asksCurrentValue()) return FRESH_VALUE;
        if (asksWhereItStands(q)) return STANDING_NEWS;
        if (recent || q.latest()) return RECENT_NEWS;
        return NOT_RECENT;
    }

    /** The question names neither a date nor a year: asked about a result or news, it means the latest. */
    static boolean namesNoTime(Question q) {
        return q.when().isEmpty() && Evidence.years(q.asked()).isEmpty();
    }

    /**
     * A short question asking for something new ("مين رئيس الوزرا الجديد؟"، "محمد صلاح عقد جديد
     * ليفربول"، "new iPhone XS announced") or whether it has happened yet ("ولا لسه؟"), with no date: its stories rank as a question about now
     * does, the newest first among those about its topic. "من جديد" is "again", and a longer question
     * (over {@value #NEW_TOPIC_WORDS} topic words) names something new of its own past ("متى تم تأسيس
     * مستعمرة ويلز الجنوبية الجديدة؟"): counted for them too, XQuAD-ar's MRR@10 fell from 0.860 to 0.853.
     */
    static boolean asksNew(Question q) {
        if (q.when().isPresent()) return false;
        String asked = ArabicText.normalize(q.asked()).toLowerCase(Locale.ROOT);
        return YET.matcher(asked).find() || asksNewHolder(asked)
                || q.topicWords().size() <= NEW_TOPIC_WORDS && NEW.matcher(asked).find();
    }

    /**
     * Who holds a post now, in a question of any length: a post ({@link AnswerEvidence#isRole}) and
     * "new" after it ("من القائد الجديد للقوة المشتركة لمجموعة دول الساحل الخمس؟"، "مين المدرب الجديد
     * للأهلي"، "the new coach"): the appointment is the newest of the post's stories, not the attack on
     * its headquarters a fortnight before.
     */
    private static boolean asksNewHolder(String asked) {
        List<String> words = AnswerEvidence.words(asked);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (AnswerEvidence.isRole(words.get(i)) && NEW_AFTER_POST.contains(words.get(i + 1))) return true;
        }
        return NEW_POST_ENGLISH.matcher(asked).find();
    }

    private static final Set<String> NEW_AFTER_POST = Set.of("جديد", "الجديد", "جديده", "الجديده");
    private static final Pattern NEW_POST_ENGLISH = Pattern.compile(
            "\\bnew (?:commander|chief|head|president|prime minister|coach|manager|minister|ambassador|governor|ceo|director)\\b");

    static final int NEW_TOPIC_WORDS = 5;
    private static final Pattern NEW = Pattern.compile("(?<!من )(?<!\\p{L})(?:ال)?جديد(?:ه)?(?!\\p{L})|\\bnew\\b");
    /**
     * Whether something has happened yet ("فتحوا الحدود بين الأردن وسوريا ولا لسا؟"، "كوبر مشي ولا
     * لسه؟"، "has Egypt raised fuel prices yet?"), in a question of any length: the newest story
     * tells where it stands.
     */
    private static final Pattern YET = Pattern.compile("(?<!\\p{L})لس(?:ه|ا|اتو|اته)(?!\\p{L})|\\byet\\b");

    /**
     * The question asks where something stands now, after the news it names: whether it has
     * happened yet ("اتقبض عليه ولا لسه؟"), how it ended ("بكم انباعت بالنهاية؟", "in the end"), what
     * it has come to so far ("قديش واحد نزّلو لهلأ؟", "so far"), or whether it ever did ("did the
     * police ever find…"). No date is named: the answer is the newest news, and a story older than
     * {@link #STANDING_NEWS} tells where it stood then ({@link AskService}: offered as older news,
     * dated, not as the answer). "Really" ("فعلا") checks a report and "finally" tells of an event;
     * neither asks what came after it.
     */
    static boolean asksWhereItStands(Question q) {
        if (q.when().isPresent()) return false;
        String asked = ArabicText.normalize(q.asked()).toLowerCase(Locale.ROOT);
        return YET.matcher(asked).find() || STANDING.matcher(asked).find();
    }

    /** How old the newest story may be to tell where something stands ({@link #asksWhereItStands}). */
    static final Duration STANDING_NEWS = Duration.ofDays(7);
    private static final Pattern STANDING = Pattern.compile(
            "(?<!\\p{L})(?:بالنهايه|فالاخر|(?:في|ف) الاخر|لهلا|لهلق|(?:لحد|لغايه|لغايت|حتي) (?:الان|دلوقتي|دلوقت|هلا|هلق|اليوم))(?!\\p{L})"
                    // whether it still is ("سرحوه ولا مازال محبوس؟"، "is it still there?")
                    + "|(?<!\\p{L})(?:ما ?زال|ما ?زالت|ما ?زالو|ما ?زالوا|لا يزال|لا تزال|لا يزالون|لا ?زال|لا ?زالت)(?!\\p{L})"
                    + "|\\bin the end\\b|\\beventually\\b|\\bso far\\b|\\bstill\\b|\\b(?:did|has|have|had|was|were)\\b[^?.]{0,60}\\bever\\b");

    /**
     * The question asks for the latest: it names no time, or only the year its clock is in ("بطل
     * الدوري السعودي 2018" asked in April 2018 is this season's champion).
     */
    static boolean asksLatest(Question q) {
        if (q.when().isPresent()) return false;
        Set<String> years = Evidence.years(q.asked());
        return years.isEmpty() || years.equals(Set.of(Integer.toString(q.now().getYear())));
    }
    /** Among those, a story ranked by its score counts up to twice when new, fading with this half-life. */
    static final Duration HALF_LIFE = Duration.ofDays(2);
    /**
     * Every story whose headline covers the question within this much of the best headline (and at
     * least the no-answer threshold) is about the topic and listed newest first.
     */
    static final float HEADLINE_SLACK = 0.2f;
    /** A past day asked for reaches this far beyond its end: the reports of its events. */
    static final Duration REPORT_DELAY = Duration.ofDays(1);
    /** A story published at the end of {@link #REPORT_DELAY} counts this share of its score. */
    static final float LATE_REPORT_WEIGHT = 0.5f;

    private Recency() {
    }

    /**
     * Any other question about now ({@link #asksAboutNow}) is most often asked while its story is news: a story
     * whose headline names at least {@link #NEWS_HEADLINE} of the question counts up to {@link
     * #NEWS_WEIGHT} more when new, fading with {@link #HALF_LIFE}. Relevance still leads: the boost
     * settles stories that match about as well ("هل سيطرت تركيا على عفرين؟" the day after the
     * capture gets its reports, not the week-old "near control" story), and a fresh story
     * that names the topic only in passing gets none. On the reader set (each question asked at its
     * own clock, within three days of its story) MRR@10 went from 0.811 to 0.865; asked 7 and 30 days
     * later ({@code nabaa eval --later 7}), when newer stories compete, from 0.538 to 0.539 and from
     * 0.431 to 0.425. The weight and the headline condition were chosen on the set's development
     * part: without the condition, at this weight or half of it, the gain at the own clock was as
     * large and the loss a week later three to five times larger.
     */
    static float newsBoost(Optional<Instant> published, Instant now) {
        return 1 + NEWS_WEIGHT * (boost(published, now) - 1);
    }

    /**
     * The question is about the news of now ({@link #newsBoost}): it names no time, only the year its
     * clock is in, or a period of at least {@link #CURRENT_PERIOD} that holds its clock ("هالسنة"،
     * "this month": "مين أخد نوبل للسلام هالسنة؟" is yesterday's laureates, not April's nomination talk).
     * Counting these too, the reader set's MRR@10 went from 0.874 to 0.880 (asked a week later, 0.539
     * to 0.541).
     */
    static boolean asksAboutNow(Question q) {
        if (asksLatest(q)) return true;
        if (q.when().isEmpty()) return false;
        DateRange asked = q.when().get();
        Instant clock = q.now().toInstant();
        return !clock.isBefore(asked.from()) && clock.isBefore(asked.to())
                && Duration.between(asked.from(), asked.to()).compareTo(CURRENT_PERIOD) >= 0;
    }

    static final Duration CURRENT_PERIOD = Duration.ofDays(28);

    static final float NEWS_WEIGHT = 0.5f;
    static final float NEWS_HEADLINE = 0.4f;
    /** A boost this small (a story over about three weeks old) changes nothing: its headline is not read. */
    static final float NEWS_NOTHING_GAINED = 1.001f;

    /** Up to twice the score for a story of now, fading with {@link #HALF_LIFE}; 1 without a date. */
    static float boost(Optional<Instant> published, Instant now) {
        if (published.isEmpty()) return 1f;
        double ageDays = Math.max(0, Duration.between(published.get(), now).toMinutes() / (24.0 * 60));
        return (float) (1 + Math.pow(0.5, ageDays / (HALF_LIFE.toMinutes() / (24.0 * 60))));
    }

    /** The range a ranked search for a past range reads: the range and the reports after it. */
    static DateRange withReports(DateRange asked) {
        return new DateRange(asked.from(), asked.to().plus(reportDelay(asked)));
    }

    /**
     * How long after a range its reports come: a day's events the next day ({@link #REPORT_DELAY}),
     * a month's figures (inflation, sales, visitors) up to {@link #MONTH_REPORT_DELAY} into the next, a
     * year's up to {@link #YEAR_REPORT_DELAY}.
     */
    static Duration reportDelay(DateRange asked) {
        Duration length = Duration.between(asked.from(), asked.to());
        if (length.compareTo(Duration.ofDays(365)) >= 0 && length.compareTo(Duration.ofDays(366)) <= 0) return YEAR_REPORT_DELAY;
        return length.compareTo(Duration.ofDays(27)) >= 0 && length.compareTo(Duration.ofDays(32)) <= 0
                ? MONTH_REPORT_DELAY : REPORT_DELAY;
    }

    /**
     * A year's figures are reported through the next year: Egypt's foreign investment of 2017 in July
     * 2018 ("جابت كام السنة اللي فاتت؟"), a company's annual results in its spring.
     */
    static final Duration YEAR_REPORT_DELAY = Duration.ofDays(365);

    /**
     * A month's figures are reported up to six weeks after it ends: Morocco's April inflation on 22
     * May, the Emirates' May inflation on 3 July, Germany's May exports on 9 July.
     */
    static final Duration MONTH_REPORT_DELAY = Duration.ofDays(45);

    /**
     * 1 for a story published within the asked range (or undated), falling linearly to {@link
     * #LATE_REPORT_WEIGHT} for one published {@link #REPORT_DELAY} after its end; that weight for any
     * report of a year published after it ({@link #YEAR_REPORT_DELAY}).
     */
    static float closeness(Optional<Instant> published, DateRange asked) {
        if (published.isEmpty() || published.get().isBefore(asked.to())) return 1f;
        // a year's report in July is no worse than one in May: the story that answers best comes first
        if (reportDelay(asked).equals(YEAR_REPORT_DELAY)) return LATE_REPORT_WEIGHT;
        double late = Duration.between(asked.to(), published.get()).toMinutes() / (double) reportDelay(asked).toMinutes();
        return (float) (1 - (1 - LATE_REPORT_WEIGHT) * Math.min(1, late));
    }

    /** A candidate with how fully its headline names the question. */
    record Scored(StoryGrouper.Candidate candidate, float inHeadline) {
        boolean answers(float threshold) {
            return candidate.coverage() >= threshold;
        }
    }

    /**
     * The candidates in the order a reader of now gets them: those that answer (coverage at least
     * {@code threshold}) first; of them, the last {@link #FRESH_WINDOW}'s before older ones; within
     * each, those about the question newest first, then the others by score (for a value, those
     * about it come first, the recent before the older). Those that do not answer follow by score.
     *
     * <p>A story is about a topic when its headline names the topic about as fully as the best
     * headline of its period does (within {@link #HEADLINE_SLACK}). For a value asked as it stands
     * ({@code value}: a price, a rate) the newest figure supersedes the others: a story is about it
     * when its text names every key word of the question ({@link StoryMaker#NAME_MISSING_BELOW}).
     */
    static List<StoryGrouper.Candidate> newestFirst(List<Scored> scored, Instant now, float threshold, boolean value) {
        Instant since = now.minus(FRESH_WINDOW);
        Predicate<Scored> recent = s -> s.candidate().published().filter(p -> !p.isBefore(since)).isPresent();
        float recentBar = headlineBar(scored, recent, threshold);
        float olderBar = headlineBar(scored, recent.negate(), threshold);
        Predicate<Scored> about = value ? s -> s.candidate().coverage() >= StoryMaker.NAME_MISSING_BELOW
                : s -> s.inHeadline() > 0 && s.inHeadline() >= (recent.test(s) ? recentBar : olderBar);
        // A figure is only worth its freshness when the story states it: for a value, a full answer
        // of last month beats this week's passing mention (a phone's price for "سعر الذهب").
        Comparator<Scored> tiers = value
                ? Comparator.comparing((Scored s) -> !about.test(s)).thenComparing(s -> !recent.test(s))
                : Comparator.comparing((Scored s) -> !recent.test(s)).thenComparing(s -> !about.test(s));
        Comparator<Scored> order = Comparator
                .comparing((Scored s) -> !s.answers(threshold))
                .thenComparing(tiers)
                .thenComparing((a, b) -> about.test(a) ? published(b).compareTo(published(a)) : 0)
                .thenComparing(Comparator.comparingDouble((Scored s) -> s.candidate().score()).reversed());
        List<Scored> sorted = new ArrayList<>(scored);
        sorted.sort(order);
        return sorted.stream().map(Scored::candidate).toList();
    }

    /** How fully a headline must name the question to be about it, among the answering candidates of a period. */
    private static float headlineBar(List<Scored> scored, Predicate<Scored> period, float threshold) {
        float best = 0;
        for (Scored s : scored) {
            if (s.answers(threshold) && period.test(s)) best = Math.max(best, s.inHeadline());
        }
        return Math.max(best - HEADLINE_SLACK, threshold);
    }

    private static Instant published(Scored s) {
        return s.candidate().published().orElse(Instant.MIN);
    }
}

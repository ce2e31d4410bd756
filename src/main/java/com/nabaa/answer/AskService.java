package com.nabaa.answer;

import com.nabaa.index.PassageHit;
import com.nabaa.index.PassageSearcher;
import com.nabaa.index.PassageSearchers;
import com.nabaa.news.Language;
import com.nabaa.question.FollowUps;
import com.nabaa.question.Question;
import com.nabaa.question.QuestionParser;
import com.nabaa.text.ArabicText;
import com.nabaa.text.MonthNames;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Question to answer. {@link Ranking} ranks the question's stories, {@link NoAnswer} decides
 * whether any answers, {@link StoryPage} makes the page the reader sees; this class only
 * orchestrates, and reads a question without its date phrase when that serves the reader better.
 *
 * <p>Each question is answered from one point-in-time view of the index, acquired once and
 * released when the answer is made: articles committed meanwhile never mix into it. The view is
 * seen at the reader's clock: no story published after it is ranked, listed as related or shown.
 * Thread-safe.
 */
public final class AskService implements Answers {
    /**
     * Read without its time filter, a question whose date phrase is its topic covers this much more
     * (MRR@10 XQuAD-ar 0.842 → 0.846, ARCD 0.715 → 0.719 with "في رمضان" and month names read as dates).
     */
    static final float DATE_AS_TOPIC = 0.3f;
    /**
     * Stories of another day than the reader named ("امبارح"), or older than a question about now
     * allows, are offered only when the first covers this much of the question; below it the reader is
     * told that nothing answers, with the latest related headlines, each with its date. Such an
     * offer is already one step from the question; a partial match of another time is two, and
     * in the evaluation sets it was nearly always the answer to a topic the news did not hold. Not
     * for a year or a month, which may be the topic, nor for a result (the sides' older match). In
     * {@code nabaa eval}: absent-topics.txt answered 47.5% → 37.5%, the six reader sets' absent
     * topics offered stories 5–10 points less often, no answerable question refused, XQuAD-ar's
     * and ARCD's no-answer unchanged (before a result's older match and an encyclopedia's "إلى
     * اليوم" were spared, XQuAD-ar's rose from 58 to 69 of 1,190).
     */
    static final float OFFERED_COVERAGE = 0.65f;

    private final PassageSearchers index;
    private final float threshold;
    private final QueryTerms.Analyzers analyzers = QueryTerms.Analyzers.create();

    /** {@code index}: hands out the view each question is answered from (a {@code NewsIndex}). */
    public AskService(PassageSearchers index) {
        this(index, NoAnswer.ANSWER_THRESHOLD);
    }

    /** With another no-answer threshold: for calibrating it ({@code nabaa eval --threshold}). */
    public AskService(PassageSearchers index, float threshold) {
        this.index = index;
        this.threshold = threshold;
    }

    /** The page of stories the request asks for, from one view of the index. */
    @Override
    public Answer ask(AskRequest request) {
        Question q = QuestionParser.parse(request.text(), request.now());
        // A chat reads "وبعدين؟" with its last answer; here there is none, and any story would be a guess.
        if (FollowUps.isFollowUp(q)) return needsTopic(q, request);
        try (PassageSearcher searcher = index.acquire(request.now().toInstant())) {
            Ranking ranking = new Ranking(searcher, analyzers, threshold);
            Reading reading = read(q, ranking, request, searcher);
            // An English question reads English articles above; Arabic news through its translation.
            Optional<EnglishReading> english = EnglishReading.of(q, searcher);
            if (english.isPresent()) {
                Optional<Reading> arabic = english.get().searchable()
                        ? Optional.of(read(english.get().arabic(), ranking, request, searcher)) : Optional.empty();
                // A name without Arabic may be heard in the stories the other words found.
                EnglishReading asTyped = english.get();
                Optional<EnglishReading> heard = arabic.flatMap(a -> asTyped.hearingNamesIn(found(a.ranked(), searcher), q, searcher));
                if (heard.isPresent()) {
                    english = heard;
                    arabic = Optional.of(read(heard.get().arabic(), ranking, request, searcher));
                }
                if (!english.get().ownLanguageAnswers(reading.ranked(), arabic.map(Reading::ranked))) {
                    return english.get().localize(answer(arabic.orElse(reading), request, searcher));
                }
            }
            return answer(reading, request, searcher);
        }
    }

    /**
     * The first stories' text, headline and every passage of their lead article, in rank order; when
     * none answers, those of the topic that do not tell what was asked ({@link Ranked#untold}).
     */
    private static List<String> found(Ranked ranked, PassageSearcher searcher) {
        List<PassageHit> leads = ranked.answering().isEmpty() ? ranked.untold()
                : ranked.answering().stream().map(g -> g.get(0).best()).toList();
        return leads.stream().limit(EnglishReading.HEARD_IN).map(lead -> {
            StringBuilder text = new StringBuilder(lead.title());
            searcher.passagesOf(lead.articleId()).forEach(p -> text.append('\n').append(p.passage()));
            return text.toString();
        }).toList();
    }

    /**
     * The ranking the reader gets, and whether it ignores the reader's date because nothing of
     * that date answered; {@code dayNamed}: that date says when, never what ("امبارح"، "النهارده"),
     * unlike a year or a month, which may be the topic; {@code firstPage}: its first page when the
     * choice needed it made.
     */
    private record Reading(Ranked ranked, boolean undated, boolean dayNamed, Optional<StoryPage> firstPage) {
        Reading(Ranked ranked, boolean undated) {
            this(ranked, undated, false, Optional.empty());
        }
    }

    /** The choice compares first pages, whichever page the request asks for: one ranking serves all pages. */
    private Reading read(Question q, Ranking ranking, AskRequest request, PassageSearcher searcher) {
        int n = request.stories();
        // The newest up to the requested page, and one more: whether more follow.
        int listed = request.offset() + n + 1;
        Ranked dated = ranking.rank(q, listed);
        if (q.when().isEmpty()) return new Reading(dated, false);
        if (!q.dateMayBeTopic()) {
            // "امبارح" says when, never what: only when that day has nothing are the newest stories
            // on the topic offered (the reader may have the day wrong; each story shows its date).
            if (dated.answers()) {
                if (asksMonthsFigure(q)) {
                    Optional<Ranked> giving = monthsFigureFirst(q, dated, searcher);
                    if (giving.isEmpty()) return new Reading(dated, true, true, Optional.empty());
                    dated = giving.get();
                }
                return new Reading(dated, q.asksCurrentValue() && stale(dated, q.when().get().from()), true, Optional.empty());
            }
            Ranked relaxed = ranking.rank(q.withoutTimeFilter(), listed);
            if (!relaxed.answers()) return new Reading(dated, false);
            if (AnswerType.of(q.asked()) != AnswerType.NUMBER) return new Reading(relaxed, true, true, Optional.empty());
            // "how much did he steal in 1958": a year an English question names is read as when, and its
            // figures are reported later
            StoryPage relaxedPage = StoryPage.of(relaxed, 0, n, searcher);
            boolean period = !relaxedPage.stories().isEmpty() && figuresOfPeriodAsked(q, relaxedPage.stories().get(0));
            return new Reading(relaxed, !period, !period, Optional.of(relaxedPage));
        }
        // A month, a year or a Hijri month may be part of the topic ("ماذا حدث في أكتوبر 1958؟", "ما
        // الذي يُفرض في رمضان؟") rather than the news date: the question is asked again with the
        // phrase as words, and that answer wins when the dated one found nothing or covers the
        // question far less.
        if (dated.answers() && asksMonthsFigure(q)) {
            Optional<Ranked> giving = monthsFigureFirst(q, dated, searcher);
            if (giving.isEmpty()) return new Reading(dated, true, false, Optional.empty());
            dated = giving.get();
        }
        StoryPage datedPage = StoryPage.of(dated, 0, n, searcher);
        Reading asDated = new Reading(dated, false, false, Optional.of(datedPage));
        float covered = datedPage.bestCoverage();
        if (covered + DATE_AS_TOPIC > 1) return asDated; // no undated answer can cover that much more
        Ranked relaxed = ranking.rank(q.withoutTimeFilter(), listed);
        if (!relaxed.answers()) return asDated;
        if (!dated.answers()) {
            // A past year named in the first story's headline is the year of the event that story
            // tells of ("حكم بإعدام 45 شخصا بتهمة قتل متظاهرين عام 2011", a verdict of 2018): it answers.
            // A story naming the year only in passing (the revolution of 2011 behind a party of 2018)
            // and a year to come (told of only as a plan) stay offered, under "nothing of that date".
            StoryPage relaxedPage = StoryPage.of(relaxed, 0, n, searcher);
            // So is a day the headline names as the event's ("ترحل مغربيا متورطا في هجمات 11 سبتمبر" for
            // "متورط فهجمات 11 شتنبر"): the reader named the event by its date, not the news's.
            boolean eventsYear = !relaxedPage.stories().isEmpty() && !q.latest()
                    && (namesPastYear(q, relaxedPage.stories().get(0).headline())
                    || toldOfLongPastYear(q, relaxedPage.stories().get(0), relaxed.terms())
                    || namesDayAsked(q, relaxedPage.stories().get(0).headline())
                    || namesMonthAsked(q, relaxedPage.stories().get(0).headline())
                    || figuresOfPeriodAsked(q, relaxedPage.stories().get(0)));
            return new Reading(relaxed, !eventsYear, false, Optional.of(relaxedPage));
        }
        StoryPage relaxedPage = StoryPage.of(relaxed, 0, n, searcher);
        return relaxedPage.bestCoverage() >= covered + DATE_AS_TOPIC
                ? new Reading(relaxed, false, false, Optional.of(relaxedPage)) : asDated;
    }

    /**
     * A month's statistics: the inflation, unemployment, deficit, sales, trade, output, reserves or visitors of
     * a month are counted once it has ended and reported in the weeks after.
     */
    private static final Set<String> MONTHS_FIGURES = normalized(
            "تضخم", "بطاله", "عجز", "فائض", "مبيعات", "صادرات", "واردات", "انتاج", "احتياطي", "احتياطيات", "سياح", "سائح", "زوار",
            "عائدات", "ايرادات", "تحويلات", "inflation", "unemployment", "jobless", "deficit", "surplus", "sales", "exports", "imports",
            "output", "reserves", "tourists", "visitors", "remittances");

    private static Set<String> normalized(String... words) {
        return java.util.Arrays.stream(words).map(w -> ArabicText.normalize(w).toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Whether the question asks a month's statistic ({@link #MONTHS_FIGURES}) of a whole month it names
     * ("التضخم في تركيا بشهر أكتوبر وصل كم؟").
     */
    static boolean asksMonthsFigure(Question q) {
        if (q.when().isEmpty() || AnswerType.of(q.asked()) != AnswerType.NUMBER) return false;
        ZoneId zone = q.now().getZone();
        LocalDate from = q.when().get().from().atZone(zone).toLocalDate();
        LocalDate last = q.when().get().to().minusMillis(1).atZone(zone).toLocalDate();
        if (from.getDayOfMonth() != 1 || !last.equals(from.withDayOfMonth(from.lengthOfMonth()))) return false;
        return !statisticsAsked(q).isEmpty();
    }

    /**
     * For a question asking a month's statistic ({@link #asksMonthsFigure}), the ranking with the first
     * of its best {@value #MONTHS_FIGURE_READ} stories that gives it ({@link #givesMonthsFigure}) first;
     * empty when none does: the stories are offered under "nothing of that date" rather than as the
     * answer. September's inflation, reported on 3 October, does not answer October's; nor June's trade
     * surplus, reported in August, July's, nor a minister's promise for "October's figures".
     */
    private static Optional<Ranked> monthsFigureFirst(Question q, Ranked dated, PassageSearcher searcher) {
        List<Story> stories = StoryPage.of(dated, 0, MONTHS_FIGURE_READ, searcher).stories();
        if (stories.isEmpty() || givesMonthsFigure(q, stories.get(0))) return Optional.of(dated);
        // A later story leads only when it names the statistic and the month beside a figure (one merely
        // published after the month may be of anything), and covers the question about as fully as the
        // first: another country's unemployment in May is no lead for South Korea's.
        float least = MONTHS_FIGURE_COVERAGE * stories.get(0).coverage();
        return stories.stream().filter(s -> s.coverage() >= least && namesMonthsFigure(q, s)).findFirst()
                .map(s -> dated.leading(s.articleId()));
    }

    /** How fully, against the first story, a story naming the month's figure must cover the question to lead. */
    static final float MONTHS_FIGURE_COVERAGE = 0.8f;

    /** How many of a month's statistic's first stories are read for one that gives it. */
    static final int MONTHS_FIGURE_READ = 5;

    /**
     * Whether a story gives the statistic of the month asked: its headline or a sentence of its summary
     * names that month beside a figure, or it was published after the month ended and names no other
     * month beside a figure (a report of the month may say "last month").
     */
    static boolean givesMonthsFigure(Question q, Story story) {
        if (namesMonthsFigure(q, story)) return true;
        Instant end = q.when().get().to();
        return story.published().filter(p -> p.isBefore(end)).isEmpty()
                && figuresOf(story).stream().allMatch(s -> AnswerEvidence.monthsNamed(s).isEmpty());
    }

    /**
     * Whether the story's headline or a sentence of its summary names the statistic asked and the month
     * asked beside a figure ("فائض… 22.19 مليار دولار في إبريل"; not "لاغارد… في 6 يوليو", a day).
     */
    private static boolean namesMonthsFigure(Question q, Story story) {
        int month = q.when().get().from().atZone(q.now().getZone()).getMonthValue();
        Set<String> asked = statisticsAsked(q);
        return figuresOf(story).stream().anyMatch(s -> AnswerEvidence.monthsNamed(s).contains(month)
                && asked.stream().anyMatch(ArabicText.normalize(s).toLowerCase(java.util.Locale.ROOT)::contains));
    }

    /** The month's statistics ({@link #MONTHS_FIGURES}) the question names, as normalized. */
    private static Set<String> statisticsAsked(Question q) {
        Set<String> out = new HashSet<>();
        for (String word : AnswerEvidence.words(q.asked())) {
            AnswerEvidence.forms(word).stream().filter(MONTHS_FIGURES::contains).forEach(out::add);
        }
        return out;
    }

    /** The story's headline and summary sentences that hold a figure. */
    private static List<String> figuresOf(Story story) {
        List<String> figures = new java.util.ArrayList<>(story.summary());
        figures.add(story.headline());
        figures.removeIf(s -> !FIGURE.matcher(s).find());
        return figures;
    }

    /** A figure: a digit, Western or Arabic-Indic. */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[0-9٠-٩]");

    /**
     * Whether the question asks a figure of a past year or month ("كم عدد السياح اللي جم مصر سنة
     * 2017؟"، "كام نسبة التضخم في شهر مايو؟", "how much did he steal in 1958") and {@code first} names that period in its headline or
     * summary: a year's or a month's figures are reported once it has ended, so the report the
     * reader's date does not hold gives them ("… 8 ملايين سائح خلال عام 2017", published in 2018).
     * A story naming the year only in passing is not read: the summary is the story's sentences
     * that cover the question.
     */
    static boolean figuresOfPeriodAsked(Question q, Story first) {
        if (q.when().isEmpty() || AnswerType.of(q.asked()) != AnswerType.NUMBER) return false;
        ZoneId zone = q.now().getZone();
        LocalDate from = q.when().get().from().atZone(zone).toLocalDate();
        LocalDate last = q.when().get().to().minusMillis(1).atZone(zone).toLocalDate();
        if (!q.when().get().to().isBefore(q.now().toInstant().plusSeconds(1)) || from.getDayOfMonth() != 1) return false;
        String text = first.headline() + "\n" + String.join("\n", first.summary());
        boolean wholeYear = from.getDayOfYear() == 1 && last.equals(from.withDayOfYear(from.lengthOfYear()));
        if (wholeYear) return Evidence.years(text).contains(Integer.toString(from.getYear()));
        boolean wholeMonth = last.equals(from.withDayOfMonth(from.lengthOfMonth()));
        return wholeMonth && AnswerEvidence.monthsNamed(text).contains(from.getMonthValue());
    }

    /**
     * Whether {@code first} tells of a year the question names, {@value #LONG_PAST} years or more
     * before the clock's, in a sentence of its summary that holds {@value #YEAR_SENTENCE_TERMS} of the
     * question's words or more: "قرب أي مدينة عُثر عام 1987 على جثة الفتاة…" is answered by the 2018
     * story of the DNA test, whose summary tells that the girl's body was found near Blois in 1987. No
     * news of such a year is what the reader asks; a year named in passing (the protests of 2011
     * behind a party of 2018, beside one word of the question) is not the story's, and a year just
     * past may be a news date, read by the headline alone ({@link #namesPastYear}).
     */
    static boolean toldOfLongPastYear(Question q, Story first, QueryTerms terms) {
        Set<String> asked = new HashSet<>();
        Evidence.years(q.asked()).stream().filter(y -> Integer.parseInt(y) <= q.now().getYear() - LONG_PAST).forEach(asked::add);
        if (asked.isEmpty()) return false;
        for (String sentence : first.summary()) {
            if (Evidence.years(sentence).stream().noneMatch(asked::contains)) continue;
            Set<String> held = new HashSet<>(terms.analyze(sentence));
            long shared = terms.terms().stream().filter(t -> !t.chars().allMatch(Character::isDigit) && terms.found(t, held)).count();
            if (shared >= YEAR_SENTENCE_TERMS) return true;
        }
        return false;
    }

    /** How many years before the clock's a year the question names is history, not a news date. */
    static final int LONG_PAST = 2;
    /** How many of the question's words a summary's sentence tells beside the year it names. */
    static final int YEAR_SENTENCE_TERMS = 3;

    /** Whether {@code headline} names a year the question names, one before the question's clock's. */
    private static boolean namesPastYear(Question q, String headline) {
        Set<String> named = Evidence.years(headline);
        return Evidence.years(q.asked()).stream().anyMatch(y -> Integer.parseInt(y) < q.now().getYear() && named.contains(y));
    }

    /**
     * Whether {@code headline} names the single day the question's date phrase names, by its day
     * and any of its month's names (سبتمبر، أيلول، شتنبر).
     */
    static boolean namesDayAsked(Question q, String headline) {
        if (q.when().isEmpty() || Duration.between(q.when().get().from(), q.when().get().to()).compareTo(Duration.ofHours(36)) > 0) {
            return false;
        }
        LocalDate day = q.when().get().from().atZone(q.now().getZone()).toLocalDate();
        String[] words = ArabicText.normalize(headline).split("[^\\p{L}0-9]+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (!words[i].equals(Integer.toString(day.getDayOfMonth()))) continue;
            String month = words[i + 1];
            for (Map.Entry<String, Integer> e : MonthNames.ARABIC.entrySet()) {
                String name = ArabicText.normalize(e.getKey());
                if (e.getValue() == day.getMonthValue() && (month.equals(name) || name.startsWith(month + " "))) return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code headline} names the month the question's date phrase names, a whole month
     * ("في ديسمبر"): "السعودية تستضيف بطولة فورمولا إي في ديسمبر", published in May, is the story of the
     * race "اللي بيستضيفونه بالسعودية في ديسمبر". The reader named the event by its month, not the news's.
     */
    static boolean namesMonthAsked(Question q, String headline) {
        if (q.when().isEmpty()) return false;
        ZoneId zone = q.now().getZone();
        LocalDate from = q.when().get().from().atZone(zone).toLocalDate();
        LocalDate last = q.when().get().to().minusMillis(1).atZone(zone).toLocalDate();
        boolean wholeMonth = from.getDayOfMonth() == 1 && last.equals(from.withDayOfMonth(from.lengthOfMonth()));
        return wholeMonth && AnswerEvidence.monthsNamed(headline).contains(from.getMonthValue())
                && asksInMonth(q.asked(), from.getMonthValue());
    }

    /**
     * Whether the question names the month as a time, after في، خلال، شهر، من، أول، مطلع… or an attached
     * ب ("في ديسمبر"، "من أول يوليو"، "بديسمبر"): the Maghreb's أوت (August) in "مواقف أوت لت مول" is a
     * mall's name, which the headline of its fire names too.
     */
    private static boolean asksInMonth(String asked, int month) {
        String[] words = ArabicText.normalize(asked).split("[^\\p{L}0-9]+");
        for (Map.Entry<String, Integer> e : MonthNames.ARABIC.entrySet()) {
            if (e.getValue() != month) continue;
            String name = ArabicText.normalize(e.getKey()).split(" ")[0];
            for (int i = 0; i < words.length; i++) {
                boolean after = i > 0 && IN_MONTH.contains(words[i - 1]) && words[i].equals(name);
                if (after || words[i].equals("ب" + name) || words[i].equals("وب" + name)) return true;
            }
        }
        return false;
    }

    private static final Set<String> IN_MONTH = Set.of("في", "فى", "خلال", "شهر", "بشهر", "وفي", "ف", "من", "منذ", "اول",
            "مطلع", "منتصف", "نهايه", "اواخر", "اواءل", "حتي", "الي");

    /** The ranking's first story was published more than {@link Recency#FRESH_VALUE} before {@code from}. */
    private static boolean stale(Ranked ranked, Instant from) {
        return ranked.firstPublished().filter(p -> p.isBefore(from.minus(Recency.FRESH_VALUE))).isPresent();
    }

    private Answer answer(Reading reading, AskRequest request, PassageSearcher searcher) {
        Ranked ranked = reading.ranked();
        Question q = ranked.question();
        int offset = request.offset();
        Language language = replyLanguage(q.language(), request.readerLanguage());
        if (!ranked.answers()) return nothingFound(ranked, offset, language, searcher);
        StoryPage page = offset == 0 && reading.firstPage().isPresent()
                ? reading.firstPage().get() : StoryPage.of(ranked, offset, request.stories(), searcher);
        Answer.Kind kind = kind(reading);
        boolean offered = kind == Answer.Kind.UNDATED || kind == Answer.Kind.OLDER;
        boolean newestOfNow = kind == Answer.Kind.OLDER && asksWhatIsNew(q) && !ranked.listsNewest();
        if (newestOfNow || kind == Answer.Kind.UNDATED && reading.dayNamed()) {
            // Decided on the first page's first story, whichever page is asked: every page agrees.
            StoryPage first = offset == 0 ? page : StoryPage.of(ranked, 0, 1, searcher);
            Story best = first.stories().get(0);
            if (best.coverage() < OFFERED_COVERAGE) {
                return nothingFound(Ranked.lacking(q, ranked.terms(), best.missing()), offset, language, searcher);
            }
        }
        // The correction belongs with the first page, under the story it was checked against.
        Optional<String> correction = offset > 0 || ranked.listsNewest() || page.stories().isEmpty() ? Optional.empty()
                : SpellingChoice.correctionShownIn(page.stories().get(0), q, ranked.terms(), searcher);
        // Stories of other dates, or older than asked, are offered, not the answer: no » line of theirs.
        Optional<String> direct = offered ? Optional.empty() : page.directAnswer();
        return new Answer(q.asked(), q.now(), language, q.topicWords(), kind, page.stories(),
                direct, correction, List.of(), offset, page.more());
    }

    private static Answer nothingFound(Ranked ranked, int offset, Language language, PassageSearcher searcher) {
        Question q = ranked.question();
        NoAnswer none = NoAnswer.of(ranked, searcher);
        return new Answer(q.asked(), q.now(), language, q.topicWords(), Answer.Kind.NOTHING_FOUND, List.of(),
                Optional.empty(), none.suggestion(), none.related(), offset, false, Optional.empty(), none.missing());
    }

    private static Answer needsTopic(Question q, AskRequest request) {
        return new Answer(q.asked(), q.now(), replyLanguage(q.language(), request.readerLanguage()), List.of(),
                Answer.Kind.NEEDS_TOPIC, List.of(), Optional.empty(), Optional.empty(), List.of(), request.offset(), false);
    }

    private static Answer.Kind kind(Reading reading) {
        if (reading.undated()) return Answer.Kind.UNDATED;
        Ranked ranked = reading.ranked();
        if (staleForNow(ranked)) return Answer.Kind.OLDER;
        return ranked.listsNewest() || ranked.question().latest() ? Answer.Kind.LATEST : Answer.Kind.ANSWERED;
    }

    /**
     * The question names no date or year, or only the clock's year or a period holding the clock
     * ({@link Recency#asksAboutNow}), and its first story, on any page, is older than the
     * question allows: a price or a rate as it stands ({@link Recency#FRESH_VALUE}), where something stands
     * after its news ({@link Recency#STANDING_NEWS}), a result or the news of a topic ({@link
     * Recency#RECENT_NEWS}), any other question ({@link Recency#NOT_RECENT}).
     * Older stories are offered as the newest there are, not as the answer: in 2022 the 2018 match of
     * the same teams is not "the result", nor a 2018 royal wedding the Queen's death.
     */
    private static boolean staleForNow(Ranked ranked) {
        Question q = ranked.question();
        // The clock's year or a period holding the clock ("Ballon d'Or 2018" asked in December 2018,
        // "هالسنة") is about now as much as no time is.
        // A year after the clock's names a plan or an event to be ("كأس العالم 2034"), never when the news
        // was: asked years after every story, the question is about now as much as one naming no time;
        // the plan's own older stories may rank first, so the newest of the first few is what counts
        // ("Who will host the 2026 World Cup?" the day after the vote, its report second).
        boolean ahead = !Recency.namesNoTime(q) && !Recency.asksAboutNow(q) && namesOnlyYearsAhead(q);
        boolean aboutNow = Recency.namesNoTime(q) || Recency.asksAboutNow(q) || ahead;
        Optional<Instant> published = ahead ? ranked.newestPublished(AHEAD_STORIES) : ranked.firstPublished();
        if (!aboutNow || published.isEmpty()) return false;
        Duration fresh = Recency.allowedAge(q, ranked.listsNewest() || ResultFocus.of(q, ranked.terms()).isPresent());
        return published.get().isBefore(q.now().toInstant().minus(fresh));
    }

    /** How many of the first stories a question naming a year ahead is answered from, the newest counting. */
    private static final int AHEAD_STORIES = 3;

    /** The question names no date, and only years after its clock's ("هتستضيف كاس العالم 2034"). */
    private static boolean namesOnlyYearsAhead(Question q) {
        Set<String> years = Evidence.years(q.asked());
        return q.when().isEmpty() && !years.isEmpty()
                && years.stream().allMatch(y -> Integer.parseInt(y) > q.now().getYear());
    }

    /**
     * A price or a rate as it stands, or the latest of a topic. Not a result: the teams' older
     * match names the sides the reader asked about, and a question of an encyclopedia read as one
     * ("ما النتيجة النهائية لمباراة…") has its answer in an undated text ranked below.
     */
    private static boolean asksWhatIsNew(Question q) {
        return q.asksCurrentValue() || q.latest();
    }

    /**
     * The language to reply in: the question's own when it has Arabic or Latin letters, else the
     * reader's when known (and Arabic or English), else Arabic, the product's main language.
     */
    static Language replyLanguage(Language question, Optional<Language> reader) {
        if (question != Language.OTHER) return question;
        return reader.filter(l -> l != Language.OTHER).orElse(Language.ARABIC);
    }
}

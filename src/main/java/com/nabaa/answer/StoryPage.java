package com.nabaa.answer;

import com.nabaa.index.PassageHit;
import com.nabaa.index.PassageSearcher;
import com.nabaa.news.Language;
import com.nabaa.question.Question;
import com.nabaa.text.ArabicText;
import com.nabaa.text.ScoreLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page of a ranking's stories as the reader sees them: stories {@code offset..offset+n-1},
 * each made from its articles (lead, summary, other reports), and whether more follow. Only the
 * first page has a direct answer: the page after it continues the same list.
 *
 * @param stories      the page's stories, in rank order
 * @param directAnswer one sentence of the first story that clearly answers, on the first page
 * @param more         the ranking has stories after this page
 */
record StoryPage(List<Story> stories, Optional<String> directAnswer, boolean more) {
    /**
     * A summary sentence covering this much of the question is shown as the direct answer, unless
     * the reader asked for the news of a topic ("ترامب"، "آخر أخبار اليمن"): any sentence naming it
     * would qualify, and none answers anything. A price or a rate typed alone ("سعر الذهب") is a
     * question: the newest figure answers it. A result question's direct answer is its score line
     * ({@link ResultFocus#directAnswer}), even for the newest result of a team.
     */
    static final float DIRECT_ANSWER = 0.7f;
    /**
     * {@link #DIRECT_ANSWER} for an English question read through its Arabic: each translated word
     * counts in any of the glossary's forms (its verbs, synonyms and other senses), so a sentence
     * covers more of a translation by chance. With the glossary's forms of 2026-12-05 at 0.7, the
     * English questions' » lines over every look were right 72 times of 88 (81.8%); at 0.8, 60 of 69
     * (87.0%), and over all the looks 90.2% against 88.7%.
     */
    static final float DIRECT_ANSWER_TRANSLATED = 0.8f;

    /**
     * The direct answer is a claim: it comes only from a story whose headline is itself about the
     * question, covering at least this share of it. A sentence of a story headlined about
     * something else (a minister's youth policy for "مين رئيس الوزرا الجديد؟", Barcelona's season
     * for "منو أخذ كاس الملك؟") repeats the question's words by chance more often than it answers:
     * » lines right went from 80.5% (33 of 41) to 86.1% (31 of 36) in the reader set. At half
     * the question it reached 90.9% (30 of 33), but also took the » line from "البورصة تربح 12
     * مليار جنيه" for "كم ربحت البورصة المصرية؟", whose verb the headline conjugates otherwise. Not for a
     * price or a rate as it stands: the newest figure answers it under any headline ("أسعار النفط
     * ترتفع…" for "قديش سعر برميل برنت؟").
     */
    static final float HEADLINE_FOR_DIRECT_ANSWER = 0.35f;

    /** A price or a rate is a figure: a sentence without one does not state it. */
    static final Pattern HAS_DIGIT = Pattern.compile("[0-9\u0660-\u0669\u06F0-\u06F9]");

    StoryPage {
        stories = List.copyOf(stories);
        Objects.requireNonNull(directAnswer, "directAnswer");
    }

    static StoryPage of(Ranked ranked, int offset, int n, PassageSearcher searcher) {
        if (ranked.newest().isPresent()) return newest(ranked.newest().get(), offset, n);
        List<List<StoryGrouper.Candidate>> answering = ranked.answering();
        int end = Math.min(answering.size(), offset + n);
        List<Story> stories = new ArrayList<>();
        Optional<String> direct = Optional.empty();
        Question q = ranked.question();
        StoryMaker maker = new StoryMaker(searcher, ranked.terms(), q.searchText(),
                Optional.of(q.asked()).filter(a -> q.result().isEmpty() && AnswerEvidence.asksCount(a)));
        Optional<ResultFocus> result = ResultFocus.of(ranked.question(), ranked.terms());
        for (int i = offset; i < end; i++) {
            List<StoryGrouper.Candidate> group = answering.get(i);
            // A win's report, or for a time asked about a report of its events (Ranking put it first),
            // leads its story over the preview grouped with it.
            boolean reportLeads = result.map(r -> r.reportLeads(group)).orElse(false)
                    || ranked.question().when().isPresent() && group.size() > 1 && !AnswerEvidence.awaits(group.get(0).best().title())
                    && group.stream().anyMatch(c -> AnswerEvidence.awaits(c.best().title()));
            StoryMaker.Made made = maker.make(group, reportLeads);
            if (i == 0) direct = directAnswer(ranked, made, result);
            stories.add(made.story());
        }
        return new StoryPage(stories, direct, answering.size() > end);
    }

    /**
     * The first story's direct answer: a result's score line ({@link ResultFocus#directAnswer}) or
     * its lead's best sentence ({@link #directAnswer(Question, Summarizer.Summary)}), when it tells
     * of the question's time ({@link Evidence#tellsOfItsTime}) and the story's headline is about the
     * question ({@link #HEADLINE_FOR_DIRECT_ANSWER}).
     */
    private static Optional<String> directAnswer(Ranked ranked, StoryMaker.Made made, Optional<ResultFocus> result) {
        Question q = ranked.question();
        Story story = made.story();
        boolean headlineAbout = q.asksCurrentValue()
                || ranked.terms().coverageOf(story.headline()) >= HEADLINE_FOR_DIRECT_ANSWER;
        if (!headlineAbout) return Optional.empty();
        // "بكم فاز بوتين؟" asks the margin: a sentence telling the win without a figure or a score does not answer it.
        if (result.isPresent()) {
            return result.get().directAnswer(made.leadText(), ranked.terms(), DIRECT_ANSWER)
                    .filter(d -> AnswerType.of(q.asked()) != AnswerType.NUMBER || HAS_DIGIT.matcher(d).find()
                            || ScoreLines.in(d))
                    .filter(d -> !RunningText.readsAsHeadline(d))
                    // "فاز على مين بالنهائي؟" is not answered by the semi-final's score
                    .filter(d -> !AnswerEvidence.namesOtherRound(d, q.asked()))
                    .filter(d -> Evidence.tellsOfItsTime(d, story.headline(), story.published(), q));
        }
        return directAnswer(q, made.summary(), ranked.terms(), d -> !RunningText.readsAsHeadline(d)
                && Evidence.tellsOfItsTime(d, story.headline(), story.published(), q)
                && agreesWithHeadline(d, story.headline(), q));
    }

    private static final Pattern FIGURE = Pattern.compile("(?<![0-9.,])[0-9]+(?:[.,][0-9]+)?(?![0-9])");

    /**
     * For "how many" or "how much": a sentence giving figures answers only when one of them is a
     * figure its headline gives, if the headline gives any but years and the question's own. The
     * headline states the news ("سجن صفوت الشريف 3 سنوات"); a sentence with other figures tells an
     * earlier verdict or another count ("وصدر الحكم الأول … بالسجن 5 سنوات"). A sentence writing
     * its figure in words is not compared.
     */
    static boolean agreesWithHeadline(String sentence, String headline, Question q) {
        if (AnswerType.of(q.asked()) != AnswerType.NUMBER) return true;
        Set<String> asked = figures(q.asked());
        Set<String> told = figures(headline);
        told.removeAll(asked);
        told.removeIf(f -> f.matches("(19|20)[0-9]{2}"));
        Set<String> given = figures(sentence);
        given.removeAll(asked);
        if (told.isEmpty() || given.isEmpty()) return true;
        // A headline rounds: "أكثر من 7 ملايين مسافر" for the sentence's 7.6 million.
        Set<String> whole = new HashSet<>();
        told.forEach(f -> whole.add(wholePart(f)));
        return given.stream().anyMatch(f -> told.contains(f) || whole.contains(wholePart(f)));
    }

    private static String wholePart(String figure) {
        int dot = figure.indexOf('.');
        return dot < 0 ? figure : figure.substring(0, dot);
    }

    private static Set<String> figures(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = FIGURE.matcher(ArabicText.normalize(text));
        while (m.find()) out.add(m.group().replace(',', '.'));
        return out;
    }

    /**
     * The lead's best sentence, when it covers the question enough, the reader asked a question (a
     * price or a rate asked as it stands is one, and is answered by a figure), it holds what the
     * question asks for ({@link AnswerType}): a "who" is answered by a name, a "how many" by a
     * figure, a "when" by a date, beyond the question's own words, and {@code tellsTheStory}. When
     * the question asks of an outcome ({@link EventWords.Kind#outcome}: "أحد توفى؟") the sentence
     * tells it, or another of the lead's sentences scoring nearly as well ({@link
     * Summarizer#CONTENDER}) that does answers instead. In nabaa eval the » lines right went from
     * 89.1% (106 of 119) to 89.9% (107 of 119) on the looks 2–11 and from 6 of 9 to 6 of 7 on the
     * thirteenth; the reader set's and the fourteenth look's stayed the same.
     */
    private static Optional<String> directAnswer(Question q, Summarizer.Summary summary, QueryTerms terms,
                                                 Predicate<String> tellsTheStory) {
        if (q.latest() && !q.asksCurrentValue() || summary.bestSentence().isEmpty()) return Optional.empty();
        AnswerType type = AnswerType.of(q.asked());
        Set<AnswerType> also = AnswerType.alsoAsked(q.asked());
        String asked = askedWords(q);
        // a price is answered by a sum of money, not by the number of tickets sold
        boolean price = AnswerEvidence.asksPrice(q.asked());
        Predicate<String> answers = s -> (!q.asksCurrentValue() || HAS_DIGIT.matcher(s).find())
                && (!price || AnswerEvidence.givesPrice(s, false))
                && AnswerEvidence.holds(type, s, asked) && tellsTheStory.test(s)
                // "فاش من مهرجان كرموها؟": a sentence naming no festival does not tell which (as typed:
                // an English question's "which" is read in its own words)
                && (type != AnswerType.OTHER || AnswerEvidence.namesWhich(s, q.asked(), terms::analyze))
                // "ما اسم نجل البغدادي، وأين قُتل؟": the place alone is half an answer; a name may be a person's
                && also.stream().allMatch(t -> AnswerEvidence.holds(t, s, asked)
                        || t == AnswerType.NAME && AnswerEvidence.holds(AnswerType.PERSON, s, asked));
        String best = summary.bestSentence();
        // an English question read through its Arabic words (Question.inArabic); English articles answer as any
        boolean translated = q.language() == Language.ARABIC && !ArabicText.hasArabic(q.asked());
        float least = translated ? DIRECT_ANSWER_TRANSLATED : DIRECT_ANSWER;
        if (summary.bestCoverage() < least || !answers.test(best)) return Optional.empty();
        List<EventWords.Kind> events = EventWords.askedIn(q.asked(), terms).stream().filter(EventWords.Kind::outcome).toList();
        if (tellsEvents(best, events, terms)) return Optional.of(best);
        // "أحد توفى؟" of a storm: the best sentence tells its path, the next one the girl it killed.
        return summary.runnersUp().stream()
                .filter(s -> terms.coverageOf(s) >= least && answers.test(s) && tellsEvents(s, events, terms))
                .findFirst();
    }

    private static boolean tellsEvents(String sentence, List<EventWords.Kind> events, QueryTerms terms) {
        if (events.isEmpty()) return true;
        return events.stream().allMatch(kind -> kind.toldBy(sentence, terms::analyze));
    }

    /**
     * What the question already says: as typed, as searched and in its other spellings (an English
     * question's "Boris Johnson" is searched as جونسون and also written بوريس جونسون): a name among
     * them is no answer to "who".
     */
    private static String askedWords(Question q) {
        StringBuilder out = new StringBuilder(q.asked()).append(' ').append(q.searchText());
        q.spellings().forEach(s -> s.alternatives().forEach(a -> out.append(' ').append(a)));
        return out.toString();
    }

    /** The newest stories, for "آخر الأخبار" or "أخبار الرياضة اليوم": each article's first passage. */
    private static StoryPage newest(List<PassageHit> newest, int offset, int n) {
        int end = Math.min(newest.size(), offset + n);
        List<Story> stories = newest.subList(Math.min(offset, end), end).stream()
                .map(h -> new Story(h.articleId(), h.title(), h.published(), h.source(), h.url(),
                        List.of(h.passage()), 0f, 1f, h.breaking(), List.of()))
                .toList();
        return new StoryPage(stories, Optional.empty(), newest.size() > end);
    }

    /** The most any story of the page covers (the first is not the best when the newest come first). */
    float bestCoverage() {
        return (float) stories.stream().mapToDouble(Story::coverage).max().orElse(0);
    }
}

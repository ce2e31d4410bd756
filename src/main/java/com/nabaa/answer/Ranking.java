package com.nabaa.answer;

import com.nabaa.index.PassageHit;
import com.nabaa.index.PassageSearcher;
import com.nabaa.index.SearchFilter;
import com.nabaa.index.WholeArticles;
import com.nabaa.news.Language;
import com.nabaa.question.DateRange;
import com.nabaa.question.Question;
import com.nabaa.text.ArabicText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.search.Query;

/**
 * Ranks a question's candidate stories in one view of the index: BM25 over headline and passage
 * finds the best passage of the best articles, BM25 over whole articles adds its best articles and
 * evidence for each, each passage's score is weighed by how much of the question it covers, plus
 * its whole article's score, and, when the reader wants the news of now or names a past day, by
 * its time ({@link Recency}), and the articles are grouped into stories. A question without words to search
 * lists the newest stories instead.
 */
final class Ranking {
    static final int CANDIDATE_PASSAGES = 100;
    static final int CANDIDATE_ARTICLES = 20;
    /**
     * BM25 alone ranks a passage that repeats one rare question word above one that holds the
     * whole question; the passage's score is multiplied by this plus its coverage of the question
     * (MRR@10 on XQuAD-ar 0.833 → 0.844, ARCD 0.710 → 0.717, measured by {@code nabaa eval}).
     */
    static final float COVERAGE_FLOOR = 0.5f;
    /** Words found in the same order on this many pages are no page's own: a teaser or a site's boilerplate. */
    static final int TEASER_PAGES = 3;
    /**
     * … and a page whose headline covers less of the question than this, found by them below its lead,
     * is found only by them: the teasers' pages cover 0.00–0.05 of a question their teaser answers; one
     * of the copies of a story a site updated (the Syrian amnesty's "الفارين", 0.23) is its own.
     */
    static final float TEASER_TITLE_COVERAGE = 0.1f;
    /**
     * A story whose headline names months, none of them the one the reader asks about ("… 11.4% في
     * مايو" for "في يونيو"), counts this share of its score: it reports another month's figure.
     */
    static final float OTHER_MONTH = 0.5f;
    /** How many of the best stories are read whole for their evidence ({@link Evidence}). */
    static final int EVIDENCE_CHECKED = 10;
    /**
     * A story read after one of the question's topic that does not tell what the question asks must
     * be told ({@link Evidence.Verdict#UNTOLD}: a kind of event, a sum) answers only when it covers at
     * least this share of that one's coverage: when the story of the crown prince paying the clubs'
     * debts gives no sum, a story of an Egyptian tycoon's debts is no answer to "how much did he pay".
     * Applied to every refused story, it raised XQuAD-ar's no-answer from 58 to 64 of 1,190.
     */
    static final float FALLBACK_COVERAGE = 0.8f;
    /**
     * Weight of the whole article's BM25 (headline and every passage as one text) added to the
     * weighed passage score: an answer whose words are spread over paragraphs has no passage that
     * holds them all, but its article does. Measured with {@code ./nabaa eval} on the dev parts
     * (held-out excluded), with {@link #WHOLE_ARTICLE_COVERAGE}: reader set MRR@10 0.610 → 0.626,
     * XQuAD-ar 0.849 → 0.857, ARCD 0.729 → 0.735. Without that coverage, at 0.25 and 0.5 the reader
     * set gained less (0.610, 0.614); at 1.5 and 2.5 it gained as much or more (0.624, 0.631), but
     * XQuAD-ar lost (0.856, 0.852) and refused more (no answer 3.8% at 1.0, 4.1%, 4.8%).
     */
    static final float WHOLE_ARTICLE_WEIGHT = 1.0f;
    /**
     * Share of the difference between the whole article's coverage of the question and its best
     * passage's that the candidate's coverage gains (in its score and in the no-answer decision).
     * Without it, articles ranked up by their whole text were refused for their passage's coverage
     * (no answer on XQuAD-ar's dev part 3.2% → 3.8%); with it fewer answerable questions are refused
     * than before whole articles counted (XQuAD-ar 3.0%, ARCD 1.9% → 1.6%) and fewer absent topics
     * are answered (absent-topics.txt 52.5% → 50.0%, the reader set's 71.2% → 69.7%).
     */
    static final float WHOLE_ARTICLE_COVERAGE = 0.3f;
    /**
     * Articles read from the whole-article search: their scores, and the best that passages missed.
     * 20 and 3 ({@link #WHOLE_ARTICLES_ADDED}) answer as 50 and 10 did (reader set MRR@10 0.645,
     * XQuAD-ar 0.860, ARCD 0.744; held-out reader set 0.694 → 0.684, one question) at less cost:
     * {@code bench bot} burst 85–94 → 96 questions/s in the same stretch of a loaded machine.
     */
    static final int WHOLE_ARTICLE_POOL = 20;
    /** At most this many articles that only the whole-article search found join the candidates. */
    static final int WHOLE_ARTICLES_ADDED = 3;

    private final PassageSearcher searcher;
    private final QueryTerms.Analyzers analyzers;
    private final float threshold;

    /** {@code threshold}: the no-answer threshold ({@link NoAnswer#ANSWER_THRESHOLD} unless calibrating). */
    Ranking(PassageSearcher searcher, QueryTerms.Analyzers analyzers, float threshold) {
        this.searcher = searcher;
        this.analyzers = analyzers;
        this.threshold = threshold;
    }

    /**
     * The question's stories that answer it, in rank order; for a question without words to search
     * that asks for the newest or names a date or section, the {@code listed} newest stories.
     */
    Ranked rank(Question q, int listed) {
        SearchFilter filter = filter(q);
        QueryTerms typed = QueryTerms.of(q.searchText(), q.language(), analyzers, searcher, q.spellings())
                .asWritten(q.dictionaryWords());
        SpellingChoice spelling = SpellingChoice.of(q, typed, searcher);
        Optional<ResultFocus> result = ResultFocus.of(q, typed);
        QueryTerms spelled = typed.withSpellings(spelling.betterTerms(), q.language(), searcher).withForms(spelling.forms());
        QueryTerms asked = result.map(r -> r.terms(spelled)).orElse(spelled);
        // A kind of event is covered by any of its words: the question's الفيضانات by a story's سيول.
        QueryTerms terms = asked.withForms(EventWords.otherWords(q.asked(), asked));
        SearchFilter searched = forWords(searchFilter(q), q);
        String text = result.isEmpty() ? q.searchText() : result.get().searchText();
        List<String> variants = result.isEmpty() ? spelling.variants() : result.get().variants(spelling.variants());
        Optional<Query> query = searcher.queries().forText(text, variants, searched);
        if (terms.isEmpty() || query.isEmpty()) {
            // A topic named only in words no story holds, each read as the reader's own verb ("اخبار
            // تاكيرا"): not a wish for the latest news of every topic.
            boolean unheardTopic = query.isPresent() && !q.topicWords().isEmpty();
            return (q.latest() || !filter.isEmpty()) && !unheardTopic
                    ? Ranked.newest(q, terms, searcher.latest(Optional.empty(), filter, listed))
                    : Ranked.nothingSearchable(q, terms);
        }
        List<PassageHit> hits = searcher.bestPerArticle(query.get(), CANDIDATE_PASSAGES, CANDIDATE_ARTICLES);
        if (wantsNow(q)) hits = withFreshHits(hits, q, spelling.variants());
        if (result.isPresent()) hits = result.get().withWinnerHits(result.get().withSideHits(hits, searcher, searched, q, terms), searcher, searched, q);
        WholeArticles whole = wholeArticles(hits, query.get(), terms, text, variants, searched);
        List<StoryGrouper.Candidate> candidates = candidates(whole, terms, q);
        if (result.isPresent()) candidates = result.get().reweigh(candidates, terms, searcher);
        List<List<StoryGrouper.Candidate>> groups = StoryGrouper.group(candidates);
        List<List<StoryGrouper.Candidate>> answering = NoAnswer.answering(groups, threshold);
        // A time asked about, a result, a final, or what was agreed or decided: reports of it before the previews
        // that await it. Not what a period still running holds to come ("شو عم تحضّر لرمضان هالسنة؟").
        boolean comingThisPeriod = Recency.asksAboutNow(q) && AnswerEvidence.asksAhead(q.asked());
        if (searched(q).isPresent() && !comingThisPeriod || result.isPresent() || AnswerEvidence.asksOutcome(q.asked())
                || AnswerEvidence.asksFinal(q.asked())) {
            answering = reportsFirst(answering, q);
        }
        if (result.isPresent()) {
            answering = result.get().latestMatchFirst(result.get().winnersFirst(recentFirst(answering, q, result.get()), terms, q),
                    terms, q, searcher);
        }
        Evidence evidence = Evidence.of(q, terms, searcher);
        List<PassageHit> untold = new ArrayList<>();
        List<List<StoryGrouper.Candidate>> holding = withEvidence(answering, evidence, listed, whole, untold);
        if (threshold > 0 && result.isPresent() && result.get().asksWinner()) {
            holding = told(holding, result.get(), terms, listed, q);
        }
        // Two sides asked: a preview of their match, or another round's report, is not its result.
        if (threshold > 0 && result.isPresent()) {
            ResultFocus focus = result.get();
            holding = readInRankOrder(holding, listed, group -> focus.mayTellMatch(group, q, terms, searcher));
        }
        if (holding.isEmpty() && !answering.isEmpty()) {
            PassageHit best = answering.get(0).get(0).best();
            return Ranked.lacking(q, terms, evidence.lacking(best.title(), searcher.passagesOf(best.articleId()),
                    best.published()), untold);
        }
        if (result.isEmpty()) holding = freshFirst(holding, q, terms, listed);
        return Ranked.matches(q, terms, holding);
    }

    /**
     * A question typed in Arabic about now (no date, or a period holding its clock) whose first story
     * is older than it allows ({@link Recency#allowedAge}: it would be offered as older news) while a
     * later story of the {@code listed}, of the last {@link Recency#FRESH_WINDOW}, holds it as well,
     * matches at least {@link #FRESH_LEAD_COVERAGE} as fully, and has a headline that names the
     * question at least as fully as the first's does: that story leads, the others keep their order.
     * "وين غرق قارب المهاجرين قبال تركيا؟", asked hours after a boat sank off Izmir, had June's "from
     * Turkey to Tunisia" disaster first and the day's report second, under "nothing recent". Without the
     * headline's condition, the week's news of something else took the lead from the older story of
     * the question's topic ("طالبان تقر بلقاء مسؤولين أميركيين" for Afghanistan's civilian dead, "موديز
     * تخفض تصنيف إيطاليا" for Morocco's deficit): four absent topics and a follow-up were answered so in
     * the looks. Not a story merely inside the question's limit (a football story of 88 days would
     * have answered a trap whose first story was 94 days old), nor for an English question, read
     * through the glossary's words: "how long has simon cowell gone without using his phone" had a phone
     * story of February first and would have been answered by Uganda's tax on social media of the day before.
     */
    private static List<List<StoryGrouper.Candidate>> freshFirst(List<List<StoryGrouper.Candidate>> holding, Question q,
                                                                 QueryTerms terms, int listed) {
        if (holding.size() < 2 || !ArabicText.hasArabic(q.asked()) || !(Recency.namesNoTime(q) || Recency.asksAboutNow(q))) {
            return holding;
        }
        Instant clock = q.now().toInstant();
        Instant since = clock.minus(Recency.allowedAge(q, false));
        Instant fresh = clock.minus(Recency.FRESH_WINDOW);
        StoryGrouper.Candidate first = holding.get(0).get(0);
        if (first.published().filter(p -> p.isBefore(since)).isEmpty()) return holding;
        float firstHeadline = terms.coverage(first.titleTerms());
        for (int i = 1; i < Math.min(holding.size(), listed); i++) {
            StoryGrouper.Candidate c = holding.get(i).get(0);
            float headline = terms.coverage(c.titleTerms());
            if (c.published().filter(p -> !p.isBefore(fresh)).isPresent()
                    && c.coverage() >= FRESH_LEAD_COVERAGE * first.coverage() && headline > 0 && headline >= firstHeadline) {
                List<List<StoryGrouper.Candidate>> out = new ArrayList<>(holding);
                out.add(0, out.remove(i));
                return out;
            }
        }
        return holding;
    }

    /** How fully, against the first story, a newer story must match the question to lead ({@link #freshFirst}). */
    static final float FRESH_LEAD_COVERAGE = 0.8f;

    /**
     * The stories that hold the question's topic ({@link Evidence}), read in rank order until the
     * {@code listed} stories of the request hold it, and at most {@link #EVIDENCE_CHECKED}: those
     * read that lack it do not answer, and when none of those read holds it, nothing does. Ranking
     * without the no-answer cut (threshold 0, for measuring) keeps them all, in rank order.
     */
    private List<List<StoryGrouper.Candidate>> withEvidence(List<List<StoryGrouper.Candidate>> answering,
                                                           Evidence evidence, int listed, WholeArticles whole,
                                                           List<PassageHit> untold) {
        if (threshold <= 0) return answering;
        float[] refused = {0};
        Set<String> untoldTopic = new HashSet<>();
        return readInRankOrderLed(answering, listed, group -> {
            float coverage = group.get(0).coverage();
            PassageHit lead = group.get(0).best();
            // A story read after one of the question's topic that did not tell what was asked, and that
            // matched the question better, does not stand in for it; nor does one lacking a distinctive
            // word that one held (the military budgets' sums for the cost of Dubai's number plates).
            if (coverage < FALLBACK_COVERAGE * refused[0]) return Optional.empty();
            if (!whole.termsOf(lead.articleId()).containsAll(untoldTopic)) return Optional.empty();
            Evidence.Verdict verdict = judge(evidence, group, 0, whole);
            if (verdict == Evidence.Verdict.UNCOUNTED) {
                // Another report of the story may give the count its lead does not (a video's page leads
                // the Hawaii eruption's reports; the others say 10,000 were told to leave): it leads then.
                for (int i = 1; i < group.size(); i++) {
                    if (judge(evidence, group, i, whole) == Evidence.Verdict.HOLDS) {
                        return Optional.of(StoryGrouper.ledBy(group, group.get(i)));
                    }
                }
            }
            // No report of it gives the count: untold, and a later story that matches less (a profile of
            // Iraq's premier, which gives figures, none of the applicants) does not stand in for it.
            if (verdict == Evidence.Verdict.UNTOLD || verdict == Evidence.Verdict.UNCOUNTED) {
                refused[0] = Math.max(refused[0], coverage);
                untoldTopic.addAll(evidence.distinctiveIn(whole.termsOf(lead.articleId())));
                untoldTopic.addAll(evidence.headlineTopic(lead.title()));
                untold.add(lead);
            }
            return verdict == Evidence.Verdict.HOLDS ? Optional.of(group) : Optional.empty();
        });
    }

    /** How the story stands against the question read by its {@code i}th report, the others beside it. */
    private Evidence.Verdict judge(Evidence evidence, List<StoryGrouper.Candidate> group, int i, WholeArticles whole) {
        PassageHit report = group.get(i).best();
        // The story's other reports may name its place where this one does not.
        List<String> others = new ArrayList<>();
        for (int j = 0; j < group.size(); j++) {
            if (j != i) others.add(group.get(j).best().title() + "\n" + group.get(j).best().passage());
        }
        return evidence.judge(report.title(), () -> searcher.passagesOf(report.articleId()), report.published(),
                whole.termsOf(report.articleId()), group.get(i).coverage(), others);
    }

    /**
     * A winner asked of ("من فاز بجائزة كتارا؟"): the stories that tell someone won it ({@link
     * ResultFocus#toldWon}), read in rank order like {@link #withEvidence}; when none of those read
     * does, nothing answers.
     */
    private List<List<StoryGrouper.Candidate>> told(List<List<StoryGrouper.Candidate>> holding, ResultFocus result,
                                                   QueryTerms terms, int listed, Question q) {
        return readInRankOrder(holding, listed, group -> result.toldWon(group, terms, searcher, q));
    }

    /**
     * The stories that {@code hold}, read in rank order up to the {@code listed} stories of the request
     * and at most {@link #EVIDENCE_CHECKED}, then those not read, in their order (a later page reads
     * them); none when no story read holds.
     */
    private static List<List<StoryGrouper.Candidate>> readInRankOrder(List<List<StoryGrouper.Candidate>> stories,
                                                                     int listed,
                                                                     Predicate<List<StoryGrouper.Candidate>> hold) {
        return readInRankOrderLed(stories, listed, group -> hold.test(group) ? Optional.of(group) : Optional.empty());
    }

    /** {@link #readInRankOrder}, where a story that holds may be led by another of its reports ({@code held}). */
    private static List<List<StoryGrouper.Candidate>> readInRankOrderLed(
            List<List<StoryGrouper.Candidate>> stories, int listed,
            Function<List<StoryGrouper.Candidate>, Optional<List<StoryGrouper.Candidate>>> held) {
        List<List<StoryGrouper.Candidate>> out = new ArrayList<>();
        int checked = 0;
        while (checked < Math.min(stories.size(), EVIDENCE_CHECKED) && out.size() < listed) {
            held.apply(stories.get(checked++)).ifPresent(out::add);
        }
        if (out.isEmpty()) return List.of();
        out.addAll(stories.subList(checked, stories.size()));
        return out;
    }

    /**
     * For a time asked about ("ماذا قرر ترامب أمس؟"), the stories that report its events come before
     * those whose headline awaits them ({@link AnswerEvidence#awaits}: "ترامب يستعد لإعلان قراره"،
     * "خيارات ترامب الأربعة"), each in their order; a story's first article that reports them leads it.
     * So for a result: a match's report before its previews ("بوكيتينو قبل موقعة تشيلسي"; the tenth
     * look's Chelsea–Tottenham 3 → 2, the sixth look's 3 → 2 in {@code nabaa eval}); for a final asked,
     * its report before the semi-final's that set it up (the eighteenth look's Miami Open 2 → 1).
     */
    private static List<List<StoryGrouper.Candidate>> reportsFirst(List<List<StoryGrouper.Candidate>> groups, Question q) {
        List<List<StoryGrouper.Candidate>> reports = new ArrayList<>();
        List<List<StoryGrouper.Candidate>> awaiting = new ArrayList<>();
        for (List<StoryGrouper.Candidate> g : groups) {
            // Within a story, its first article that reports the event leads it. A final asked is
            // awaited by a headline of the round that set it up ("زفيريف يضرب موعدا مع إيسنر في نهائي ميامي").
            Optional<StoryGrouper.Candidate> report = g.stream().filter(c -> !AnswerEvidence.awaits(c.best().title())
                    && !AnswerEvidence.namesOtherRound(c.best().title(), q.asked())).findFirst();
            if (report.isEmpty()) {
                awaiting.add(g);
                continue;
            }
            reports.add(StoryGrouper.ledBy(g, report.get()));
        }
        reports.addAll(awaiting);
        return reports;
    }

    /**
     * A result asked without a date or a year is the latest match's: the stories of the last {@link
     * Recency#RECENT_NEWS} come first, in their order, then the older ones ("نتيجة ألمانيا وكوريا
     * الجنوبية" in 2018 is not 2002's match, however well a retrospective matches it).
     */
    private static List<List<StoryGrouper.Candidate>> recentFirst(List<List<StoryGrouper.Candidate>> groups, Question q,
                                                                 ResultFocus result) {
        if (!Recency.asksLatest(q)) return groups;
        Instant since = q.now().toInstant().minus(Recency.RECENT_NEWS);
        List<List<StoryGrouper.Candidate>> recent = new ArrayList<>();
        List<List<StoryGrouper.Candidate>> older = new ArrayList<>();
        float best = (float) groups.stream().mapToDouble(g -> g.get(0).coverage()).max().orElse(0);
        for (List<StoryGrouper.Candidate> g : groups) {
            // A winner asked: a recent story lacking what an older one holds of the question is other news
            // ("مين فاز بدوري ابطال الاوقيانوس؟" asked a month after the final is not answered by Zidane's
            // resignation). Two sides are named in any measure by a match's report, whose coverage says little.
            boolean isRecent = g.get(0).published().map(p -> !p.isBefore(since)).orElse(false)
                    && (result.hasSides() || g.get(0).coverage() >= ResultFocus.LIFTED_COVERAGE * best);
            (isRecent ? recent : older).add(g);
        }
        recent.addAll(older);
        return recent;
    }

    /** The question's time range and section as the index filters them. */
    static SearchFilter filter(Question q) {
        SearchFilter time = q.when().map(w -> SearchFilter.between(w.from(), w.to())).orElse(SearchFilter.NONE);
        return q.section().map(time::withCategory).orElse(time);
    }

    /**
     * {@code filter} for a search of the question's words. English words read English articles
     * only: inside an Arabic article they are stray Latin fragments ("Standard Oil" for "oil
     * price"); Arabic news is read through the question's translation ({@link EnglishReading}).
     */
    static SearchFilter forWords(SearchFilter filter, Question q) {
        return q.language() == Language.ENGLISH ? filter.withLanguage(Language.ENGLISH) : filter;
    }

    /**
     * The publication times a ranked search reads: for a named range, the range and the day after
     * it, whose reports tell of its events ({@link Recency#withReports}); none for a value asked as
     * it stands ("سعر الدولار النهارده": the newest report is today's rate, whenever it came).
     */
    private static Optional<DateRange> searched(Question q) {
        if (q.asksCurrentValue()) return Optional.empty();
        return q.when().map(Recency::withReports);
    }

    private static SearchFilter searchFilter(Question q) {
        SearchFilter time = searched(q).map(r -> SearchFilter.between(r.from(), r.to())).orElse(SearchFilter.NONE);
        return q.section().map(time::withCategory).orElse(time);
    }

    /**
     * The reader wants the news of now: what is new or a topic alone (a reader who named a date
     * gets that date instead), or a price or a rate as it stands.
     */
    private static boolean wantsNow(Question q) {
        return q.asksCurrentValue() || q.latest() && q.when().isEmpty();
    }

    /** The best matches of the last {@link Recency#FRESH_WINDOW} added to {@code hits}, once per article. */
    private List<PassageHit> withFreshHits(List<PassageHit> hits, Question q, List<String> variants) {
        // Up to the reader's clock, which the view itself keeps.
        SearchFilter fresh = new SearchFilter(Optional.of(q.now().toInstant().minus(Recency.FRESH_WINDOW)),
                Optional.empty(), q.section());
        Optional<Query> recent = searcher.queries().forText(q.searchText(), variants, forWords(fresh, q));
        if (recent.isEmpty()) return hits;
        List<PassageHit> all = new ArrayList<>(hits);
        Set<String> seen = new HashSet<>();
        hits.forEach(h -> seen.add(h.articleId()));
        for (PassageHit h : searcher.bestPerArticle(recent.get(), CANDIDATE_PASSAGES, CANDIDATE_ARTICLES)) {
            if (seen.add(h.articleId())) all.add(h);
        }
        return all;
    }

    /** {@code hits} with their articles' whole-article BM25, and the best articles that only it finds. */
    private WholeArticles wholeArticles(List<PassageHit> hits, Query passages, QueryTerms terms, String text,
                                        List<String> variants, SearchFilter searched) {
        return searcher.queries().forArticles(text, variants, searched)
                .map(articles -> searcher.wholeArticles(articles, passages, hits, terms.terms(), WHOLE_ARTICLE_POOL,
                        WHOLE_ARTICLES_ADDED))
                .orElse(WholeArticles.none(hits));
    }

    /**
     * How much of the question the passage covers, with {@link #WHOLE_ARTICLE_COVERAGE} of what its
     * whole article adds; {@code also}: terms counted as seen in both.
     */
    private static float coverage(QueryTerms terms, List<String> passage, Collection<String> wholeArticle,
                                  List<String> also) {
        List<String> seen = new ArrayList<>(passage);
        seen.addAll(also);
        float own = terms.coverage(seen);
        seen.addAll(wholeArticle);
        return own + WHOLE_ARTICLE_COVERAGE * (terms.coverage(seen) - own);
    }

    /** The years the question names (1800–2099), each with its analyzed terms. */
    private static Map<Integer, List<String>> yearTerms(Question q, QueryTerms terms) {
        Map<Integer, List<String>> out = new HashMap<>();
        for (String year : Evidence.years(q.asked())) out.put(Integer.parseInt(year), terms.analyze(year));
        return out;
    }

    /**
     * Best passage per article, scored by BM25 weighed by its coverage of the question (counting the
     * rest of its article's words a little, {@link #WHOLE_ARTICLE_COVERAGE}) plus its whole
     * article's BM25 ({@link #WHOLE_ARTICLE_WEIGHT}), in rank order: by score, or for a reader who
     * wants the news of now, newest first ({@link Recency}). Not a page found by another story's teaser
     * at its foot ({@link #TEASER_PAGES}).
     */
    private List<StoryGrouper.Candidate> candidates(WholeArticles whole, QueryTerms terms, Question q) {
        List<PassageHit> hits = whole.hits();
        boolean now = wantsNow(q) || Recency.asksNew(q);
        boolean news = !now && Recency.asksAboutNow(q);
        boolean dated = searched(q).isPresent();
        Instant clock = q.now().toInstant();
        Map<Integer, List<String>> yearTerms = yearTerms(q, terms);
        WordRuns runs = null;
        List<Recency.Scored> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            PassageHit h = hits.get(i);
            List<String> titleTerms = terms.analyze(h.title());
            // Another story's teaser at the foot of a page (CNN runs the same few on page after page): the
            // page found only by it below its lead, its own headline far from the question, tells of something else.
            if (h.passageNo() > 0 && terms.coverage(titleTerms) < TEASER_TITLE_COVERAGE) {
                // counted once a question, and only when a headline is that far from it
                if (runs == null) runs = WordRuns.of(hits.stream().map(PassageHit::passage).toList());
                if (runs.shares(i, TEASER_PAGES)) continue;
            }
            List<String> passage = new ArrayList<>(titleTerms);
            passage.addAll(terms.analyze(h.passage()));
            Set<String> wholeArticle = whole.termsOf(h.articleId());
            float ranking = coverage(terms, passage, wholeArticle, List.of());
            // "بطل الدوري السعودي 2018": a story of 2018 answers for the year asked whether or not it
            // writes it; it is no better a match for that, so the year counts for answering, not rank.
            List<String> ofItsYear = new ArrayList<>();
            h.published().ifPresent(at -> yearTerms.forEach((year, named) -> {
                if (Evidence.ofYearPublished(year, at)) ofItsYear.addAll(named);
            }));
            float coverage = ofItsYear.isEmpty() ? ranking : coverage(terms, passage, wholeArticle, ofItsYear);
            float score = h.score() * (COVERAGE_FLOOR + ranking) + WHOLE_ARTICLE_WEIGHT * whole.score(h.articleId());
            if (now) score *= Recency.boost(h.published(), clock);
            else if (news) {
                // The headline is read only for a story new enough to gain anything.
                float fresh = Recency.newsBoost(h.published(), clock);
                if (fresh > Recency.NEWS_NOTHING_GAINED && terms.coverage(titleTerms) >= Recency.NEWS_HEADLINE) {
                    score *= fresh;
                }
            }
            // A late report counts less, unless its headline names the month asked: "التضخم … في أبريل"
            // is April's figure, reported on 22 May.
            if (dated && !AnswerEvidence.namesAskedMonth(h.title(), q.asked())) {
                score *= Recency.closeness(h.published(), q.when().get());
            }
            // "التضخم … في مايو" is May's figure, whatever day of June reported it.
            if (dated && AnswerEvidence.namesOtherMonth(h.title(), q.asked())) score *= OTHER_MONTH;
            StoryGrouper.Candidate c =
                    new StoryGrouper.Candidate(h, new HashSet<>(titleTerms), score, coverage, h.published());
            // For readers who want news of now: how fully the headline names the topic (0: not counted).
            out.add(new Recency.Scored(c, now && coverage >= threshold ? terms.coverage(titleTerms) : 0));
        }
        List<StoryGrouper.Candidate> byScore = out.stream().map(Recency.Scored::candidate)
                .sorted(Comparator.comparingDouble(StoryGrouper.Candidate::score).reversed()).toList();
        // Whether anything answers is decided by relevance, as for any question (NoAnswer.answering):
        // freshness only reorders what answers.
        if (!now || byScore.isEmpty() || byScore.get(0).coverage() < threshold) return byScore;
        return Recency.newestFirst(out, clock, threshold, q.asksCurrentValue());
    }
}

package com.nabaa.answer;

import com.nabaa.index.PassageHit;
import com.nabaa.index.PassageSearcher;
import com.nabaa.index.SearchFilter;
import com.nabaa.question.Question;
import com.nabaa.question.ResultQuestion;
import com.nabaa.text.ArabicText;
import com.nabaa.text.ScoreLines;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * How a result question ({@link ResultQuestion}: "نتيجة مباراة السعودية وروسيا"، "مين كسب كاس
 * العالم 2018؟") is searched and answered:
 * <ul>
 *   <li>its asking words (نتيجة، مباراة، فاز) are neither searched nor counted in coverage: the
 *       words news reports a result with ({@link ResultQuestion#RESULT_WORDS}: فوز، تتويج، خسارة،
 *       تعادل…) are searched instead, at a variant's weight, and coverage is that of what the
 *       result is of (the sides, the cup, the election);</li>
 *   <li>the articles naming both sides are searched too, and a story must name both sides the
 *       reader names, in its headline or its matching passage: a story about one of them is not
 *       the result;</li>
 *   <li>a story that states a score ranks higher (it reports the result, a preview does not), and
 *       so does one that sets the two sides against each other (or, when the reader names no
 *       sides, whose headline says someone won what the question names: {@link SidesInText}); one
 *       that names both sides only in passing or in a list, one without any result word, a question
 *       headline ("من سيفوز؟") and a live blog rank lower;</li>
 *   <li>of two sides, their latest match's reports come first ({@link #latestMatchFirst}); a side
 *       typed in another curated spelling of its name is found in the news's ({@link #sameName});</li>
 *   <li>the direct answer is the lead article's sentence that states the score and sets the two
 *       sides against each other; when the reader names no sides, one that says someone won what
 *       the question names (who won an election or a prize is said in words).</li>
 * </ul>
 */
final class ResultFocus {
    /** A headline or passage that states a score reports the result: its story ranks this much higher. */
    static final float SCORE_BONUS = 1.5f;
    /**
     * A headline or passage that sets the two sides against each other ({@link SidesInText#facing}),
     * or, when the reader names none, a headline that says someone won what the question names
     * ({@link SidesInText#winsTopic}), is about the result: its story ranks this much higher.
     */
    static final float FACING_BONUS = 1.5f;
    /** A story that names both sides without setting them against each other ranks this much lower. */
    static final float NOT_FACING = 0.5f;
    /** A story without a word of a result or a score ranks this much lower. */
    static final float WITHOUT_RESULT_WORDS = 0.5f;

    /** A live blog's headline: "تغطية مباشرة"، "مباشر:"، "بث مباشر"، "live". */
    private static final Pattern LIVE = Pattern.compile("(?<![\\p{L}])(?:بال)?مباشر[ةه]?(?![\\p{L}])|(?i:\\blive\\b)");

    private final ResultQuestion result;
    private final String searchText;
    private final Set<String> askingTerms;
    private final List<Question.Spelling> spellings;
    /** The question asks why ({@link AnswerType#REASON}), not what the result was. */
    private final boolean asksWhy;
    /** The question names the score it asks ("وكم النتيجة؟"): a sentence without one does not answer it. */
    private final boolean asksScore;

    private static final Set<String> SCORE_WORDS = Set.of("النتيجه", "نتيجه", "والنتيجه", "score", "السكور");

    private ResultFocus(ResultQuestion result, String searchText, Set<String> askingTerms, List<Question.Spelling> spellings,
                        boolean asksWhy, boolean asksScore) {
        this.asksScore = asksScore;
        this.result = result;
        this.searchText = searchText;
        this.askingTerms = askingTerms;
        this.spellings = spellings;
        this.asksWhy = asksWhy;
    }

    /** The focus of {@code q} when it asks for a result; {@code terms} analyze like the question. */
    static Optional<ResultFocus> of(Question q, QueryTerms terms) {
        return q.result().map(r -> new ResultFocus(r, r.topic().isBlank() ? q.searchText() : r.topic(),
                new HashSet<>(terms.analyze(String.join(" ", r.askingWords()))), q.spellings(),
                AnswerType.of(q.asked()) == AnswerType.REASON,
                AnswerEvidence.words(q.asked()).stream().anyMatch(SCORE_WORDS::contains)));
    }

    /** Whether the reader names the two sides of a match ("نتيجة مصر وروسيا"), not only what was won. */
    boolean hasSides() {
        return result.hasSides();
    }

    /** What the texts of {@code terms}' question say of its sides and topic. */
    private SidesInText sidesIn(QueryTerms terms) {
        List<List<String>> sides = result.sides().stream().map(terms::analyze).filter(t -> !t.isEmpty()).toList();
        List<String> topic = terms.analyze(result.topic()).stream().filter(t -> t.length() >= 3)
                .filter(t -> !t.chars().allMatch(Character::isDigit)).toList();
        Set<String> resultWords = new HashSet<>(terms.analyze(String.join(" ", ResultQuestion.RESULT_WORDS)));
        return new SidesInText(sides.size() == 2 ? sides : List.of(), topic, resultWords, terms);
    }

    /** What is searched: the question without its asking words (the result words stand for them). */
    String searchText() {
        return searchText;
    }

    /**
     * The spelling variants, the result words as one more variant, a side's adjective (روسيا:
     * الروسي, as "المنتخب الروسي" reports it) and a word without the بـ of "فاز بـ" (بكأس: كأس).
     */
    List<String> variants(List<String> spellings) {
        List<String> out = new ArrayList<>(spellings);
        out.add(String.join(" ", ResultQuestion.RESULT_WORDS));
        for (String side : result.sides()) {
            for (String word : side.split("\\s+")) nisbaOf(word).ifPresent(out::add);
        }
        for (String word : searchText.split("\\s+")) {
            if (word.length() >= 4 && word.charAt(0) == 'ب') out.add(word.substring(1));
        }
        return out;
    }

    /** The adjective of a country named with a final ا or يا: روسيا → الروسي, فرنسا → الفرنسي. */
    private static Optional<String> nisbaOf(String word) {
        if (word.length() >= 5 && word.endsWith("يا")) return Optional.of(word.substring(0, word.length() - 2) + "ي");
        if (word.length() >= 4 && word.endsWith("ا")) return Optional.of(word.substring(0, word.length() - 1) + "ي");
        return Optional.empty();
    }

    /**
     * {@code hits} and the best passages of the articles that name both sides, in their headline
     * or text, the headline weighing in full: the report of a match ("المنتخب السعودي ينهار ويخسر
     * بخماسية أمام روسيا") may name a side only in its headline ("الروسي" in its text), while the
     * tournament's host is named on every page of its coverage. When the reader names no time, the
     * newest articles whose headline sets the two sides against each other too: two countries are
     * named together in hundreds of political stories, and their latest match's report ("روسيا تسقط
     * تركيا بثنائية") is not among the best-scoring of them.
     */
    List<PassageHit> withSideHits(List<PassageHit> hits, PassageSearcher searcher, SearchFilter filter, Question q,
                                  QueryTerms terms) {
        if (!result.hasSides()) return hits;
        Optional<Query> both = searcher.queries().allWords(String.join(" ", result.sides()), filter);
        if (both.isEmpty()) return hits;
        List<PassageHit> all = new ArrayList<>(hits);
        Set<String> seen = new HashSet<>();
        hits.forEach(h -> seen.add(h.articleId()));
        for (PassageHit h : searcher.bestPerArticle(both.get(), Ranking.CANDIDATE_PASSAGES, Ranking.CANDIDATE_ARTICLES)) {
            if (seen.add(h.articleId())) all.add(h);
        }
        if (Recency.namesNoTime(q)) {
            SidesInText sides = sidesIn(terms);
            for (PassageHit h : searcher.newestMatching(both.get(), SIDES_NEWEST)) {
                // Only a report of their match, which sets them against each other in its headline: a
                // group's other stories tell their result in passing ("بعد فوزها على المغرب").
                if (sides.facing(h.title()) && seen.add(h.articleId())) all.add(h);
            }
        }
        return all;
    }

    /** The newest articles naming both sides that {@link #withSideHits} adds when no time is named. */
    static final int SIDES_NEWEST = 40;

    /**
     * {@code hits} and the newest articles that hold what a winner is asked of and a word of winning
     * ("من فاز بكأس العالم؟" asked without a year: the cup's latest final), when the reader names no
     * sides and no time: thousands of passages name the cup, and the final's report is not among
     * the best-scoring of them. {@link Ranking}'s recent-first order and the bonus of a headline that
     * says someone won it ({@link SidesInText#winsTopic}) then put it first.
     */
    List<PassageHit> withWinnerHits(List<PassageHit> hits, PassageSearcher searcher, SearchFilter filter, Question q) {
        if (result.hasSides() || result.topic().isBlank() || !Recency.namesNoTime(q)) return hits;
        Optional<Query> topic = searcher.queries().allWords(result.topic(), filter);
        if (topic.isEmpty()) return hits;
        BooleanQuery.Builder winning = new BooleanQuery.Builder();
        for (String word : WINNING_ANY) {
            searcher.queries().allWords(word, SearchFilter.NONE).ifPresent(w -> winning.add(w, BooleanClause.Occur.SHOULD));
        }
        Query query = new BooleanQuery.Builder().add(topic.get(), BooleanClause.Occur.MUST)
                .add(winning.build(), BooleanClause.Occur.MUST).build();
        List<PassageHit> all = new ArrayList<>(hits);
        Set<String> seen = new HashSet<>();
        hits.forEach(h -> seen.add(h.articleId()));
        for (PassageHit h : searcher.newestMatching(query, WINNER_ARTICLES)) {
            if (seen.add(h.articleId())) all.add(h);
        }
        return all;
    }

    /** The newest articles naming the topic and a win that {@link #withWinnerHits} adds. */
    static final int WINNER_ARTICLES = 40;
    /** Words that report a winner: its crowning, its win, its title. */
    private static final List<String> WINNING_ANY = List.of("تتويج", "يتوج", "توج", "فوز", "يفوز", "فاز", "لقب", "بطلا");

    /**
     * The question's terms as coverage counts them: without its asking words, which any story
     * reporting a result answers (a result word is asked of the story by {@link #reweigh}), and with
     * a side found as its adjective (روسيا: الروسي). "من فاز بجائزة أفضل طاه في مهرجان الكسكسي"
     * is covered by what it says of the prize, not by a film that won another.
     */
    QueryTerms terms(QueryTerms terms) {
        Map<String, Set<String>> forms = new HashMap<>();
        for (String side : result.sides()) {
            for (String word : side.split("\\s+")) {
                List<String> own = terms.analyze(word);
                if (own.size() != 1) continue;
                Set<String> other = new HashSet<>();
                List<String> adjective = nisbaOf(word).map(terms::analyze).orElse(List.of());
                if (adjective.size() == 1) other.add(adjective.get(0));
                other.addAll(sameName(word, terms));
                if (!other.isEmpty()) forms.put(own.get(0), other);
            }
        }
        return terms.withForms(forms).without(askingTerms);
    }

    /**
     * A side's other spellings that are surely its own (the curated names: الاوروجواي is
     * الأوروغواي, انقلترا is إنجلترا), as analyzed terms: a side must be named, and the news
     * names it in its usual spelling.
     */
    private Set<String> sameName(String word, QueryTerms terms) {
        Set<String> out = new HashSet<>();
        for (Question.Spelling s : spellings) {
            // The side as the question wrote it, or with its و: "مصر والاوروجواي".
            if (!(s.word().equals(word) || s.word().equals("و" + word)) || s.sameMeaning()) continue;
            for (String alternative : s.alternatives()) {
                List<String> alt = terms.analyze(alternative);
                if (alt.size() == 1 && s.isSameWord(alternative)) out.add(alt.get(0));
            }
        }
        return out;
    }

    /**
     * The candidates that may answer, re-weighed and in rank order: those naming both sides, a
     * score raising them, the lack of any result word lowering them.
     */
    List<StoryGrouper.Candidate> reweigh(List<StoryGrouper.Candidate> candidates, QueryTerms terms, PassageSearcher searcher) {
        SidesInText sides = sidesIn(terms);
        List<StoryGrouper.Candidate> out = new ArrayList<>();
        for (StoryGrouper.Candidate c : candidates) {
            Set<String> seen = new HashSet<>(c.titleTerms());
            seen.addAll(terms.analyze(c.best().passage()));
            if (!sides.namesBoth(seen)) continue;
            // Its passage's own sentences: a link to another page's report in it ("كرواتيا تهزم إنجلترا 2-1
            // وتتأهل لنهائي كأس العالم 2018" in the England coach's interview) reports nothing of its own.
            String own = ownSentences(c.best().passage());
            boolean score = ScoreLines.in(c.best().title()) || ScoreLines.in(own);
            boolean facing = sides.hasSides() && (sides.facing(c.best().title()) || sides.facing(own));
            boolean resultWord = sides.hasResultWord(seen);
            // Both sides named in a story that tells no result of theirs anywhere is no report of their
            // match ("المولودية" and "اتحاد العاصمة" in a story of Guardiola, "المولود في سانتبيدور").
            // A question why one side beat the other ("لماذا تغلب الملابس الأنيقة على المجموعة؟") asks a reason,
            // which a text may give without telling any result.
            if (!asksWhy && sides.hasSides() && !score && !facing && !resultWord
                    && !tellsResult(c.best().articleId(), sides, terms, searcher)) {
                continue;
            }
            float weight = score ? SCORE_BONUS : resultWord ? 1f : WITHOUT_RESULT_WORDS;
            if (sides.hasSides() ? facing : sides.winsTopic(c.best().title())) {
                weight *= FACING_BONUS;
            } else if (sides.hasSides()) {
                weight *= NOT_FACING; // both named, in a list or in passing: "تعادلين مع تونس (2-2) وبلجيكا"
            }
            // "من سيفوز بكأس العالم؟" asks, it does not report; a live blog ("تغطية مباشرة.. مصر 0-0
            // روسيا") holds the score of one moment.
            if (Summarizer.isQuestion(c.best().title()) || LIVE.matcher(c.best().title()).find()) {
                weight *= WITHOUT_RESULT_WORDS;
            }
            out.add(new StoryGrouper.Candidate(c.best(), c.titleTerms(), c.score() * weight, c.coverage(),
                    c.published()));
        }
        out.sort(Comparator.comparingDouble(StoryGrouper.Candidate::score).reversed());
        return out;
    }

    /** The passage's sentences that do not read as a headline ({@link RunningText#readsAsHeadline}: a link's title). */
    static String ownSentences(String passage) {
        StringBuilder out = new StringBuilder();
        for (String sentence : RunningText.sentences(passage)) {
            if (!RunningText.readsAsHeadline(sentence)) out.append(sentence).append('\n');
        }
        return out.toString();
    }

    /** Whether a sentence of the article states a score, sets the sides against each other or holds a result word. */
    private static boolean tellsResult(String articleId, SidesInText sides, QueryTerms terms, PassageSearcher searcher) {
        for (PassageHit p : searcher.passagesOf(articleId)) {
            if (ScoreLines.in(p.passage()) || sides.hasResultWord(terms.analyze(p.passage()))) return true;
            for (String sentence : RunningText.sentences(p.passage())) {
                if (sides.facing(sentence)) return true;
            }
        }
        return false;
    }

    /**
     * A winner asked with no sides and no time ("مين كسب كاس العالم؟"): among the stories of the
     * last {@link Recency#RECENT_NEWS} ({@code recentFirst} put them first), those whose headline
     * says someone won it ({@link SidesInText#winsTopic}) come first: those whose verb reports the
     * win ("فرنسا تتوج بكأس العالم"), then those that name it ("احتفالات الفوز بكأس العالم"، "دب
     * يتوقع فوز كرواتيا"), newest first within each: the latest win is the answer, and a month of
     * the cup's coverage scores higher on its words alone (Macron's celebrating, a first-round
     * upset). A headline that asks ("هل…؟") or comes from a live blog does not count.
     */
    List<List<StoryGrouper.Candidate>> winnersFirst(List<List<StoryGrouper.Candidate>> groups, QueryTerms terms,
                                                    Question q) {
        if (result.hasSides() || !Recency.namesNoTime(q)) return groups;
        SidesInText sides = sidesIn(terms);
        Instant since = q.now().toInstant().minus(Recency.RECENT_NEWS);
        List<List<StoryGrouper.Candidate>> reports = new ArrayList<>();
        List<List<StoryGrouper.Candidate>> naming = new ArrayList<>();
        List<List<StoryGrouper.Candidate>> rest = new ArrayList<>();
        float best = (float) groups.stream().mapToDouble(g -> g.get(0).coverage()).max().orElse(0);
        for (List<StoryGrouper.Candidate> g : groups) {
            // A story lacking what another holds of the question is another's win: the Champions League's
            // for "من فاز بدوري ابطال الاوقيانوس؟" (coverage 0.46 against the Oceania final's 1.0).
            if (g.get(0).coverage() < LIFTED_COVERAGE * best) {
                rest.add(g);
                continue;
            }
            // The article of the story that reports the win leads it (a prediction grouped with the final does not).
            List<StoryGrouper.Candidate> says = g.stream().filter(c -> saysWon(c, sides, since)).toList();
            Optional<StoryGrouper.Candidate> report = says.stream().filter(c -> reportsWin(c.best().title())).findFirst();
            if (report.isPresent()) {
                reports.add(StoryGrouper.ledBy(g, report.get()));
            } else {
                (says.isEmpty() ? rest : naming).add(g);
            }
        }
        if (reports.isEmpty() && naming.isEmpty()) return groups;
        Comparator<List<StoryGrouper.Candidate>> newest =
                Comparator.comparing(g -> g.get(0).published().orElse(Instant.EPOCH), Comparator.reverseOrder());
        reports.sort(newest);
        naming.sort(newest);
        reports.addAll(naming);
        reports.addAll(rest);
        return reports;
    }

    /**
     * A story moved up for its time ({@code Ranking.recentFirst}) or its win ({@link #winnersFirst})
     * covers at least this share of the best-covering story's coverage.
     */
    static final float LIFTED_COVERAGE = 0.8f;

    /**
     * A match asked with its two sides ("بلجيكا واليابان كم النتيجة؟"، "مين فاز روما ولا برشلونة؟"):
     * the stories that report their latest match come first, those headlined with both sides before
     * those naming them only in their text, each in their order, then the rest in theirs. A story
     * reports a match between them when a sentence of its headline or text states a score and sets
     * the two against each other: a preview, or another match that names them both ("تلتقي في الدور
     * الثاني مع اليابان"), does not. The latest meeting is the one asked about (the second leg, not
     * the first): its reports are those within {@link #ONE_MATCH} of the newest report. Asked without
     * a time, only those of the last {@link Recency#RECENT_NEWS} move; each story is led by its
     * article that reports the match.
     */
    List<List<StoryGrouper.Candidate>> latestMatchFirst(List<List<StoryGrouper.Candidate>> groups, QueryTerms terms,
                                                        Question q, PassageSearcher searcher) {
        if (!result.hasSides()) return groups;
        SidesInText sides = sidesIn(terms);
        Instant since = Recency.namesNoTime(q) ? q.now().toInstant().minus(Recency.RECENT_NEWS) : Instant.MIN;
        // Each story read, led by its article that reports a match of theirs (or absent).
        List<Optional<StoryGrouper.Candidate>> reports = new ArrayList<>();
        // Stories known as reports only by a headline over a score ({@link #headlinedOverScore}) come after
        // those whose sentences state the match: their lead may not set the sides against each other.
        Set<Integer> byHeadline = new HashSet<>();
        for (int i = 0; i < Math.min(groups.size(), MATCH_STORIES_READ); i++) {
            List<StoryGrouper.Candidate> recent = groups.get(i).stream()
                    .filter(c -> c.published().map(p -> !p.isBefore(since)).orElse(false))
                    // A final asked is not reported by the semi-final's report that set it up.
                    .filter(c -> !AnswerEvidence.namesOtherRound(c.best().title(), q.asked())).toList();
            Optional<StoryGrouper.Candidate> report = recent.stream()
                    .filter(c -> reportsMatch(c, sides, searcher, q.now().getYear())).findFirst();
            if (report.isEmpty()) {
                report = recent.stream().filter(c -> headlinedOverScore(c, sides, searcher, q.now().getYear())).findFirst();
                if (report.isPresent()) byHeadline.add(i);
            }
            reports.add(report);
        }
        Optional<Instant> newest = reports.stream().flatMap(Optional::stream).map(c -> c.published().orElse(Instant.EPOCH))
                .max(Comparator.naturalOrder());
        if (newest.isEmpty()) return groups;
        // A report headlined with both sides before one that names them only in its text: the England
        // coach's words on the semi-final state its score too, but the match's report is the answer.
        List<List<StoryGrouper.Candidate>> headlined = new ArrayList<>();
        List<List<StoryGrouper.Candidate>> inText = new ArrayList<>();
        List<List<StoryGrouper.Candidate>> overScore = new ArrayList<>();
        List<List<StoryGrouper.Candidate>> rest = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Optional<StoryGrouper.Candidate> report = i < reports.size() ? reports.get(i) : Optional.empty();
            if (report.isEmpty() || report.get().published().orElse(Instant.EPOCH).isBefore(newest.get().minus(ONE_MATCH))) {
                rest.add(groups.get(i));
                continue;
            }
            boolean both = sides.namesBoth(new HashSet<>(report.get().titleTerms()));
            (byHeadline.contains(i) ? overScore : both ? headlined : inText).add(StoryGrouper.ledBy(groups.get(i), report.get()));
        }
        headlined.addAll(inText);
        headlined.addAll(overScore);
        headlined.addAll(rest);
        return headlined;
    }

    /**
     * Reports of one match: those published within this of the newest report are of the latest
     * meeting (its report, the next day's reactions); older ones are of an earlier one (the first leg).
     */
    static final Duration ONE_MATCH = Duration.ofDays(2);

    /** The stories {@link #latestMatchFirst} reads, from the first: those after them keep their place. */
    static final int MATCH_STORIES_READ = 6;

    /** Whether a sentence of the article's headline or text states a score and sets the two sides against each other. */
    private static boolean reportsMatch(StoryGrouper.Candidate c, SidesInText sides, PassageSearcher searcher, int year) {
        String title = c.best().title();
        if (Summarizer.isQuestion(title) || LIVE.matcher(title).find()) return false;
        if (statesMatch(title, sides, year)) return true;
        for (PassageHit p : searcher.passagesOf(c.best().articleId())) {
            for (String sentence : RunningText.sentences(p.passage())) {
                // not a link to another page's report ("كرواتيا تهزم إنجلترا 2-1 وتتأهل لنهائي كأس العالم
                // 2018" in the England coach's interview)
                if (!RunningText.readsAsHeadline(sentence) && statesMatch(sentence, sides, year)) return true;
            }
        }
        return false;
    }

    /**
     * A report whose headline sets the two sides against each other ("وريورز يسحق كافاليرز ويحتفظ بلقب
     * دوري السلة") over a lead whose first sentence states a score, though it names the winner many words
     * before the beaten side, where no sentence sets them against each other ({@link #reportsMatch}).
     */
    private static boolean headlinedOverScore(StoryGrouper.Candidate c, SidesInText sides, PassageSearcher searcher,
                                              int year) {
        String title = c.best().title();
        if (Summarizer.isQuestion(title) || LIVE.matcher(title).find() || !sides.facing(title)) return false;
        List<PassageHit> text = searcher.passagesOf(c.best().articleId());
        if (text.isEmpty()) return false;
        List<String> lead = RunningText.sentences(text.get(0).passage());
        return !lead.isEmpty() && ScoreLines.in(lead.get(0)) && statesNoOldYear(lead.get(0), year);
    }

    /** Whether the sentence names no year before the season of {@code year} ({@link #statesMatch}). */
    private static boolean statesNoOldYear(String sentence, int year) {
        Matcher m = A_YEAR.matcher(ArabicText.normalize(sentence));
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) < year - 1 && m.group().indexOf("منذ") < 0) return false;
        }
        return true;
    }

    /**
     * A sentence that states a score and sets the two sides against each other, and names no year
     * before the season of {@code year} (the clock's year and the one before it): "اللقاء الذي جمع
     * الفريقين في كأس القارات عام 1999 … انتهى بفوز المنتخب السعودي بخمسة أهداف" is their history,
     * told by a preview; "بكأس العالم 2018" is the cup being played, and "فوزه الأول عليه منذ موسم
     * 2006" the match that ended a run.
     */
    private static boolean statesMatch(String sentence, SidesInText sides, int year) {
        if (!ScoreLines.in(sentence) || !statesNoOldYear(sentence, year)) return false;
        return sides.facing(sentence);
    }

    /** A year or a season (2006-2007), and the two words before it: "منذ موسم 2006" counts since then, it tells no earlier match. */
    private static final Pattern A_YEAR = Pattern.compile("(?:\\S+\\s+){0,2}(?<!\\d)((?:19|20)\\d\\d)(?:[-/](?:19|20)?\\d\\d)?(?!\\d)");

    /**
     * Whether a story may tell the match of the two sides asked: one of its articles' headlines
     * neither awaits it ({@link AnswerEvidence#awaits}), nor meets the other side in the present
     * without a score ("هاليب تواجه بيرتنز على لقب بطولة سينسناتي"، "مباراة تفصل الجزيري عن أكبر
     * إنجاز"), nor names only another round than the final asked, or the other leg of the tie ("في ذهاب
     * دور الـ16" for "مباراة الإياب"). True when the reader names no
     * sides.
     */
    boolean mayTellMatch(List<StoryGrouper.Candidate> group, Question q, QueryTerms terms, PassageSearcher searcher) {
        if (!result.hasSides()) return true;
        boolean reporting = false;
        for (StoryGrouper.Candidate c : group) {
            String title = c.best().title();
            if (!AnswerEvidence.awaits(title) && !foretellsOnly(title)
                    && !AnswerEvidence.namesOtherRound(title, q.asked()) && !AnswerEvidence.namesOtherLeg(title, q.asked())) {
                reporting = true;
                break;
            }
        }
        return reporting && (asksWhy || namesTogether(group, sidesIn(terms), searcher));
    }

    /**
     * Whether a headline of the story, or a sentence of its matching passages or of its lead article,
     * names the two sides together ({@link SidesInText#together}) other than to foretell their meeting:
     * a story naming both is not their match's when one is only named beside another match ("فاز منتخب
     * جبل طارق … على نظيره الأرميني … في يريفان، … بعد أن تم عزف النشيد الوطني لليختنشتاين بالخطأ"
     * tells no match of Gibraltar and Liechtenstein).
     */
    private static boolean namesTogether(List<StoryGrouper.Candidate> group, SidesInText sides, PassageSearcher searcher) {
        for (StoryGrouper.Candidate c : group) {
            if (together(c.best().title(), sides)) return true;
            for (String sentence : RunningText.sentences(c.best().passage())) {
                if (together(sentence, sides)) return true;
            }
        }
        // "أزارينكا تتألق في مدريد" over "وافتتحت لاعبة روسيا البيضاء … مشوارها بالفوز 6-3 و6-3 على
        // الصربية ألكسندرا كرونيتش": the one side its headline names is the story's subject, whose match
        // an opening sentence scores against the other side
        Set<Integer> headlined = sides.sidesNamed(group.get(0).best().title());
        int opening = 0;
        for (PassageHit p : searcher.passagesOf(group.get(0).best().articleId())) {
            for (String sentence : RunningText.sentences(p.passage())) {
                if (together(sentence, sides)) return true;
                if (opening++ < SCORED_OPENING && headlined.size() == 1 && ScoreLines.in(sentence)
                        && sides.sidesNamed(sentence).equals(Set.of(1 - headlined.iterator().next()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How many of the lead article's first sentences may score its headline's side against the other
     * side: an article's later sentences list the day's other matches.
     */
    static final int SCORED_OPENING = 3;

    /**
     * A text naming the two sides together that does not only foretell their meeting: "ويخوض أرسنال …
     * لقاء وديا أخيرا ضد لاتسيو الأحد" in the report of the match before is no report of theirs.
     */
    private static boolean together(String text, SidesInText sides) {
        return sides.together(text) && !foretellsOnly(text);
    }

    /**
     * A text foretelling a meeting ({@link #MEETS}) with no score and no match won or lost before the
     * meeting it foretells: "فاندفيج تعبر غارسيا وتواجه بليسكوفا في النهائي" reports the semi-final
     * it opens with.
     */
    private static boolean foretellsOnly(String text) {
        String normalized = ArabicText.normalize(text);
        Matcher meets = MEETS.matcher(normalized);
        return meets.find() && !ScoreLines.in(text) && !PASSED.matcher(normalized.substring(0, meets.start())).find();
    }

    /**
     * A match won or lost, as a headline reports it before the next meeting: beaten, passed, knocked
     * out, bid farewell (normalized: ى is ي).
     */
    private static final Pattern PASSED = Pattern.compile("(?<!\\p{L})و?(?:[يت]عبر|عبرت|[يت]تخطي|تخطي|تخطت|[يت]تجاوز|تجاوزت"
            + "|[يت]هزم|هزم|هزمت|[يت]تغلب|تغلب|تغلبت|[يت]قصي|اقصي|اقصت|[يت]طيح|اطاح|اطاحت|[يت]فوز|فاز|فازت|[يت]سحق|سحق|سحقت"
            + "|[يت]ودع|ودع|ودعت|[يت]خسر|خسر|خسرت|[يت]سقط|سقط|سقطت)(?!\\p{L})");

    /** A meeting still to come, as a preview writes it: "تواجه"، "يلتقي"، "يلاقي"، "ويخوض"، "مباراة تفصل". */
    private static final Pattern MEETS =
            Pattern.compile("(?<!\\p{L})و?(?:[يت]واجه|[يت]لتقي|[يت]لاقي|[يت]صطدم|[يت]تحدي|[يت]فصل|[يت]خوض)(?!\\p{L})");

    /** The reader asks who won something they name, with no sides ("من فاز بجائزة كتارا؟"، "who won the Ballon d'Or"). */
    boolean asksWinner() {
        return !result.hasSides() && !result.topic().isBlank() && result.asksWhoWon();
    }

    /**
     * Whether a story tells that someone won what the reader asks about ({@link SidesInText#toldWinning}):
     * one of its headlines, or a sentence of its lead article, says so, and does not foretell, hope
     * for or weigh it (a nominee's interview, "إذا فاز الديمقراطيون"), nor ask it; nor, when the
     * reader names a year, names only other years: "توج ميسي بالكرة الذهبية … 2014" is no answer for
     * 2018's. (Without a year asked, a year in passing is no sign: "سيدات اليابان يكررن سيناريو 2014
     * ويحتفظن بلقب آسيا".)
     */
    boolean toldWon(List<StoryGrouper.Candidate> group, QueryTerms terms, PassageSearcher searcher, Question q) {
        SidesInText sides = sidesIn(terms);
        Set<String> years = Evidence.years(q.asked());
        for (StoryGrouper.Candidate c : group) {
            if (says(sides, c.best().title(), years)) return true;
        }
        for (PassageHit p : searcher.passagesOf(group.get(0).best().articleId())) {
            for (String sentence : RunningText.sentences(p.passage())) {
                if (says(sides, sentence, years)) return true;
            }
        }
        return false;
    }

    private static boolean says(SidesInText sides, String text, Set<String> years) {
        Set<String> named = Evidence.years(text);
        return sides.toldWinning(text) && !Summarizer.isQuestion(text) && !LIVE.matcher(text).find()
                && !AnswerEvidence.weighsChances(text)
                && (years.isEmpty() || named.isEmpty() || named.stream().anyMatch(years::contains));
    }

    /** Whether a winner's story ({@link #winnersFirst}) is led by the article whose headline reports the win. */
    boolean reportLeads(List<StoryGrouper.Candidate> group) {
        return !result.hasSides() && reportsWin(group.get(0).best().title());
    }

    /** A story of the last {@link Recency#RECENT_NEWS} whose headline says someone won what is asked, not asking it. */
    private static boolean saysWon(StoryGrouper.Candidate c, SidesInText sides, Instant since) {
        String title = c.best().title();
        return c.published().map(p -> !p.isBefore(since)).orElse(false) && sides.winsTopic(title)
                && !Summarizer.isQuestion(title) && !LIVE.matcher(title).find();
    }

    /** Verbs that report a win, as normalized: فاز، تتوج، حسم، انتصر، أحرز (not the nouns فوز، تتويج). */
    private static final Set<String> WIN_VERBS = Set.of("فاز", "فازت", "يفوز", "تفوز", "توج", "توجت", "يتوج", "تتوج",
            "حسم", "حسمت", "يحسم", "تحسم", "انتصر", "انتصرت", "ينتصر", "تنتصر", "احرز", "احرزت", "يحرز", "تحرز");
    /** {@link #WIN_VERBS}, and a prize granted ({@link SidesInText#GRANTED}: "…يمنحان أمريكيين نوبل في الاقتصاد"). */
    private static final Set<String> REPORTING_VERBS = java.util.stream.Stream.concat(WIN_VERBS.stream(),
            SidesInText.GRANTED.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static boolean reportsWin(String headline) {
        for (String word : headline.split("\\s+")) {
            String w = ArabicText.normalize(word).replaceAll("[^\\p{L}]", "");
            if (REPORTING_VERBS.contains(w) || w.length() > 3 && w.charAt(0) == 'و' && REPORTING_VERBS.contains(w.substring(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence of the lead article that answers: the best-covering one stating a score and
     * setting the sides against each other; when the reader names no sides
     * ("من فاز بالانتخابات"), the best-covering one that says someone won it, one with a score
     * first. It must cover {@code least} of the question.
     */
    Optional<String> directAnswer(List<PassageHit> leadText, QueryTerms terms, float least) {
        SidesInText sides = sidesIn(terms);
        String best = null;
        float bestRank = 0;
        for (PassageHit p : leadText) {
            for (String sentence : RunningText.sentences(p.passage())) {
                // A question, or a link's headline at the article's foot, is not what it tells.
                if (Summarizer.isQuestion(sentence) || RunningText.readsAsHeadline(sentence)) continue;
                Set<String> seen = new HashSet<>(terms.analyze(sentence));
                if (!sides.namesBoth(seen) || !sides.facing(sentence)) continue;
                boolean score = ScoreLines.in(sentence);
                // Two sides ask for a score; without sides the sentence must say who won the thing asked
                // about (an election, a prize is said in words).
                if (sides.hasSides() ? !score : !sides.winsTopic(sentence) || AnswerEvidence.weighsChances(sentence)) continue;
                // "مين كسب نهائي الدوري الاسترالي؟ وكم النتيجة؟": the title won without its score (or, for a
                // vote, a figure) is half an answer
                if (asksScore && !score && !StoryPage.HAS_DIGIT.matcher(sentence).find()) continue;
                float coverage = terms.coverage(seen);
                if (coverage < least) continue;
                float rank = coverage + (score ? 1 : 0); // a score line first, then coverage
                if (rank > bestRank) {
                    bestRank = rank;
                    best = sentence;
                }
            }
        }
        return Optional.ofNullable(best);
    }


}

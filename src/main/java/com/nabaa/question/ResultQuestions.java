package com.nabaa.question;

import com.nabaa.text.ArabicText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognizes a question about a result ({@link ResultQuestion}) and reads its two sides.
 *
 * <p>A question asks for a result when
 * <ul>
 *   <li>the score is asked in Egyptian: "خلصت كام؟"، "كام كام؟"; in Maghrebi: "شحال دارت X مع Y؟";</li>
 *   <li>"who" is followed by a verb of winning or by "the winner" (من فاز، مين كسب، شكون ربح، منو
 *       الفائز، مين البطل، who won, who beat);</li>
 *   <li>"result" is asked of a match or an election named right after it (نتيجة مباراة، النتيجة
 *       النهائية للمباراة، نتائج الانتخابات, score of the match), or of two sides (نتيجة الأهلي
 *       والزمالك);</li>
 *   <li>a word joins two sides after a verb of winning (هل فازت مصر على روسيا؟), or the verb
 *       itself, in a question that opens with the first side (الزمالك كسب الأهلي؟).</li>
 * </ul>
 * In a result question the dialects' verbs of winning are read as فاز: Egyptian كسب and غلب,
 * Maghrebi ربح. Elsewhere they keep their other meanings (كسب: earn; ربح: profit).
 *
 * <p>The sides are read from the search text: two names joined by و (السعودية وروسيا، الأهلي
 * والزمالك), ضد, أمام, مع, "or" (ولا، أو), vs or and, or by a verb of winning (على after it), each
 * at most three words, ending at a preposition, a number or the competition (بكأس العالم، الدوري); "منتخب" and "فريق" are not part of a side, and a word that
 * points back (ذلك) is no side. Words are compared after {@link
 * ArabicText#normalize} and lower-casing. Stateless and thread-safe.
 */
final class ResultQuestions {
    private static final Set<String> WHO = keys("من مين منو منهو شكون who");
    /** What may stand between "who" and the verb: "من هو الفائز"، "مين اللي كسب"، "من الذي فاز". */
    private static final Set<String> WHO_BRIDGE = keys("هو هي اللي الي الذي التي الفريق المنتخب team");
    /** The dialects' verbs of winning, which mean "won" only in a result question. */
    private static final Set<String> DIALECT_WIN = keys(
            "كسب كسبت كسبو كسبوا يكسب بيكسب هيكسب غلب غلبت غلبو غلبوا يغلب بيغلب ربح ربحت ربحو ربحوا يربح");
    private static final Set<String> WIN = union(DIALECT_WIN, keys(
            "فاز فازت فازو فازوا يفوز تفوز انتصر انتصرت تغلب تغلبت هزم هزمت توج توجت تتوج حسم حسمت"
                    // qualified, of two sides: "مين اتأهل انجلترا ولا كرواتيا؟" asks who won their tie
                    + " تأهل تأهلت تأهلو تأهلوا يتأهل اتأهل اتأهلت اتأهلو اتأهلوا"
                    + " won win wins beat beats defeated"));
    /** Words that ask who won, not how a match ended or who qualified: {@link #asksWhoWon}. */
    private static final Set<String> WON = keys("فاز فازت فازو فازوا يفوز تفوز توج توجت تتوج حسم حسمت انتصر انتصرت won win wins");
    /** "By how much" ({@link #byHowMuch}). */
    private static final Set<String> BY_HOW_MUCH = keys("بكم بكام بقديش بقداش بشحال");
    /**
     * "Took", as the dialects say a side won a trophy, and "snatched" as sports pages do (خطفت الذهبية،
     * اقتنص اللقب، انتزع الكأس) ({@link #takingAsWinning}).
     */
    private static final Set<String> TAKE = keys("اخذ اخذت اخذو اخذوا خد خدت خدو خدوا اخد اخدت اخدو اخدوا ياخذ ياخد هياخد"
            + " خطف خطفت خطفو خطفوا اقتنص اقتنصت انتزع انتزعت حصد حصدت");
    /** A word that may stand between "took" and its trophy: "خطفت آخر ذهبية"، "اخد اول لقب". */
    private static final Set<String> ORDINAL = keys("آخر اول");
    /** What a side takes when it wins: the cup, the league, the title, the prize. */
    private static final Set<String> TROPHY = keys(
            "كاس الكاس كاسات الدوري دوري اللقب لقب البطوله بطوله الجاءزه جاءزه الجايزه جايزه الميداليه ميداليه الذهبيه ذهبيه");
    private static final Set<String> WINNER = keys("الفاءز الفايز فاءز الفاءزه الفايزه البطل بطل winner champion");
    private static final Set<String> RESULT = keys("نتيجه النتيجه نتاءج النتاءج نتايج النتايج result results score scores");
    private static final Set<String> MATCH = keys(
            "مباراه المباراه مباريات ماتش الماتش لقاء اللقاء مواجهه المواجهه ديربي كلاسيكو الكلاسيكو match game derby"
                    // the Maghreb's spelling of the derby: "شكون ربح الداربي"
                    + " داربي الداربي"
                    // the teh marbuta typed as ت: "نتيجه مبارات مصر و روسيا"
                    + " مبارات المبارات"
                    // a friendly: "ودية مصر والكويت كم خلصت؟"
                    + " وديه الوديه");
    private static final Set<String> ELECTION = keys(
            "انتخابات الانتخابات انتخاب الانتخاب استفتاء الاستفتاء التصويت election elections referendum vote");
    /**
     * Words that join the two sides when they stand alone: "and", "against", "or" (روما ولا برشلونة);
     * على only after a verb of winning (فاز X على Y).
     */
    private static final Set<String> JOINERS = keys("و ضد امام مع ولا او vs v versus and against or");
    private static final Set<String> OVER = keys("علي over");
    /** A side ends at these: a preposition, a time word, a function word. */
    private static final Set<String> SIDE_ENDS = keys(
            "في فى ف ب من عن الي الى بين يوم امس اليوم الليله امبارح ديال تاع بتاع متاع الذي اللي in at on of the for to from"
                    + " between"
                    // the competition or the stage: "المغرب وإيران بكأس العالم"، "ليفربول وروما ذهاب نصف النهائي"
                    + " كاس الكاس مونديال المونديال دوري الدوري بطوله البطوله نهاءي النهاءي افتتاح الافتتاح ذهاب الذهاب"
                    + " اياب الاياب نصف ربع السوبر الكلاسيكو ديربي الجوله"
                    // the dialects' نص for نصف, also with "in": "فاندفيج وغارسيا بنص نهائي شتوتغارت"
                    + " نص بنص بنصف");
    /** Words that point at something said before: no side is one ("نتيجة ذلك"، "فازت بها"). */
    private static final Set<String> POINTERS = keys(
            "ذلك هذا هذه تلك ده دي دا هو هي هم ها هما بها به لها له عليه عليها عليهم this that it");
    /** "Result" asks of a match or an election named within this many words after it. */
    private static final int RESULT_OF_WITHIN = 3;
    /** Not part of a side's name: "منتخب مصر" is مصر. */
    private static final Set<String> TEAM_WORDS = keys("منتخب المنتخب فريق الفريق نادي النادي team");
    private static final int SIDE_WORDS = 3;
    /**
     * "who won", "final score", "score of", "result of the match" (not "as a result of"), and a
     * yes-or-no of a win: "did nixon beat cuomo?".
     */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\bwho\\s+(?:has\\s+|have\\s+)?(?:won|wins|win|beat|defeated)\\b|\\bfinal\\s+score\\b|\\bscores?\\s+of\\b"
                    // "did cynthia nixon beat cuomo …?", "has liverpool won the league?"
                    + "|^(?:did|has|have)\\s+(?:\\S+\\s+){1,4}?(?:beat|defeat|win|won|lose\\s+to)\\b"
                    + "|\\bresults?\\s+of\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:match|game|election|elections|vote|referendum|final|race"
                    + "|derby)\\b");
    /** "Ended", "did": the asking of "خلصت كام؟" and "شحال دارت؟", not a side's name. */
    private static final Set<String> ENDED = keys("خلصت خلص انتهت كام دارت دار داروا دارو"
            // Maghrebi "ended": "كيفاش سالا الماتش؟"، "بشحال سالات؟"
            + " سالا سالات سالت");
    /**
     * The score asked in Egyptian: "خلصت كام؟" (ended how), "كام كام؟" (how many to how many), and
     * with كم as the Levant and the Gulf write it ("خلصت كم كم؟"); in
     * Maghrebi: "شحال دارت مارسيليا مع أتلتيكو؟" (how many did Marseille do with Atlético), "كيفاش سالا؟" (how did it end).
     */
    private static final Pattern SCORE_ASKED = Pattern.compile("(?<!\\p{L})(?:خلصت|خلص|انتهت)\\s+(?:على\\s+|علي\\s+)?(?:ب)?(?:كام|كم|قديش|قديه|اديش)(?!\\p{L})"
            // كم as the Levant and the Gulf write it: "برشلونة وهويسكا خلصت كم كم؟"
            + "|(?<!\\p{L})(?:كام|كم)\\s*[-–]?\\s*(?:كام|كم)(?!\\p{L})"
            // the Gulf's and the Levant's order: "الدحيل والوحدة كم خلصت؟" (how did it end), also with
            // the Levant's "how much" ("فاندفيج وغارسيا قديش خلصت؟")
            + "|(?<!\\p{L})(?:كام|كم|قديش|قديه|اديش|شقد)\\s+(?:خلصت|خلص|انتهت)(?!\\p{L})"
            + "|(?<!\\p{L})(?:ب)?(?:شحال|قداش)\\s+(?:دارت|دار|داروا|دارو)(?!\\p{L})"
            // Maghrebi "how did it end": "كيفاش سالا الماتش؟"، "بشحال سالات؟"
            + "|(?<!\\p{L})(?:كيفاش|كيف|(?:ب)?(?:شحال|قداش))\\s+(?:سالا|سالات|سالت)(?!\\p{L})");
    private static final String PUNCTUATION = "?؟!.,،:;؛\"'«»()[]{}…";

    private ResultQuestions() {
    }

    /** The result question {@code asked} is, read from its search text; empty when it asks no result. */
    static Optional<ResultQuestion> of(String asked, String searchText) {
        asked = takingAsWinning(asked);
        searchText = takingAsWinning(searchText);
        List<String> keys = keysOf(asked);
        // "منو السعودية اللي فازت بالسيارة في مباراة البرازيل والأرجنتين؟": a car won at a match is no result of it
        if (wonAThing(keys)) return Optional.empty();
        // A verb of winning joins two names only in a question that opens with the first ("الزمالك كسب
        // الأهلي؟"), not in "كم مرة فاز بولونيا بالكأس؟" or "في أي معركة هزم صلاح الدين…".
        List<String> searched = words(searchText);
        // "ترمب الانتخابات النصفية مين كسب مجلس النواب" asks who won, and joins no sides.
        boolean opensWithSide = !keys.isEmpty() && !searched.isEmpty() && keys.get(0).equals(key(searched.get(0)))
                && !whoWon(keys);
        Sides sides = sides(searchText, opensWithSide);
        boolean asks = whoWon(keys) || winnerOf(keys) || byHowMuch(keys) || ENGLISH.matcher(asked.toLowerCase(Locale.ROOT)).find()
                || SCORE_ASKED.matcher(QuestionTextView.of(asked).text()).find()
                || resultOf(keys) || anyIn(keys, RESULT) && !sides.names().isEmpty()
                // "هل فازت مصر على روسيا؟" but not "متى فاز فريق بولونيا وارسو" (Warsaw): a word joins them
                || anyIn(keys, WIN) && sides.joined();
        if (!asks) return Optional.empty();
        List<String> topic = searched.stream().filter(w -> !isAsking(key(w))).toList();
        return Optional.of(new ResultQuestion(sides.names(), askingWords(searchText), String.join(" ", topic)));
    }

    /**
     * The result question an English question asks ("Who won Roland Garros 2018?"), read from the
     * Arabic it is searched with ({@code arabicSearch}: "فاز رولان غاروس 2018"): no sides, since the
     * Arabic search keeps no "and" between them, unless the English names two sides and asks their
     * score or result ({@code EnglishReading} then opens the Arabic with them, joined by و); the Arabic
     * of its asking words ("won": فاز، فوز) is asked, the rest is what the result is of. Empty when
     * the English asks no result.
     */
    static Optional<ResultQuestion> ofEnglish(String asked, String arabicSearch) {
        String lower = asked.toLowerCase(Locale.ROOT);
        // Two sides the English names ("Egypt vs Uruguay score") open the Arabic searched, joined by و.
        Sides sides = ENGLISH_SIDES_ASKED.matcher(lower).find() ? sides(arabicSearch, false) : Sides.NONE;
        boolean twoSides = sides.names().size() == 2 && sides.joined();
        if (!ENGLISH.matcher(lower).find() && !twoSides) return Optional.empty();
        List<String> asking = new ArrayList<>();
        List<String> topic = new ArrayList<>();
        for (String word : words(arabicSearch)) {
            String k = key(word);
            (isAsking(k) || TRANSLATED_WIN.contains(k) ? asking : topic).add(word);
        }
        return Optional.of(new ResultQuestion(twoSides ? sides.names() : List.of(), asking, String.join(" ", topic)));
    }

    /** The English words that ask a match's result of the two sides it names ("Egypt Uruguay score"). */
    private static final Pattern ENGLISH_SIDES_ASKED = Pattern.compile("\\b(?:scores?|results?|won|win|wins|beat|beats|defeated)\\b");

    /** The glossary's Arabic for "win", "winner" and "beat" beside the verbs of {@link #WIN}. */
    private static final Set<String> TRANSLATED_WIN = keys("فوز الفوز تتويج الفاءز");

    /**
     * "Result" right before a match or an election (نتيجة مباراة، النتيجة النهائية للمباراة، نتائج
     * الانتخابات), not "رفع دنفر النتيجة" after "المباراة".
     */
    private static boolean resultOf(List<String> keys) {
        for (int i = 0; i < keys.size(); i++) {
            if (!RESULT.contains(keys.get(i)) && !RESULT.contains(bare(keys.get(i)))) continue;
            for (int j = i + 1; j < keys.size() && j <= i + RESULT_OF_WITHIN; j++) {
                String k = keys.get(j);
                if (MATCH.contains(k) || MATCH.contains(bare(k)) || ELECTION.contains(k) || ELECTION.contains(bare(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sides read, and whether a word joins them (و alone, ضد, على…) rather than an attached و. */
    private record Sides(List<String> names, boolean joined) {
        static final Sides NONE = new Sides(List.of(), false);
    }

    /** {@code searchText} with a dialect verb of winning as news writes it (كسب → فاز), in a result question. */
    static String inNewsWords(String asked, String searchText) {
        if (of(asked, searchText).isEmpty()) return searchText;
        List<String> out = new ArrayList<>();
        for (String word : takingAsWinning(searchText).split("\\s+")) out.add(DIALECT_WIN.contains(key(word)) ? "فاز" : word);
        return String.join(" ", out);
    }

    /**
     * The text with "took" before a trophy read as "won" (منو أخذ كاس الملك؟، الهلال خد الدوري؟،
     * الأهلي اخد البطولة): the Gulf's and Egypt's way of asking who won it. Before anything else, "took"
     * is only took (من أخذ القرار؟).
     */
    static String takingAsWinning(String text) {
        List<String> words = words(text);
        boolean taking = false;
        for (int i = 0; i + 1 < words.size() && !taking; i++) taking = takes(words, i);
        if (!taking) return text;
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) out.add(takes(words, i) ? "فاز" : words.get(i));
        return String.join(" ", out);
    }

    /** Whether the {@code i}-th word takes a trophy: the next word, or the one after an ordinal. */
    private static boolean takes(List<String> words, int i) {
        if (!TAKE.contains(key(words.get(i))) || i + 1 >= words.size()) return false;
        int trophy = ORDINAL.contains(key(words.get(i + 1))) ? i + 2 : i + 1;
        return trophy < words.size() && TROPHY.contains(key(words.get(trophy)));
    }

    /** "By how much" right before a verb of winning asks the margin: "بكم فاز بوتين؟"، "بكام كسب الأهلي؟". */
    private static boolean byHowMuch(List<String> keys) {
        for (int i = 0; i + 1 < keys.size(); i++) {
            if (BY_HOW_MUCH.contains(keys.get(i)) && WIN.contains(keys.get(i + 1))) return true;
        }
        return false;
    }

    private static boolean whoWon(List<String> keys) {
        for (int i = 0; i < keys.size(); i++) {
            if (!WHO.contains(bare(keys.get(i)))) continue;
            int next = i + 1;
            while (next < keys.size() && next <= i + 2 && WHO_BRIDGE.contains(keys.get(next))) next++;
            if (next < keys.size() && (WIN.contains(keys.get(next)) || WINNER.contains(keys.get(next)))) return true;
            // who, a noun, then "who won": "مين البنت اللي فازت بأول سباق"، "من اللاعب الذي فاز بالجائزة"
            if (i + 3 < keys.size() && RELATIVE.contains(keys.get(i + 2)) && WIN.contains(keys.get(i + 3))) return true;
        }
        return false;
    }

    private static final Set<String> RELATIVE = keys("اللي الي الذي التي");

    /**
     * "The champion of" or "the winner of" a trophy, opening the question: "بطل الدوري الجزائري"،
     * "الفائز بجائزة البوكر"، "بطل كاس العالم 2018" asks who won it as "مين كسب" does. Not "بطل مسلسل"
     * (a series' star).
     */
    private static boolean winnerOf(List<String> keys) {
        if (keys.size() < 2 || !WINNER.contains(keys.get(0))) return false;
        String next = keys.get(1);
        return TROPHY.contains(next) || next.length() > 3 && next.charAt(0) == 'ب' && TROPHY.contains(next.substring(1));
    }

    /**
     * Whether a verb of winning is followed by a thing won that no contest is (بالسيارة، بشقة، بمليون):
     * a raffle's car or a lottery's sum, asked of whoever won it, not the result of a match.
     */
    private static boolean wonAThing(List<String> keys) {
        for (int i = 0; i + 1 < keys.size(); i++) {
            if (!WIN.contains(keys.get(i))) continue;
            String next = keys.get(i + 1);
            if (next.length() > 3 && next.charAt(0) == 'ب' && THINGS_WON.contains(next.substring(1))) return true;
        }
        return false;
    }

    /** Things won that are prizes of a draw, not contests, as {@link #key} leaves them after ب. */
    private static final Set<String> THINGS_WON = keys("سياره السياره سيارات السيارات عربيه العربيه شقه الشقه بيت البيت"
            + " منزل المنزل فيلا الفيلا مليون المليون مبلغ المبلغ تذكره التذكره تذاكر التذاكر رحله الرحله هديه الهديه"
            + " اليانصيب يانصيب الجاكبوت جاكبوت");

    /** Whether an asking word asks who won ("فاز"، "الفائز"، "won"), not a result or a score (نتيجة، نتائج). */
    static boolean asksWhoWon(String askingWord) {
        String k = key(askingWord);
        return WON.contains(k) || WINNER.contains(k);
    }

    /** The words of the search text that ask for the result rather than name it. */
    private static List<String> askingWords(String searchText) {
        List<String> out = new ArrayList<>();
        for (String word : words(searchText)) {
            if (isAsking(key(word))) out.add(word);
        }
        return out;
    }

    private static boolean isAsking(String key) {
        String k = bare(key);
        return RESULT.contains(key) || MATCH.contains(key) || WIN.contains(key) || WINNER.contains(key) || ENDED.contains(key)
                || RESULT.contains(k) || MATCH.contains(k);
    }

    /** The two sides of the search text, or none; {@code verbJoins}: a verb of winning may join them. */
    private static Sides sides(String searchText, boolean verbJoins) {
        List<String> all = words(searchText);
        List<String> content = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String k = key(all.get(i));
            // "الزمالك كسب الأهلي؟": a verb of winning between two names joins them (not "فازت بها").
            // A trophy after it is what was won, not a side beaten ("صلاح فاز جايزة احسن لاعب").
            if (verbJoins && WIN.contains(k) && !content.isEmpty() && i + 1 < all.size()
                    && !isAsking(key(all.get(i + 1))) && !POINTERS.contains(bare(key(all.get(i + 1))))
                    && !TROPHY.contains(key(all.get(i + 1))) && !TROPHY.contains(bare(key(all.get(i + 1))))) {
                content.add("ضد");
            } else if (!isAsking(k)) {
                content.add(all.get(i));
            }
        }
        boolean won = all.stream().anyMatch(w -> WIN.contains(key(w)));
        int joiner = -1;
        for (int i = 1; i + 1 < content.size() && joiner < 0; i++) {
            String k = key(content.get(i));
            if (JOINERS.contains(k) || won && OVER.contains(k)) joiner = i;
        }
        List<String> after;
        int end;
        if (joiner > 0) {
            end = joiner;
            after = content.subList(joiner + 1, content.size());
        } else {
            int attached = -1;
            for (int i = 1; i < content.size() && attached < 0; i++) {
                String k = key(content.get(i));
                if (k.length() >= 4 && k.charAt(0) == 'و' && !SIDE_ENDS.contains(k.substring(1))) attached = i;
            }
            if (attached < 0) return Sides.NONE;
            end = attached;
            after = new ArrayList<>(content.subList(attached, content.size()));
            after.set(0, content.get(attached).substring(content.get(attached).indexOf('و') + 1));
        }
        List<String> first = new ArrayList<>();
        for (int i = end - 1; i >= 0 && first.size() < SIDE_WORDS && !endsSide(content.get(i)); i--) {
            first.add(0, content.get(i));
        }
        List<String> second = new ArrayList<>();
        int from = !after.isEmpty() && OVER.contains(key(after.get(0))) ? 1 : 0; // "فاز X على Y"
        for (int i = from; i < after.size() && second.size() < SIDE_WORDS && !endsSide(after.get(i)); i++) {
            second.add(after.get(i));
        }
        first.removeIf(w -> TEAM_WORDS.contains(key(w)));
        second.removeIf(w -> TEAM_WORDS.contains(key(w)));
        if (first.isEmpty() || second.isEmpty()) return Sides.NONE;
        // "من توج بلقب ويمبلدون للرجال؟": a title is what was won, and the و of ويمبلدون joins nothing.
        if (onlyTrophies(first) || onlyTrophies(second)) return Sides.NONE;
        if (first.stream().anyMatch(w -> POINTERS.contains(key(w))) || second.stream().anyMatch(w -> POINTERS.contains(key(w)))) {
            return Sides.NONE; // "نتيجة ذلك": a side is named, never pointed at
        }
        return new Sides(List.of(String.join(" ", first), String.join(" ", second)), joiner > 0);
    }

    private static boolean onlyTrophies(List<String> side) {
        return side.stream().map(ResultQuestions::key).allMatch(k -> TROPHY.contains(k) || TROPHY.contains(bare(k)));
    }

    private static boolean endsSide(String word) {
        String k = key(word);
        return SIDE_ENDS.contains(k) || SIDE_ENDS.contains(bare(k)) || k.chars().anyMatch(Character::isDigit)
                // "للنهائي" is لـ + النهائي: "مين اتأهل للنهائي انجلترا ولا كرواتيا؟"
                || k.length() > 4 && k.startsWith("لل") && SIDE_ENDS.contains("ال" + k.substring(2))
                // "فالنهائي", "بالمونديال": the Maghrebi في written as ف, or ب, with the competition
                || k.length() > 5 && (k.startsWith("فال") || k.startsWith("بال")) && SIDE_ENDS.contains(k.substring(1));
    }

    private static boolean anyIn(List<String> keys, Set<String> set) {
        return keys.stream().anyMatch(k -> set.contains(k) || set.contains(bare(k)));
    }

    /** Without an attached و (ومين) or ب / ل (لمباراة، بنتيجة: when three letters or more remain). */
    private static String bare(String key) {
        if (key.length() > 2 && key.charAt(0) == 'و') return key.substring(1);
        return key.length() > 3 && (key.charAt(0) == 'ب' || key.charAt(0) == 'ل') ? key.substring(1) : key;
    }

    private static List<String> keysOf(String text) {
        return words(text).stream().map(ResultQuestions::key).toList();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String token : text.strip().split("\\s+")) {
            String word = trim(token);
            if (!word.isEmpty()) out.add(word);
        }
        return out;
    }

    private static String trim(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && PUNCTUATION.indexOf(token.charAt(start)) >= 0) start++;
        while (end > start && PUNCTUATION.indexOf(token.charAt(end - 1)) >= 0) end--;
        return token.substring(start, end);
    }

    private static String key(String word) {
        return ArabicText.normalize(word).toLowerCase(Locale.ROOT);
    }

    private static Set<String> keys(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.split(" ")).map(ResultQuestions::key).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}

package com.nabaa.question;

import com.nabaa.text.ArabicText;
import com.nabaa.text.InvisibleCharacters;
import com.nabaa.text.NewsAnalyzers;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;

/**
 * Tells a short follow-up that has no topic of its own ("وبعدين؟", "ليه؟", "ومين المسؤول؟", "طب
 * وبعدين", "what next?", "why?", "more") from a question: a message of at most {@value #MAX_WORDS}
 * words whose content words, once the question parser has dropped question words and fillers, are
 * all follow-up words (then, again, the one responsible, the reason…), and that asks for neither the
 * latest news, a date nor a section. "more" and its kin page on; the others ask the last answer's
 * topic again with what they add (the responsible, the reason).
 *
 * <p>A result question that names nothing but the result ("مين كسب الماتش؟") is a follow-up too.
 *
 * <p>A chat reads a follow-up in the context of its last answer; a front end without that context
 * (the {@code ask} command, one question alone) asks for the topic instead of answering at random.
 * Stateless and thread-safe.
 */
public final class FollowUps {
    static final int MAX_WORDS = 6;

    /** Words that only point back: dropped when the topic is asked again. */
    private static final Set<String> POINTERS = normalized(
            "بعدين بعد كده كدا كدة كذا هيك هيدا هاد ذلك هذا هذه ده دي دا طب طيب يعني تاني ثاني كمان برضه برضو بردو ايضا وبس بس"
                    + " حصل صار جرى عنه عنها عليه عليها فيه فيها منه منها هو هي هم ايوه اه نعم اوك حسنا تمام"
                    + " قبله قبلها بعده بعدها بداله بدالو بدله مكانه مكانها كلهم كلها"
                    // "exactly" ("ولوين راجعين بالزبط؟")
                    + " بالزبط بالظبط بالضبط"
                    // "with him", "to him" ("شو صار معه؟"، "ايه اللي جراله؟"): the one just told of
                    + " معه معها معهم معاه معاها معاهم معو له لها لهم الو الها"
                    // "this thing", "this matter" of the Levant and the Gulf ("مين الشركة اللي اقترحت هالشي؟")
                    + " هالشي هالشيء هالشغله هالموضوع هالامر هالحكي هالكلام هالقصه هالخبر"
                    // "one", "anyone", "people" of "كام واحد مات؟"، "حد اتصاب؟"، "في ناس ماتت؟": the people of the story
                    + " واحد حد ناس"
                    // "was", "is": the tense of what was just told ("قديش كان عمره؟" after the goalkeeper's death).
                    // Cannes is named with its festival ("مهرجان كان"), a word of its own.
                    + " كان كانت كانو كانوا يكون تكون بيكون بتكون"
                    + " then next after that this it so and again also too ok okay yes please tell me more about"
                    // the one just told of ("what's his name?", "and where was the guy from?"), as واحد، حد، ناس
                    + " he she they him her them his hers its their theirs guy guys man woman person people"
                    // the ones just told of, counted or weighed ("who are the two guys it's mostly about?")
                    + " two both mostly mainly it's"
                    // English words that name nothing, which the topic keeps ("and where was the guy from?")
                    + " the a an is was were are be been from of to in on at for with by did does do");
    /** Words that ask for more of the same answer. */
    private static final Set<String> MORE = normalized(
            "المزيد مزيد كمان اكتر اكثر غيره غيرها غيرهم زياده more next another others else further continue");
    /**
     * What a follow-up asks about the story without naming it: kept when the topic is asked again
     * (a story may say who is responsible), never a topic by itself.
     */
    private static final Set<String> ASPECTS = normalized(
            "اسم اسمه اسمها المسؤول المسئول المسؤولين المسئولين السبب الاسباب سبب اسباب التفاصيل تفاصيل النتيجه النتائج الرد رد الفعل"
                    + " فعل الموقف الحصيله العدد عدد الضحايا ضحايا الاجراءات اجراءات الخسائر التطورات تطورات الجديد جديد القصه الحكايه ليه لماذا"
                    // how many years, which year ("وكم سنة قعدت بالبرميل؟"): the story tells them as its figures
                    + " سنه سنين سنوات عام اعوام"
                    // what someone of the story said ("هو قال ايه؟"، "وشو قالت؟")
                    + " قال قالت قالو قالوا يقول تقول بيقول بتقول"
                    + " name names responsible reason reasons details result results response reaction toll victims story why");

    /**
     * Words that ask what a side said or did about the story ("وتركيا قالت ايه؟"، "وقطر ردت؟"، "and
     * Turkey's reaction?"): with one new side joined by و, a follow-up that names that side.
     */
    private static final Set<String> REACTIONS = normalized(
            "قال قالت قالو قالوا ردت رد ردو ردوا ردها رده ردهم ردة فعلها فعله علقت علق علقو علقوا موقف موقفها موقفه موقفهم"
                    + " عملت عمل عملو عملوا"
                    + " say said says respond responded react reacted reaction");
    /** "Was", which sets what a new side is asked in the past ("وإسرائيل شو كان ردها؟"). */
    private static final Set<String> WAS = normalized("كان كانت كانو كانوا");
    /**
     * A rank or a place in a table, asked of a new side ("وأمريكا بأي مرتبة طلعت؟" after the happiness
     * report): the same table of the story just told.
     */
    private static final Set<String> RANKS = normalized("مرتبه المرتبه بمرتبه ترتيب ترتيبها ترتيبه مركز المركز بمركز rank ranked");

    /**
     * Question words that, joined by و, ask on about the last answer ("ومين اتكلف بدالو؟"، "وليش
     * استقال؟"): the و carries the question back to it.
     */
    private static final Set<String> JOINED_QUESTIONS = normalized(
            "مين من ليه ليش لماذا ايه ايش شو شنو شنوة كيف ازاي امتى متى فين اين كم قديش علاش هل اي انهي انهو"
                    // how many, as the dialects ask it: "وكام واحد مات؟"، "وقداش من واحد؟"، "وشكد؟"
                    + " كام قداش شحال اديش قدايش شقد شكد"
                    // when, as the Levant and the Maghreb ask it: "وإيمتى رح تخلص؟"، "ووقتاش؟"
                    + " ايمتى ايمتا امتا وقتاش"
                    // which, in the Maghreb: "وشمن مدينة؟"
                    + " شمن اشمن"
                    // where, where to and from where: "ووين صارت؟"، "ولوين راجعين؟"، "ومنين جابوها؟"
                    + " وين لوين لفين منين");
    /**
     * Words that ask a measure of the story after و ("وعدد العاطلين بقى كام؟"، "ومدة العقد كام؟"، "وقيمة
     * الصفقة قديش؟"، "وموعد الجنازة امتى؟"), kept as what is asked: its count, length, value, price,
     * size, weight, date or place. Nouns of their own otherwise ("وزير الخارجية استقال؟" opens a question).
     */
    private static final Set<String> JOINED_MEASURES = normalized("عدد مده قيمه سعر حجم وزن طول موعد تاريخ مكان");
    /**
     * Prepositions that, joined by و and followed by a question word, ask on about the last answer
     * ("وعن أي رواية؟" after a prize's winner، "وضد مين كان النهائي؟" after a cup's، "ومع مين اتفقوا؟").
     */
    private static final Set<String> JOINED_PREPOSITIONS = normalized("عن ضد مع في على بين");
    /**
     * A verb's shape after the و that joins it ("وطلعوا"، "وهيلحق"، "واتكلف"، "وقالت"): a present tense
     * with its prefix (and a dialect's future ه or ح, or habitual ب), a plural past in وا, an Egyptian
     * passive in ات, a short past in ت, a past in است (استقال). A noun after و (وزير، وفاة، ولي) has
     * none of them; one ending as a noun does (ه، ات) is not read as a verb.
     */
    private static final java.util.regex.Pattern JOINED_VERB = java.util.regex.Pattern.compile(
            "^[هحبس]?[يتن]\\p{IsArabic}{2,}$|^\\p{IsArabic}{2,}وا$|^ات\\p{IsArabic}{3,}$|^\\p{IsArabic}{2,3}ت$|^است\\p{IsArabic}{2,3}$");
    /**
     * The dialects' participles of coming and going, asked as verbs after where to or from where ("ولوين
     * راجعين؟"، "ومن وين كانوا جايين؟"): they ask only the place, which the story names otherwise
     * (غادروا… باتجاه القلمون), so a follow-up asks its question word alone.
     */
    private static final Set<String> MOTION = normalized(
            "راجع راجعه راجعين رايح رايحه رايحين جاي جايه جايين طالع طالعين نازل نازلين ماشي ماشيين");
    /**
     * Dialect verbs of three letters, which have no verb's shape ("وشريكها كم أخد؟" his sentence,
     * "جاب كام؟"), and the modals before a verb ("لازم يدفعوها"): they name nothing.
     */
    private static final Set<String> PLAIN_VERBS = java.util.stream.Stream.concat(
            normalized("اخد خد جاب دفع كسب خسر بقى طلع نزل رجع راح لازم ممكن المفروض").stream(), MOTION.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /**
     * A noun with a pronoun pointing back at someone ({@link #pointsToSomeone}), or a mother, father
     * or brother of two or three letters with hers, his or theirs ("وإمها قديش أخدت؟"، "وأمه؟"،
     * "وأبوه وين انقتل؟"، "وأخوها؟").
     */
    private static final java.util.regex.Pattern BACK_POINTER = java.util.regex.Pattern.compile(
            "\\p{IsArabic}{3,}(?:ها|هما|هم|هن)|ام(?:ه|ها|هما|هم|هن|و)|(?:ابو|اخو)(?:ه|ها|هما|هم|هن)");
    /** At most this many words in a message that goes on from the last answer ({@link #goesOn}). */
    static final int GOES_ON_WORDS = 3;
    /**
     * At most this many words in what a message going on from the last answer adds ({@link
     * #addedWords}), of which at most {@link #GOES_ON_WORDS} name something: "وكم سنة قعدت بالبرميل؟
     * وأي سنة تعبّت؟" asks two things of the story just told.
     */
    static final int ADDED_WORDS = 6;

    /**
     * English words too small to count toward a follow-up's {@value #MAX_WORDS}: English spells out
     * what Arabic joins or leaves unsaid, so "who are the two guys it's mostly about?" is as short as
     * "مين الاتنين؟".
     */
    private static final Set<String> ENGLISH_SMALL = normalized(
            "the a an is are was were be been it it's its of to in on at for with by about do does did");

    private FollowUps() {
    }

    /** Whether a message is a short follow-up without a topic of its own. */
    public static boolean isFollowUp(String text, ZonedDateTime now) {
        Objects.requireNonNull(text, "text");
        String visible = InvisibleCharacters.strip(text);
        if (!hasWords(visible) || length(visible) > MAX_WORDS) return false;
        return isFollowUp(QuestionParser.parse(visible, now));
    }

    /** Whether a parsed question is a short follow-up without a topic of its own. */
    public static boolean isFollowUp(Question q) {
        Objects.requireNonNull(q, "q");
        if (!hasWords(q.asked()) || length(q.asked()) > MAX_WORDS) return false;
        if (q.section().isPresent()) return false;
        if (q.when().isPresent()) return asksAnotherTime(q);
        // Without content words, a request for the latest ("آخر الأخبار", "عاجل") is no follow-up; with
        // only follow-up words it is, though the parser reads a word alone ("المزيد") as a topic.
        if (q.topicWords().isEmpty()) return !q.latest();
        // "مين كسب الماتش؟" asks the result of the match just talked about.
        if (q.result().filter(r -> r.topic().isBlank()).isPresent()) return true;
        return q.topicWords().stream().map(FollowUps::key)
                .allMatch(w -> POINTERS.contains(w) || MORE.contains(w) || ASPECTS.contains(w))
                || side(q.topicWords()).isPresent() || sideAsked(q.topicWords(), q.asked()).isPresent()
                || goesOn(q.asked()) || onlyItsOwn(q.topicWords())
                || onlyDemonstrated(q.asked(), q.topicWords()) || asksWhich(q.asked());
    }

    /**
     * Whether a follow-up asks the last answer's question of another time ("وكم كانت بنهاية يوليو؟"
     * after the Saudi holdings of US bonds, "وامبارح؟", "and last year?"): joined by و or "and", it
     * names a date and nothing else but question words, pointers, what it asks of the story and the
     * words placing a day in its month ({@link #DATE_EDGES}).
     */
    public static boolean asksAnotherTime(Question q) {
        if (q.when().isEmpty() || q.section().isPresent() || !opensWithAnd(q.asked())) return false;
        return q.topicWords().stream().map(FollowUps::key).allMatch(w -> POINTERS.contains(w) || ASPECTS.contains(w)
                || MORE.contains(w) || DATE_EDGES.contains(w) || JOINED_QUESTIONS.contains(w) || ENGLISH_SMALL.contains(w));
    }

    /** Whether a message opens with و joined to its first word, or with "and". */
    private static boolean opensWithAnd(String text) {
        String visible = InvisibleCharacters.strip(text).strip();
        return !withoutJoinedOpening(visible).equals(visible) || fold(trim(visible.split("\\s+")[0])).equals("and");
    }

    /** Words that place a day in its month or year, which the date phrase leaves as words ("بنهاية يوليو"). */
    private static final Set<String> DATE_EDGES = normalized(
            "نهايه بنهايه لنهايه مطلع بمطلع بدايه ببدايه اواخر باواخر اوائل باوائل منتصف بمنتصف اخر باخر end beginning start middle");

    /**
     * Whether a message asks only which place, day, team… of the story just told ("بأي بلدة؟"، "في أي
     * مستشفى؟"، "ومن انهي دولة؟"، "which city?"): each thing it names is a kind ({@link #WHICH_KINDS})
     * right after a word asking which, with nothing else but prepositions and pointers.
     */
    static boolean asksWhich(String asked) {
        List<String> words = Arrays.stream(InvisibleCharacters.strip(asked).split("[^\\p{L}]+"))
                .filter(w -> !w.isEmpty()).map(FollowUps::fold).toList();
        if (words.isEmpty() || words.size() > MAX_WORDS) return false;
        boolean kind = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (WHICH_KINDS.contains(w) && i > 0 && isWhich(words.get(i - 1))) {
                kind = true;
            } else if (!isWhich(w) && !WHICH_PREPOSITIONS.contains(w) && !POINTERS.contains(w)) {
                return false;
            }
        }
        return kind;
    }

    /** A word asking which, with و and a preposition joined to it (اي، بأي، وبأي، لأي، انهي، شمن, which). */
    private static boolean isWhich(String word) {
        String w = word.startsWith("و") && word.length() > 2 ? word.substring(1) : word;
        if (w.length() > 2 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل') && WHICH.contains(w.substring(1))) return true;
        return WHICH.contains(w);
    }

    /** Words asking which, in news Arabic and the dialects (Egyptian انهي، Maghrebi شمن، Sudanese ياتو). */
    private static final Set<String> WHICH = normalized("اي أي انهي انهو شمن اشمن ياتو which what");
    /** Prepositions before "which" ("في أي"، "من انهي"، "in which"), with و joined. */
    private static final Set<String> WHICH_PREPOSITIONS = normalized("في وفي من ومن على وعلى عن وعن الى والى مع ومع in at from on to for and");
    /** The kinds of thing a reader asks "which" of without naming the story again. */
    private static final Set<String> WHICH_KINDS = normalized(
            "بلدة بلده بلد مدينة مدينه قرية منطقة محافظة ولاية دولة مكان حي شارع مستشفى مستشفي سجن محكمة فندق مطار ميناء"
                    + " مقاطعة إقليم اقليم ناحية جزيرة مخيم مستوطنة ملعب"
                    + " جامعة مدرسة شركة فريق نادي منتخب حزب قناة يوم شهر سنة ساعة وقت دور مرحلة جولة"
                    + " city town village country state region province district island camp settlement stadium place hospital"
                    + " prison court hotel airport port"
                    + " university school company team club party channel day month year time round");

    /** The topic words that name something: not pointers, words asking for more, or aspects. */
    private static List<String> namingWords(List<String> topicWords) {
        return topicWords.stream().filter(w -> {
            String k = key(w);
            return !(POINTERS.contains(k) || MORE.contains(k) || ASPECTS.contains(k));
        }).toList();
    }

    /**
     * Whether a message names nothing but "this X", the X just told of: each content word has the
     * article and a demonstrative before it or, in Egypt, after it ("وشكون هو هاد السفير؟" after the
     * ambassador Algeria summoned, "السفير ده اسمه ايه؟"), at most {@value #GOES_ON_WORDS} of them.
     */
    private static boolean onlyDemonstrated(String asked, List<String> topicWords) {
        List<String> named = namingWords(topicWords).stream().map(w -> fold(trim(w))).toList();
        if (named.isEmpty() || named.size() > GOES_ON_WORDS) return false;
        List<String> words = Arrays.stream(asked.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).map(FollowUps::fold).toList();
        for (String n : named) {
            int i = words.indexOf(n);
            if (i < 0 || !n.startsWith("ال") && !n.startsWith("وال")) return false;
            boolean before = i > 0 && DEMONSTRATIVES.contains(words.get(i - 1));
            boolean after = i + 1 < words.size() && DEMONSTRATIVES_AFTER.contains(words.get(i + 1));
            if (!before && !after) return false;
        }
        return true;
    }

    /** "This", "that" before a noun, in news Arabic and the dialects. */
    private static final Set<String> DEMONSTRATIVES = normalized("هذا هذه ذلك تلك هذاك هذيك هاد هادا هادي هاذا هاذي هيدا هيدي هيداك ذاك");
    /** Egypt's "this" after its noun ("السفير ده"). */
    private static final Set<String> DEMONSTRATIVES_AFTER = normalized("ده دي دا دول");

    /**
     * Whether a message names nothing but what belongs to someone just told of ("طيب قديش طوله وكم
     * عمره؟" after the sea monster's fossil): each content word ends in a pronoun pointing back
     * ({@link #pointsBackTyped}), at most {@value #GOES_ON_WORDS} of them.
     */
    private static boolean onlyItsOwn(List<String> topicWords) {
        List<String> named = namingWords(topicWords);
        return !named.isEmpty() && named.size() <= GOES_ON_WORDS && named.stream().allMatch(FollowUps::pointsBackTyped);
    }

    /**
     * A word typed with a pronoun that points back: ها، هم، هما، هن, or ه as typed (a teh marbuta, ة,
     * is no pronoun), after at least three letters and without the article ("طوله"، "عمرها"، "ولادهم").
     */
    private static boolean pointsBackTyped(String typed) {
        String w = trim(typed);
        String bare = w.length() > 3 && w.charAt(0) == 'و' ? w.substring(1) : w;
        // "وزنها" is her weight: its و may be the word's own letter, not a conjunction
        return ownsWhatIsTold(bare) || !bare.equals(w) && ownsWhatIsTold(w);
    }

    private static boolean ownsWhatIsTold(String w) {
        if (w.startsWith("ال") || w.length() < 4) return false;
        return pointsToSomeone(fold(w)) || w.endsWith("ه");
    }

    /**
     * Whether a short message goes on from the last answer with nothing but a verb: after any pointer
     * (طيب، طب), it opens with و joined to a verb or a question word, and its other words are verbs,
     * pointers or aspects ("طيب وطلعوا كلهم؟"، "ومين اتكلف بدالو؟"، "وليش استقال؟"). It names no one
     * and nothing: the last answer's topic is its subject. A message naming a topic of its own ("ومين
     * المسؤول عن حادث القطار؟"، "وتركيا قالت ايه عن الليرة؟") or opening with a noun (وزير الخارجية
     * استقال؟) or with a question word written with و (وش، وين، واش) is a question.
     */
    private static boolean goesOn(String text) {
        if (openingJoined(text).isEmpty()) return false;
        String on = goingOn(text);
        if (on.isEmpty()) return false;
        List<String> words = Arrays.stream(on.split("\\s+")).map(FollowUps::fold).toList();
        return words.size() <= GOES_ON_WORDS
                && words.stream().allMatch(w -> POINTERS.contains(w) || ASPECTS.contains(w) || verbShaped(w));
    }

    /**
     * What a short message opening like a follow-up adds in words of its own ("وشو اسم الرواية؟" →
     * اسم الرواية، "ومين تبنى التفجير؟" → تبنى التفجير، "وعن أي رواية؟" → رواية): it opens with و joined
     * to a question word, a verb, or a preposition before a question word, and at most {@value
     * #GOES_ON_WORDS} words follow (a second question joined by و, "وكم النتيجة", adds its words). Such a message may go on from the last
     * answer (the novel, the bombing it told of) or ask something new ("ومين فاز بالدوري؟"): only the
     * last answer's stories can tell, so it is read in their context only when they answer it
     * together with their topic. Empty for any other message, and for one that {@link #isFollowUp}
     * already.
     */
    public static Optional<String> addedWords(String text, ZonedDateTime now) {
        Objects.requireNonNull(text, "text");
        if (openingJoined(text).isEmpty() || isFollowUp(text, now)) return Optional.empty();
        // Each question it asks is short: "وشحال من قاصر تشدّو؟ وشمن مدينة فيها كثر الموقوفين؟" asks two.
        List<String> asked = new ArrayList<>();
        for (String question : text.split("[?؟]")) {
            String on = goingOn(question);
            if (on.isBlank()) continue;
            if (on.split("\\s+").length > ADDED_WORDS || naming(on) > GOES_ON_WORDS) return Optional.empty();
            asked.add(on);
        }
        String on = String.join(" ", asked);
        if (on.isBlank()) return Optional.empty();
        // Its opening question word stays: "أي رواية" asks a title, "مين تبنى" a name.
        String asking = openingJoined(text).filter(JOINED_QUESTIONS::contains).map(w -> w + " ").orElse("");
        return Optional.of(asking + on);
    }

    /**
     * What a short question adds when each thing it names is one the last question named, now with the
     * article or هال ("شو اسم النادي؟" after "صحيح في نادي روسي لغى عقد لاعب جديد…": that club; "اسمه
     * هالوزير" after وزير الثروة السمكية), or as it wrote it ("وين غرق بالضبط؟" after "…قارب المهاجرين
     * اللي غرق قبال تركيا؟"): its question word and words as {@link #addedWords} gives them, هال written
     * as the article. Like them, it is read in the last answer's context only when its lead
     * story answers it with its {@code topic} (the last answer's topic words). Empty for a message that
     * names anything the topic does not, nothing, or more than {@value #GOES_ON_WORDS} things, asks
     * no question or two, and for one that {@link #addedWords} or {@link #isFollowUp} reads already.
     */
    public static Optional<String> referredWords(String text, String topic, ZonedDateTime now) {
        Objects.requireNonNull(topic, "topic");
        String visible = InvisibleCharacters.strip(Objects.requireNonNull(text, "text"));
        if (!hasWords(visible) || words(visible).size() > MAX_WORDS || visible.strip().split("[?؟]").length > 1) {
            return Optional.empty();
        }
        if (addedWords(visible, now).isPresent() || isFollowUp(visible, now)) return Optional.empty();
        // the question word, compared as addedWords gives it (folded), without a و joined to it
        Optional<String> asking = Arrays.stream(visible.split("\\s+")).map(w -> fold(trim(w)))
                .map(w -> w.length() > 3 && w.charAt(0) == 'و' && JOINED_QUESTIONS.contains(w.substring(1)) ? w.substring(1) : w)
                .filter(JOINED_QUESTIONS::contains).findFirst();
        if (asking.isEmpty()) return Optional.empty();
        Set<String> told = Arrays.stream(topic.strip().split("\\s+")).map(w -> bareNoun(fold(trim(w))).orElse(fold(trim(w))))
                .collect(Collectors.toSet());
        List<String> on = new ArrayList<>();
        int naming = 0;
        for (String w : goingOn(visible).split("\\s+")) {
            if (w.isBlank()) continue;
            if (!namesSomething(key(w))) {
                on.add(w);
                continue;
            }
            Optional<String> bare = bareNoun(fold(w));
            // "وين غرق بالضبط؟" after "…قارب المهاجرين اللي غرق…": the word the last question wrote, as it wrote it
            boolean repeated = bare.isEmpty() && told.contains(fold(trim(w)));
            if (!repeated && (bare.isEmpty() || !told.contains(bare.get())) || ++naming > GOES_ON_WORDS) return Optional.empty();
            on.add(repeated ? w : "ال" + bare.get());
        }
        return naming == 0 ? Optional.empty() : Optional.of(asking.get() + " " + String.join(" ", on));
    }

    /** A noun with the article or هال ("النادي"، "والنادي"، "هالوزير"), without it; else empty. */
    private static Optional<String> bareNoun(String folded) {
        String w = folded.length() > 4 && folded.charAt(0) == 'و' ? folded.substring(1) : folded;
        for (String article : List.of("هال", "بال", "لل", "ال")) {
            if (w.startsWith(article) && w.length() >= article.length() + 3) return Optional.of(w.substring(article.length()));
        }
        return Optional.empty();
    }

    /**
     * The words of {@code text} that ask on their own where, when, how many or why ("ووين صارت؟"،
     * "ومن وين لوين كانت الرحلة؟"), an attached و dropped, in order: a follow-up asked with the last
     * answer's topic keeps them, so that its answer must give what they ask. Not "who": "ومين
     * المسؤول؟" asks for المسؤول, a group as well as a person ({@link #aspects}).
     */
    public static List<String> askingWords(String text) {
        List<String> out = new ArrayList<>();
        for (String word : InvisibleCharacters.strip(text).split("\\s+")) {
            String w = fold(trim(word));
            String bare = w.length() > 3 && w.charAt(0) == 'و' ? w.substring(1) : w;
            String asking = ASKING_ALONE.contains(w) ? w : ASKING_ALONE.contains(bare) ? bare : null;
            if (asking != null && !out.contains(asking)) out.add(asking);
        }
        return out;
    }

    private static final Set<String> ASKING_ALONE = normalized("وين فين اين لوين منين متى امتى ايمتى ايمتا امتا وقتاش"
            + " كم كام قديش قداش شحال شكد بكم بكام ليش ليه علاش لماذا");

    /** How many of {@code words} name something ({@link #namesSomething}). */
    private static long naming(String words) {
        return Arrays.stream(words.split("\\s+")).map(FollowUps::key).filter(FollowUps::namesSomething).count();
    }

    /** Whether a word ({@link #key}) names something: not a pointer, an aspect asked, a question word or a verb. */
    private static boolean namesSomething(String key) {
        return !(POINTERS.contains(key) || ASPECTS.contains(key) || JOINED_QUESTIONS.contains(key) || verbShaped(key));
    }

    /**
     * Whether a story's text ({@code told}: its headline and summary) speaks of what a message going
     * on from it adds ({@code added}: {@link #addedWords}, {@link #referredWords}): each of its nouns
     * and names, in any form the analyzer folds together or one extending the other (الرواية،
     * روايتها). Its verbs (تبنى، هيلحق) and what it asks of the story (اسم، السبب) need not be there:
     * the story tells them in its own words.
     */
    public static boolean spokenIn(String added, String told) {
        try (Analyzer analyzer = NewsAnalyzers.arabic()) {
            Set<String> toldTerms = new HashSet<>(NewsAnalyzers.terms(analyzer, "text", told));
            for (String word : added.split("\\s+")) {
                if (!namesSomething(key(word))) continue;
                for (String term : NewsAnalyzers.terms(analyzer, "text", word)) {
                    if (toldTerms.stream().noneMatch(t -> t.equals(term) || term.length() >= 3 && t.length() >= 3
                            && (t.startsWith(term) || term.startsWith(t)))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Whether a word ends in a pronoun that points back at someone just told of ("شريكها" her
     * partner, "جوزها", "ولادهم"): after the و that opens a message, it goes on from the last answer.
     * A noun needs at least three letters before the pronoun; "ه" alone is left out (it is also a
     * feminine ending once normalized).
     */
    private static boolean pointsToSomeone(String word) {
        return BACK_POINTER.matcher(word).matches();
    }


    /**
     * The words a message going on from the last answer names, of those it adds ({@code added}:
     * {@link #addedWords}, {@link #referredWords}), as typed: its nouns and names, not its verbs,
     * pointers, aspects or question words.
     */
    public static List<String> namedIn(String added) {
        return Arrays.stream(added.split("\\s+")).filter(w -> namesSomething(key(w))).map(FollowUps::trim).toList();
    }

    /** Whether two words are the same once compared as follow-up words are (normalized, lower case). */
    public static boolean sameWord(String a, String b) {
        return fold(trim(a)).equals(fold(trim(b)));
    }

    private static boolean verbShaped(String word) {
        if (PLAIN_VERBS.contains(word)) return true;
        // A plural in ات has more letters than a hollow verb's past (مات، فات، بات).
        return JOINED_VERB.matcher(word).find() && !word.endsWith("ه") && !(word.endsWith("ات") && word.length() > 3);
    }

    /**
     * Whether a message opens as one going on from the last answer does: و joined to a question word,
     * a verb or a preposition before a question word ("ومين…"، "وليش استقال؟"، "وعن أي رواية؟"), or a
     * question word after "well" ("طيب مين…").
     */
    public static boolean opensJoined(String text) {
        return openingJoined(Objects.requireNonNull(text, "text")).isPresent();
    }

    /** The message without the و joined to its first word ("ومين كابتن الفريق؟" → "مين كابتن الفريق؟"). */
    public static String withoutJoinedOpening(String text) {
        String visible = InvisibleCharacters.strip(Objects.requireNonNull(text, "text")).strip();
        String first = visible.split("\\s+")[0];
        return fold(trim(first)).length() >= 3 && visible.charAt(0) == 'و' ? visible.substring(1) : visible;
    }

    /** The word after the و that opens a message going on from the last answer ({@link #goesOn}). */
    private static Optional<String> openingJoined(String asked) {
        String[] words = InvisibleCharacters.strip(asked).strip().split("\\s+");
        boolean pointed = false;
        for (int i = 0; i < words.length; i++) {
            String w = fold(trim(words[i]));
            if (w.isEmpty()) continue;
            if (POINTERS.contains(w)) {
                pointed = true;
                continue;
            }
            // "طيب مين الشركة اللي اشترتها؟": after "well", a question word carries the question back as و does
            if (pointed && JOINED_QUESTIONS.contains(w)) return Optional.of(w);
            if (w.length() < 3 || w.charAt(0) != 'و') return Optional.empty();
            String rest = w.substring(1);
            // "وعن أي رواية؟": a preposition joined by و, then the question word
            if (JOINED_PREPOSITIONS.contains(rest)) {
                String next = i + 1 < words.length ? fold(trim(words[i + 1])) : "";
                if (JOINED_QUESTIONS.contains(next)) return Optional.of(next);
                // "وعن طريق شو كانوا بدهم يهربوا؟": by way of what
                String after = i + 2 < words.length ? fold(trim(words[i + 2])) : "";
                if (rest.equals("عن") && next.equals("طريق") && JOINED_QUESTIONS.contains(after)) return Optional.of(after);
                // "وفي حد تاني اتقتل بعده؟": the dialects' "is there" before the story's people
                return rest.equals("في") && POINTERS.contains(next) ? Optional.of(rest) : Optional.empty();
            }
            // "وشو" is و and شو; a word of three letters is otherwise a word of its own (وين، وزن).
            if (w.length() == 3 && !JOINED_QUESTIONS.contains(rest)) return Optional.empty();
            // "والعربيات الكهربا هيبدأوا فيها امتى؟": و before the article is only ever the conjunction,
            // and a word asking when, where or how many makes it a question about the story just told
            boolean theirs = rest.startsWith("ال") && rest.length() > 4 && !rest.equals("الله") && !askingWords(asked).isEmpty();
            return JOINED_QUESTIONS.contains(rest) || JOINED_MEASURES.contains(rest) || verbShaped(rest) || pointsToSomeone(rest)
                    || theirs ? Optional.of(rest) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The new side a follow-up names ("وتركيا قالت ايه؟" → تركيا): its content words are one word
     * joined by و, then words asking what it said or did, and follow-up words; at most three.
     */
    private static Optional<String> side(List<String> topicWords) {
        if (topicWords.size() < 2 || topicWords.size() > 3) return Optional.empty();
        String first = trim(topicWords.get(0));
        String folded = fold(first);
        boolean joined = folded.length() > 3 && (folded.charAt(0) == 'و' || first.toLowerCase(Locale.ROOT).equals("and"));
        if (!joined || REACTIONS.contains(key(first)) || POINTERS.contains(key(first))) return Optional.empty();
        List<String> rest = topicWords.subList(1, topicWords.size()).stream().map(FollowUps::key).toList();
        // "وإسرائيل شو كان ردها؟": "was" only sets the reaction in the past
        boolean asksReaction = rest.stream().anyMatch(REACTIONS::contains)
                && rest.stream().allMatch(w -> REACTIONS.contains(w) || POINTERS.contains(w) || ASPECTS.contains(w)
                        || WAS.contains(w));
        // its rank, with a verb of coming out at most ("وأمريكا بأي مرتبة طلعت؟")
        boolean asksRank = rest.stream().anyMatch(RANKS::contains)
                && rest.stream().allMatch(w -> RANKS.contains(w) || POINTERS.contains(w) || verbShaped(w));
        return asksReaction || asksRank ? Optional.of(first.substring(1)) : Optional.empty();
    }

    /**
     * The one new side a follow-up names, joined by و, with only a word asking how many, how much,
     * where or when ("وبالسليمانية قديش؟" after the turnout of Kurdistan's election): the same question
     * of the story for that side. A word alone after و is a noun of its own
     * (وزير، وفاة): without the asking word it asks nothing.
     */
    private static Optional<String> sideAsked(List<String> topicWords, String asked) {
        if (topicWords.size() != 1 || askingWords(asked).isEmpty()) return Optional.empty();
        String first = trim(topicWords.get(0));
        String folded = fold(first);
        // "وقديش وزنها؟" asks its weight: a word with a pronoun pointing back is the story's own (onlyItsOwn)
        if (folded.length() <= 4 || folded.charAt(0) != 'و' || POINTERS.contains(key(first)) || ASPECTS.contains(key(first))
                || pointsBackTyped(first)
                || JOINED_QUESTIONS.contains(folded.substring(1)) || verbShaped(folded.substring(1))) {
            return Optional.empty();
        }
        return Optional.of(first.substring(1));
    }

    /** Whether a follow-up asks for more of the same answer ("المزيد", "كمان", "more"). */
    public static boolean wantsMore(String text, ZonedDateTime now) {
        if (!isFollowUp(text, now)) return false;
        List<String> words = QuestionParser.parse(text, now).topicWords().stream().map(FollowUps::key).toList();
        return words.stream().anyMatch(MORE::contains)
                && words.stream().allMatch(w -> MORE.contains(w) || POINTERS.contains(w));
    }

    /**
     * What a follow-up adds to the topic it refers to: its aspect words ("المسؤول"), and the side it
     * names with what it asks of it ("وتركيا قالت ايه؟" → تركيا قالت); pointers dropped.
     */
    public static String aspects(String text) {
        List<String> kept = new ArrayList<>();
        String[] words = InvisibleCharacters.strip(text).split("\\s+");
        List<String> content = Arrays.stream(QuestionText.stripFillers(InvisibleCharacters.strip(text)).strip().split("\\s+"))
                .map(FollowUps::trim).filter(w -> !w.isEmpty()).toList();
        Optional<String> side = side(content).or(() -> sideAsked(content, text));
        side.ifPresent(kept::add);
        if (side.isEmpty() && goesOn(text)) {
            // Its opening question word stays when no aspect word tells what is asked: "وكام واحد مات؟"
            // asks a number, "ومين اتكلف؟" a name ("ومين المسؤول؟" is المسؤول's).
            String on = Arrays.stream(goingOn(text).split("\\s+")).filter(w -> !MOTION.contains(key(w)))
                    .collect(java.util.stream.Collectors.joining(" "));
            boolean told = Arrays.stream(on.split("\\s+")).map(FollowUps::key).anyMatch(ASPECTS::contains);
            return ((told ? "" : openingJoined(text).filter(JOINED_QUESTIONS::contains).map(w -> w + " ").orElse("")) + on).strip();
        }
        boolean itsOwn = onlyItsOwn(Arrays.stream(QuestionText.stripFillers(InvisibleCharacters.strip(text)).strip().split("\\s+"))
                .map(FollowUps::trim).filter(w -> !w.isEmpty()).toList());
        boolean which = asksWhich(text);
        for (String word : words) {
            String k = key(word);
            if (ASPECTS.contains(k) || side.isPresent() && (REACTIONS.contains(k) || RANKS.contains(k))) kept.add(trim(word));
            // "بأي بلدة؟": the town is what it asks of the story, and "which" asks it named
            else if (which && WHICH_KINDS.contains(fold(trim(word)))) kept.add(trim(word));
            else if (which && isWhich(fold(trim(word)))) kept.add(withoutJoinedOpening(trim(word)));
            // "قديش طوله وكم عمره؟": its length and its age are what it asks of the story
            else if (itsOwn && !POINTERS.contains(k) && !JOINED_QUESTIONS.contains(k) && pointsBackTyped(word)) kept.add(trim(word));
        }
        return String.join(" ", kept);
    }

    /**
     * What a message going on from the last answer adds ({@link #goesOn}): its words but pointers,
     * question words and fillers, the opening و dropped ("طيب وطلعوا كلهم؟" → طلعوا).
     */
    private static String goingOn(String text) {
        List<String> kept = new ArrayList<>();
        boolean opened = false;
        for (String word : QuestionText.stripFillers(InvisibleCharacters.strip(text)).strip().split("\\s+")) {
            String w = trim(word);
            String k = fold(w);
            if (k.isEmpty() || POINTERS.contains(k)) continue;
            // Only the opening word's و is the conjunction: "وقديش وزنها؟" weighs, it does not "زنها".
            boolean opening = !opened;
            opened = true;
            if (opening && k.length() >= 3 && k.charAt(0) == 'و' && JOINED_PREPOSITIONS.contains(k.substring(1))) continue;
            if (opening && k.length() >= 3 && k.charAt(0) == 'و' && (k.length() >= 4 || JOINED_QUESTIONS.contains(k.substring(1)))) {
                w = w.substring(1);
                k = k.substring(1);
            }
            // "… وكم النتيجة": a second question joined by و asks on about the same story
            if (k.length() >= 3 && k.charAt(0) == 'و' && JOINED_QUESTIONS.contains(k.substring(1))) continue;
            if (POINTERS.contains(k) || JOINED_QUESTIONS.contains(k)) continue;
            // "هالوزير" (this minister) is the minister just told of: asked as news writes it, الوزير
            kept.add(NameVariants.demonstrative(k).orElse(w));
        }
        return String.join(" ", kept);
    }

    /** Whether the text has a letter or a digit: emoji and punctuation alone ask nothing. */
    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** A message's length in words, without the {@linkplain #ENGLISH_SMALL small English words}. */
    private static long length(String text) {
        return words(text).stream().filter(w -> !ENGLISH_SMALL.contains(w)).count();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).map(FollowUps::key).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * A word as compared: punctuation trimmed, normalized ({@link ArabicText#normalize}) and lower
     * case, and a leading و or ف ("وبعدين", "فين") removed when the rest is a known word.
     */
    private static String key(String word) {
        String w = fold(trim(word));
        if (w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            String rest = w.substring(1);
            if (POINTERS.contains(rest) || MORE.contains(rest) || ASPECTS.contains(rest)) return rest;
        }
        return w;
    }

    private static String trim(String word) {
        return word.replaceAll("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$", "");
    }

    private static String fold(String word) {
        return ArabicText.normalize(word).toLowerCase(Locale.ROOT);
    }

    private static Set<String> normalized(String words) {
        return Arrays.stream(words.split(" ")).map(FollowUps::fold).collect(Collectors.toUnmodifiableSet());
    }
}

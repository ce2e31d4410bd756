package com.nabaa.question;

import static com.nabaa.question.DatePhraseRule.END;
import static com.nabaa.question.DatePhraseRule.START;

import com.nabaa.text.ArabicText;
import com.nabaa.text.WordLists;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a question asks about, without the asking: question words and fillers of MSA, Egyptian,
 * Levantine, Gulf and Maghrebi Arabic and of English are dropped ({@link #stripFillers}), and
 * questions that want the newest news are recognized ({@link #asksForLatest}).
 *
 * <p>Some words are fillers only where they stand: a verb of happening right after "what", "why"
 * or "how" (شنوة صار، واش صرا، ليش صارت) and a discourse word that opens the question (طيب،
 * يعني، بس); elsewhere they are words of the topic (صار رئيسا، رجب طيب أردوغان).
 *
 * <p>Words are compared after {@link ArabicText#normalize} and lower-casing; a filler with an
 * attached و (ومين، وليه) is a filler too. Date phrases are not fillers: remove them with
 * {@link DatePhraseMatch#removeFrom} first. Stateless and thread-safe.
 */
final class QuestionText {
    /**
     * Question words of MSA and the dialects: "what", "why", "how", "where". After one of them a
     * verb of happening (شنوة صار، واش صرا، ليش صارت، وش اللي صاير) asks what happened and is a
     * filler too; after "who" or "when" the same verb is the topic's ("متى صار ميقاتي رئيسا": became).
     */
    private static final Set<String> WHAT = normalized(
            "ماذا بماذا فماذا وماذا مالذي ماالذي ايه ليه لماذا كيف ازاي وين شو وش ايش اش ليش شلون اشلون"
                    // Maghrebi: what (شنوة، شنوّا، شنو، شنية، آش، واش), why (علاش), how (كيفاش)
                    + " شنوة شنوا شنو شنهو شنهي اشنو شنية واش علاش كيفاش");
    /** Verbs of happening: fillers right after a {@link #WHAT} word (and its اللي), content elsewhere. */
    private static final Set<String> HAPPENED = normalized(
            "صار صارت صاير صايره صايرة يصير بيصير تصير بتصير صرا صرات وقع جرى يجري بيجري");
    /**
     * The dialects' "what" ({@link #WHAT} without why, how, where and MSA's ماذا, which Wikipedia-style
     * questions use for the past: "ما الذي حدث للطاقم"): with a verb of happening it asks what is
     * going on, the way "ايه الجديد" does.
     */
    private static final Set<String> DIALECT_WHAT = normalized("ايه شو وش ايش اش شنوة شنوا شنو شنهو شنهي اشنو شنية واش");
    /** "What happened" in one word, and the Egyptian verbs of happening (fillers wherever they stand). */
    private static final Set<String> WHAT_HAPPENED = normalized("شصار شصاير");
    private static final Set<String> HAPPENED_EGYPTIAN = normalized("حصل بيحصل يحصل");
    private static final Pattern WHAT_HAPPENED_ENGLISH =
            Pattern.compile("\\bwhat(?:'s|s| is| has)?\\s+(?:happened|happening|going\\s+on)\\b");
    /** What may stand between a {@link #WHAT} word and the verb: "شو اللي صار"، "شو عم يصير". */
    private static final Set<String> BEFORE_HAPPENED = normalized("اللي الي عم قاعد قاعده رح");
    /** Single-word fillers, as normalized. */
    private static final Set<String> FILLERS = union(union(WHAT, normalized(
            "ما ماسم ماهو ماهي هو هي هل متي اين من كم بكم فين مين امتي اللي الي ده دي دا دول"
                    + " حصل بيحصل يحصل حدث يحدث قولي قوللي قلي عرفني عايز عاوز عايزه عاوزه"
                    + " اعرف بدي اريد ياريت رجاء اخبار الاخبار خبر اخر احدث عن بخصوص بشان هيتم هتتم بيتم بتتم"
                    + " عاجل عاجله العاجله ابعتلي ابعتلنا ابعت هاتلي جيبلي وريني اديني ابغي ابغا قديش قديه قداش بكام كام"
                    // "to how much" (Egyptian "وصل لكام؟", Levantine "وصل لقديش؟")
                    + " لكام لقديش لقداش"
                    // "was" asking of the past (شنو كانت النتيجة؟); not كان, which is also Cannes
                    + " كانت كانوا كانو"
                    // asking to be told or to name ("اذكر أحد أسباب…"، "احكيلي عن…")
                    + " اذكر اذكري اذكرو اخبرني خبرني خبرنا احكيلي احكيلنا احكيلى"
                    // Gulf and Iraqi: who (منو، منهو), what happened (شصار), how much (شكد، اشكد، شكثر)
                    + " منو منهو شصار شصاير شكد اشكد شكثر"
                    // Levantine: when (إيمتى), how much (أديش، شقد)
                    + " ايمتي ايمتا اديش شقد"
                    // Maghrebi: who (شكون), when (وقتاش، فوقاش، إمتا), how much (شحال، بشحال، بقداش)
                    + " شكون وقتاش فوقاش امتا شحال بشحال بقداش"
                    // "is there" and "in which" (Maghrebi: كاين، فاش), "that" (Levantine انو), "not yet"
                    // (لسه، لسا): they ask, they name nothing ("فتحوا الحدود ولا لسا؟")
                    + " كاين كاينه كاينين فاش انو انه لسه لسا لساتو"
                    // "will" (Maghrebi غادي، Levantine رح) and "now" (دلوقتي، هلق، الحين، Tunisian توا, Moroccan
                    // دابا): the asking and its time, which asksForLatest reads; no story writes them
                    + " غادي غاديه رح دلوقتي دلوقت هلق هلا هلاء الحين هالحين توا دابا"
                    // "because" (عشان، علشان), "really?" (Gulf صج), "did" (Gulf سوو), "to"/"will" (Maghrebi
                    // باش), "his"/"their" (متاعو), "want" in the plural (عاوزين), "again" (تاني), "or" (Iraqi لو;
                    // MSA's "if" names nothing either)
                    + " عشان علشان صج سوو سووا باش متاعو متاعها متاعهم عاوزين عايزين تاني لو"
                    // "of", "belonging to" (Egyptian بتاع, Maghrebi متاع، تاع): "الغاز بتاع البيوت"
                    + " بتاع بتاعة بتاعت بتوع متاع تاع"
                    + " what what's whats who who's whom when where why how which please pls tell me happened"
                    + " happening news latest breaking about regarding")),
            normalized(WordLists.content(QuestionText.class, "dialect-fillers.txt")));
    /**
     * Discourse fillers that open a question ("طيب ومين المسؤول؟"، "يعني ايه بريكست"، "بس ليه"): dropped
     * only as its first words. Inside a question they are words: "رجب طيب أردوغان"، "ماذا يعني
     * القرار"، "مش بس الأهلي".
     */
    private static final Set<String> OPENERS = normalized(
            "طيب يعني بس اها اه ايوه ايوا اوك اوكي صح صحيح صدق okay ok so hmm");
    /**
     * An opener only when a filler, a word with و, punctuation or nothing follows it ("طب وبعدين"،
     * "طب، ليه"): followed by a word it is that word's ("طب الأسنان": medicine).
     */
    private static final Set<String> WEAK_OPENERS = normalized("طب");
    /** The particles that open a yes-or-no question ("هل صحيح…"، "هو صحيح…"، "واش صح…"): an opener may follow them. */
    private static final Set<String> YES_NO = normalized("هل هو هي واش");
    /**
     * The Levantine progressive before a verb in the present ("اللي عم يصفع"، "شو عم بيصير"): it tells
     * the verb is going on and names nothing. Before anything else it is a word (عم الملك: an uncle).
     */
    private static final Set<String> PROGRESSIVE = normalized("عم عما");
    /** A verb in the present, with the dialects' habitual ب: يصفع، بيصير، تعمل، نحكي. */
    private static final java.util.regex.Pattern PRESENT_VERB = java.util.regex.Pattern.compile("^ب?[يتن]\\p{IsArabic}{2,}$");
    /** Fillers of several words, each as normalized words joined by one space. */
    private static final Set<String> PHRASES = normalized(concat(List.of(
            "ولا لا", "ولا لأ", "ولا لسه", "ولا لسا", "ولا ايه", "ولا شو", "ولا لا لسه", "سمعت ان", "سمعت انه", "سمعت انو",
            "قل لي", "قول لي", "اشرح لي", "وضح لي", "احكي لي", "احكي لنا", "ممكن تقولي", "ممكن تقول لي", "ممكن تعرفني", "يا ريت", "لو سمحت", "لو سمحتي",
            "من فضلك", "اريد ان اعرف", "ايه الجديد", "شو الجديد", "ايش الجديد", "وش الجديد", "شنو الجديد",
            "شنوة الجديد", "واش كاين جديد",
            "ابي اعرف", "ابغي اعرف", "ابغا اعرف", "ودي اعرف",
            // "I want to know" in Maghrebi and Libyan: بغيت (I wanted) alone may be a verb of its own.
            "بغيت نعرف", "نحب نعرف", "حاب نعرف", "حابب نعرف", "نبي نعرف", "نبغي نعرف",
            // "What's the story": القصة alone is a content word (قصة الببغاء).
            "شو القصه", "ايه القصه", "ايه الحكايه", "شو السالفه", "وش السالفه", "ايش السالفه", "شنو السالفه",
            "شنو القصه", "شنوة الحكايه",
            // Egyptian "how is it doing" ("التضخم في مصر عامل ايه؟"): عامل alone is a worker.
            "عامل ايه", "عامله ايه", "عاملين ايه", "عاملين اي", "عامل اي",
            // "that happened" after a noun ("إطلاق النار اللي صار"), "how much" (Egyptian قد ايه), "how many
            // people" (كم واحد، قديش واحد): the asking, not the topic
            "اللي صار", "الي صار", "اللي حصل", "الي حصل", "قد ايه", "كم واحد", "قديش واحد", "قداش من واحد",
            "شحال من واحد", "how old", "how long", "how far", "how often", "how soon",
            // "by how much did it fall or rise" (كم نزل التضخم، قديش طلع الدولار): the change asked,
            // which news writes in its own verbs (تراجع التضخم، ارتفاع الدولار); the topic is what moved
            "كم نزل", "كم نزلت", "كم زاد", "كم زادت", "كم ارتفع", "كم ارتفعت", "كم انخفض", "كم انخفضت", "كم تراجع",
            "كم تراجعت", "كم طلع", "كم طلعت", "كام نزل", "كام نزلت", "كام زاد", "كام زادت", "كام طلع", "كام طلعت",
            "قديش نزل", "قديش نزلت", "قديش زاد", "قديش زادت", "قديش طلع", "قديش طلعت", "قداش نزل", "قداش زاد",
            "قداش طلع", "شحال نزل", "شحال زاد", "شحال طلع", "بكم ارتفع", "بكم ارتفعت", "بكم انخفض", "بكم انخفضت",
            "بكم زاد", "بكم زادت", "بكم تراجع", "بكم تراجعت",
            // "has become how much" (Egyptian): بقى alone is MSA's "remained"
            "بقي بكام", "بقت بكام", "بقا بكام", "بقي كام", "بقت كام", "بقا كام", "بقي قد ايه", "بقت قد ايه", "بقا قد ايه",
            // "has reached how much" (الدين وصل لكام؟): news writes بلغ or ارتفع إلى
            "وصل لكام", "وصلت لكام", "وصل كام", "وصلت كام", "وصل لقديش", "وصلت لقديش", "وصل قديش", "وصلت قديش",
            // … and as MSA asks it ("كم بلغ التضخم في سبتمبر؟"): the verb names nothing, and a report that
            // writes ارتفع إلى or قفز إلى answers as well. وصل stays a word after كم: news writes it too
            // ("وصلت إصدارات السندات إلى 23 مليار دولار")
            "كم بلغ", "كم بلغت", "كم يبلغ", "كم تبلغ", "بلغ كم", "بلغت كم",
            "any news", "what is", "what are", "what was", "can you tell", "could you tell", "i want to know",
            "let me know", "going on", "what's new", "whats new", "is there"),
            WordLists.content(QuestionText.class, "dialect-phrases.txt")));
    /** Function words trimmed from the ends of what remains (kept inside: "قمة في ألاسكا"). */
    private static final Set<String> EDGE = normalized(
            "في على الي من و عن مع ل ان انه the a an of on in to for with is are was were did do does any there");
    private static final int LONGEST_PHRASE = 4;
    static final int BARE_TOPIC_WORDS = 3;
    private static final String PUNCTUATION = "?؟!.,،:;؛\"'«»()[]{}…-";

    private static final Pattern LATEST = Pattern.compile(START + "(?:"
            + String.join("|", "اخر\\s+(?:ال)?(?:اخبار|مستجدات|تطورات|خبر|الاحداث)", "(?:ال)?احدث", "(?:ال)?مستجدات",
                    "(?:ايه|شو|ايش|وش)\\s+الجديد", "(?:ال)?عاجله?",
                    "^\\s*(?:(?:ايه|شو|ايش|وش|ما|ماهي|عايز|عاوز|ابغي|بدي)\\s+)?(?:(?:هي|اعرف)\\s+)?(?:ال)?اخبار", "الان", "دلوقتي", "دلوقت", "حاليا", "هلق",
                    "الحين", "هالحين", "توا", "دابا", "حتي\\s+اللحظه", "latest", "breaking", "now", "currently", "recent(?:ly)?",
                    "what'?s\\s+new", "just\\s+in", "updates?", "developing")
            + ")" + END);

    private QuestionText() {
    }

    /**
     * The content words of {@code question} in their order and original spelling, edge
     * punctuation removed, joined by single spaces; names and numbers are kept.
     */
    public static String stripFillers(String question) {
        Objects.requireNonNull(question, "question");
        List<String> words = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Boolean> pauses = new ArrayList<>();
        for (String token : question.strip().split("\\s+")) {
            String word = trimPunctuation(token);
            if (!word.isEmpty()) {
                words.add(word);
                keys.add(key(word));
                // Punctuation after a word ("طب،") sets it apart from the next one.
                pauses.add(!token.endsWith(word));
            }
        }
        List<String> kept = new ArrayList<>();
        List<String> keptKeys = new ArrayList<>();
        boolean afterWhat = false;
        boolean opening = true;
        for (int i = 0; i < words.size(); ) {
            String k = keys.get(i);
            // A filler before an opener keeps the question opening ("هو صحيح الجمهور هيرجع…؟": "is it true").
            boolean openingFiller = opening && YES_NO.contains(k) && i + 1 < keys.size() && opens(keys, pauses, i + 1);
            opening = openingFiller || opening && opens(keys, pauses, i);
            int drop = opening ? 1 : phraseLength(keys, i);
            if (drop == 0 && afterWhat) drop = happenedLength(keys, i);
            if (drop == 0 && isFiller(k)) drop = 1;
            if (drop == 0 && PROGRESSIVE.contains(k) && i + 1 < keys.size() && PRESENT_VERB.matcher(keys.get(i + 1)).matches()) drop = 1;
            if (drop > 0) {
                afterWhat = drop == 1 && isWhat(k);
                i += drop;
            } else {
                afterWhat = false;
                kept.add(words.get(i));
                keptKeys.add(keys.get(i++));
            }
        }
        int from = 0;
        int to = kept.size();
        while (from < to && EDGE.contains(keptKeys.get(from))) {
            from++;
        }
        while (to > from && EDGE.contains(keptKeys.get(to - 1))) {
            to--;
        }
        return String.join(" ", kept.subList(from, to));
    }

    /**
     * True when the reader wants the newest news: "آخر الأخبار", "أخبار مصر", "ايه الجديد", "أحدث", "عاجل",
     * "دلوقتي", "الآن", "latest", "breaking", "now". "اليوم"/"today" is a date phrase, not this.
     */
    public static boolean asksForLatest(String question) {
        Objects.requireNonNull(question, "question");
        return LATEST.matcher(QuestionTextView.of(question).text()).find();
    }

    /**
     * True when a dialect or English question asks what happened ("شنوة صار في تونس"، "واش صرا"، "ايه
     * اللي حصل"، "شصار"، "what's happening in Gaza"): without a date, a reader who asks so about a
     * topic wants its newest stories. MSA's "ماذا حدث" is not this: it asks about a past event.
     */
    public static boolean asksWhatHappened(String question) {
        Objects.requireNonNull(question, "question");
        List<String> keys = new ArrayList<>();
        for (String token : question.strip().split("\\s+")) {
            String word = trimPunctuation(token);
            if (!word.isEmpty()) keys.add(key(word));
        }
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (WHAT_HAPPENED.contains(k) || WHAT_HAPPENED.contains(withoutWaw(k))) return true;
            if (!DIALECT_WHAT.contains(k) && !DIALECT_WHAT.contains(withoutWaw(k))) continue;
            int verb = i + 1 < keys.size() && BEFORE_HAPPENED.contains(keys.get(i + 1)) ? i + 2 : i + 1;
            if (verb < keys.size() && (HAPPENED.contains(keys.get(verb)) || HAPPENED_EGYPTIAN.contains(keys.get(verb)))) {
                return true;
            }
        }
        return WHAT_HAPPENED_ENGLISH.matcher(question.toLowerCase(Locale.ROOT).replace('’', '\'')).find();
    }

    private static String withoutWaw(String key) {
        return key.length() > 2 && key.charAt(0) == 'و' ? key.substring(1) : key;
    }

    /**
     * True when the question only names a topic, the way one types into a news search box ("ترامب",
     * "سد النهضة", "الحوثيين الحديدة"): at most {@value #BARE_TOPIC_WORDS} words, no question word
     * or filler, no question mark. A reader who names a topic wants its newest stories.
     */
    public static boolean isBareTopic(String question) {
        Objects.requireNonNull(question, "question");
        if (question.indexOf('?') >= 0 || question.indexOf('؟') >= 0) return false;
        String[] words = question.strip().split("\\s+");
        if (question.isBlank() || words.length > BARE_TOPIC_WORDS) return false;
        String kept = stripFillers(question);
        return !kept.isEmpty() && kept.split("\\s+").length == words.length;
    }

    private static int phraseLength(List<String> keys, int start) {
        for (int length = Math.min(LONGEST_PHRASE, keys.size() - start); length >= 2; length--) {
            if (PHRASES.contains(String.join(" ", keys.subList(start, start + length)))) {
                return length;
            }
        }
        return 0;
    }

    /** The length of a verb of happening at {@code start} (with its اللي or عم), right after a question word. */
    private static int happenedLength(List<String> keys, int start) {
        if (HAPPENED.contains(keys.get(start))) return 1;
        boolean bridged = start + 1 < keys.size() && BEFORE_HAPPENED.contains(keys.get(start))
                && HAPPENED.contains(keys.get(start + 1));
        return bridged ? 2 : 0;
    }

    /** Whether the word at {@code i}, if only openers come before it, opens the question (طيب، يعني). */
    private static boolean opens(List<String> keys, List<Boolean> pauses, int i) {
        String key = keys.get(i);
        if (OPENERS.contains(key)) return true;
        if (!WEAK_OPENERS.contains(key)) return false;
        if (pauses.get(i) || i + 1 == keys.size()) return true;
        String next = keys.get(i + 1);
        return isFiller(next) || OPENERS.contains(next) || next.length() > 2 && next.charAt(0) == 'و';
    }

    private static boolean isWhat(String key) {
        return WHAT.contains(key) || key.length() > 2 && key.charAt(0) == 'و' && WHAT.contains(key.substring(1));
    }

    private static boolean isFiller(String key) {
        return FILLERS.contains(key) || key.length() > 2 && key.charAt(0) == 'و' && FILLERS.contains(key.substring(1))
                || WHICH_WITH_PREPOSITION.matcher(key).matches();
    }

    /** "Which" with a preposition joined to it ("بأي تهمة؟"، "لأي سبب"، "وبأي بلدة؟"): it asks, it names nothing. */
    private static final java.util.regex.Pattern WHICH_WITH_PREPOSITION = java.util.regex.Pattern.compile("^و?[بل]اي$");

    private static String trimPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && PUNCTUATION.indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && PUNCTUATION.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(start, end);
    }

    private static String key(String word) {
        return ArabicText.normalize(word).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<String> normalized(String spaceSeparated) {
        return normalized(Arrays.asList(spaceSeparated.split(" ")));
    }

    private static Set<String> normalized(List<String> entries) {
        return entries.stream().map(QuestionText::key).collect(Collectors.toUnmodifiableSet());
    }
}

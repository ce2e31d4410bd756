package com.nabaa.answer;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What kind of thing a question asks for, read from its question words as typed, in MSA, the
 * dialects and English: a sentence that holds nothing of that kind does not answer it, however
 * many of the question's words it repeats ("من هي أول امرأة تفوز بنوبل في الفيزياء منذ 55 عاما؟"
 * is not answered by "فوز أول امرأة منذ 55 عاما بجائزة نوبل للفيزياء"). {@link AnswerEvidence}
 * tells whether a sentence holds one.
 */
enum AnswerType {
    /** مين، من هو، منو، شكون، who. */
    PERSON,
    /** كم، كام، قديش، قداش، بكام، نسبة، عدد، سعر، how many, how much, share, fee. */
    NUMBER,
    /** متى، امتى، إمتى، وقتاش، موعد، when. */
    DATE,
    /** وين، فين، أين، منين، where. */
    PLACE,
    /** نتيجة، score, result: a score line ({@link ResultFocus} answers the result questions it reads). */
    RESULT,
    /** ليش، ليه، لماذا، علاش، why: a cause (بسبب، لأن، إثر، احتجاجا على…). */
    REASON,
    /**
     * اسم، what is it called, which film or novel: a name given as one (quoted, or after اسم، باسم،
     * تسمى، يدعى).
     */
    NAME,
    /** What, how, or no question word: nothing to check beyond how much of the question is covered. */
    OTHER;

    /**
     * Asking words, as {@link com.nabaa.text.ArabicText#normalize} leaves them, lower case. When a
     * question holds words of several types the first type in this order wins: "قداش كانت النتيجة"
     * asks for a score, "متى" or "وين" outweigh a كم elsewhere, and the bare "من" asks "who" only at the
     * start of a question or before هو/هي/هم (elsewhere it is "from").
     */
    private static final List<Words> ORDER = List.of(
            new Words(RESULT, Set.of("نتيجه", "النتيجه", "نتايج", "النتايج", "نتاءج", "النتاءج", "score", "scores",
                    "result", "results", "scoreline")),
            // "why" outweighs a figure or a time named beside it ("ليش ارتفع سعر البنزين؟")
            new Words(REASON, Set.of("ليش", "ليه", "لماذا", "لماذ", "علاش", "لاش", "لويش", "ليشي", "why")),
            new Words(DATE, Set.of("متي", "امتي", "ايمتي", "امتا", "ايمتا", "وقتاش", "فوقاش", "وقتيش", "موعد", "when")),
            new Words(PLACE, Set.of("اين", "وين", "فين", "فاين", "وينو", "منين", "لوين", "لفين", "where")),
            new Words(NUMBER, Set.of("كم", "كام", "قديش", "قداش", "بكام", "بكم", "بقديش", "بقداش", "لكام", "لقديش", "بچم", "چم", "شقد",
                    // the Gulf's, Iraq's, Lebanon's and the Maghreb's "how much, how many"
                    "شكثر", "اشكثر", "شكد", "بشكد", "اديش", "باديش", "قديه", "شحال", "بشحال",
                    "عدد", "نسبه", "سعر", "اسعار", "قيمه", "حصيله", "many", "much", "percentage", "percent", "share",
                    "fee", "cost", "price", "toll", "figure",
                    // his or her age ("كان سنه كام"، "عمره كام"): a number of years
                    "عمره", "عمرها", "سنه", "سنها")),
            new Words(PERSON, Set.of("مين", "بمين", "لمين", "منو", "منهو", "مينو", "شكون", "who", "whom", "whose")),
            // "ما سبب…", "وش السبب؟": a cause, unless a figure, a time, a place or a person is asked beside
            // it ("وش سبب الوفاة وكم عمره؟" is answered by the age)
            new Words(REASON, Set.of("سبب", "السبب", "اسباب", "الاسباب", "سببه", "سببها", "cause", "caused")),
            // "what is it called": last, so that "من هو…" and "كم…" keep their own type
            // اسمو: اسمه as Egyptians and Levantines type it ("السواق اسمو ايه؟")
            // "ما الاسم الذي أطلقه العلماء على الكويكب": the name that was given, not someone's
            // شسمها: the Gulf's "what is her name" (ش + اسمها), typed as one word
            // كنيته: the name he goes by ("أبو …"), asked as a name is
            // names of several (الأسماء، Egypt's and the Levant's اسامي: "أسامي الإرهابيين ايه؟"); a bare أسماء may be
            // a woman's name, a name only after "what" (below)
            new Words(NAME, Set.of("اسم", "الاسم", "اسمه", "اسمو", "اسمها", "اسمهم", "شسمه", "شسمها", "شسمهم", "شسمو",
                    "الاسماء", "اسماءهم", "اسمائهم", "اسامي", "الاسامي", "اساميهم",
                    // سمّاوها: "they called it", as Tunisians and Moroccans ask what a protest or a film was named
                    "كنيته", "كنيتها", "كنيتو", "سماوها", "سماوه", "سماوهم", "called", "named", "name")));

    /** "The name of the one who…": اسم before a relative pronoun asks for a person ({@link #of}). */
    private static final Set<String> NAME_OF = Set.of("اسم");
    private static final Set<String> RELATIVE = Set.of("اللي", "الي", "يلي", "الذي", "التي", "الذين");

    /** "من" asks "who" here: the question's first word, or followed by one of these. */
    private static final Set<String> WHO_PRONOUNS = Set.of("هو", "هي", "هم", "هما");

    /**
     * Whether the question asks how someone died: "how" beside a word of dying within two words
     * before and three after, five in English ("ماتت ازاي"، "كيف توفي"، "how did Anthony Bourdain die";
     * not "how many died"), or "of what" after one ("مات من ايه"،
     * "ماتت بإيه"، "مات من شو"), or "what killed". {@code words}: {@link AnswerEvidence#words}.
     */
    static boolean asksHowDied(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            // not "how many died", "how much", "how old", "how long"
            boolean measure = i + 1 < words.size() && HOW_MEASURE.contains(words.get(i + 1));
            if (HOW.contains(w) && !measure) {
                // "how did Anthony Bourdain die": an English subject may take three words
                int after = w.equals("how") ? 5 : 3;
                for (int j = Math.max(0, i - 2); j <= Math.min(words.size() - 1, i + after); j++) {
                    if (j != i && DIED.contains(words.get(j))) return true;
                }
            }
            if (DIED.contains(w) && i + 1 < words.size()) {
                String next = words.get(i + 1);
                if (OF_WHAT.contains(next)) return true;
                if (next.equals("من") && i + 2 < words.size() && WHAT_AFTER_OF.contains(words.get(i + 2))) return true;
            }
            if (w.equals("what") && i + 1 < words.size() && (words.get(i + 1).equals("killed")
                    || words.get(i + 1).equals("actually") && i + 2 < words.size() && words.get(i + 2).equals("killed"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> HOW = Set.of("كيف", "ازاي", "كيفاش", "شلون", "how");
    private static final Set<String> HOW_MEASURE = Set.of("many", "much", "old", "long", "far");
    private static final Set<String> DIED = Set.of("مات", "ماتت", "ماتو", "ماتوا", "توفي", "توفيت", "توفت", "توفوا", "اتوفي",
            "اتوفت", "die", "died", "dies");
    /** "بإيه"، "بشو"، "بايش" after a word of dying: "of what". */
    private static final Set<String> OF_WHAT = Set.of("بايه", "بشو", "بايش", "باش");
    private static final Set<String> WHAT_AFTER_OF = Set.of("ايه", "شو", "ايش", "اش", "شنو", "واش");

    /** What {@code asked} (the question as typed) asks for. */
    static AnswerType of(String asked) {
        List<String> words = AnswerEvidence.words(asked);
        // "اسم اللي ضرب نار في تورنتو ايه؟": the name of the one who did it is a person's
        for (int i = 0; i + 1 < words.size(); i++) {
            if (NAME_OF.contains(words.get(i)) && RELATIVE.contains(words.get(i + 1))) return PERSON;
        }
        // "how old was he when he died?": an age, whatever "when" follows
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("how") && words.get(i + 1).equals("old")) return NUMBER;
        }
        // "what year was he shot down", "في أي سنة": a year, not a number of years
        if (asksYear(words)) return DATE;
        // "ماتت ازاي؟"، "مات من ايه وكان عندو كام سنه؟"، "how did he die?": what killed them first
        if (asksHowDied(words)) return REASON;
        for (Words w : ORDER) {
            // "في أي مدينة قرر قاض تغيير اسم طفل؟": the city is asked; اسم is the topic's
            if (w.type() == NAME && placeKindAsked(words).isPresent()) return PLACE;
            for (String word : words) {
                if (w.asks(word)) return w.type();
            }
            // Egyptian "how much, how long" is two words ("لعب للمنتخب قد ايه؟"، "اد ايه"); قد alone is "already";
            // English "how long", "how far" too.
            if (w.type() == NUMBER && asksHowMuch(words)) return NUMBER;
        }
        // the Maghreb's "شنو سمية الباطو؟": a name after "what"
        for (int i = 1; i < words.size(); i++) {
            if (nameAfterWhat(words, i)) return NAME;
        }
        // "انهي قرية", "which village": a place; "which Oscar-winning films", "أي رواية": a title
        // "which producer", "أي لاعب", "which company": someone
        Optional<String> kind = afterWhich(words, w -> PLACE_KINDS.contains(w) || TITLED.contains(w) || PEOPLE_KINDS.contains(w));
        if (kind.isPresent()) return PLACE_KINDS.contains(kind.get()) ? PLACE : PEOPLE_KINDS.contains(kind.get()) ? PERSON : NAME;
        for (int i = 0; i < words.size(); i++) {
            boolean who = WHO.asks(words.get(i))
                    && (i == 0 || i + 1 < words.size() && WHO_PRONOUNS.contains(words.get(i + 1)));
            if (who) return PERSON;
        }
        return OTHER;
    }

    /**
     * The question words that ask on their own, whatever else the question holds: a reader asking two
     * things ("ما اسم نجل البغدادي، وأين قُتل؟"، "كان عندها كام سنه؟ والرمان ده كان مزروع فين") is not
     * answered by a sentence giving one of them only. Not the nouns that name a figure (عدد، سعر،
     * نسبة: "متى يرتفع سعر البنزين؟" asks when), nor English words that also join clauses ("the guy
     * who gave…", "how old was Koko, the gorilla, when she died"): those ask only at the head of a
     * sentence or after "and", "so", "but".
     */
    private static final List<Words> ASKING = List.of(
            new Words(DATE, Set.of("متي", "امتي", "ايمتي", "امتا", "ايمتا", "وقتاش", "فوقاش", "وقتيش")),
            new Words(PLACE, Set.of("اين", "وين", "فين", "فاين", "وينو", "منين", "لوين", "لفين")),
            new Words(NUMBER, Set.of("كم", "كام", "قديش", "قداش", "بكام", "بكم", "بقديش", "بقداش", "لكام", "لقديش", "بچم", "چم", "شقد",
                    "شكثر", "اشكثر", "شكد", "بشكد", "اديش", "باديش", "قديه", "شحال", "بشحال")),
            new Words(PERSON, Set.of("مين", "بمين", "لمين", "منو", "منهو", "مينو", "شكون")),
            new Words(NAME, Set.of("اسمه", "اسمو", "اسمها", "اسمهم", "سميتو", "سميته", "سميتها", "سميتهم", "شسمه", "شسمها",
                    "شسمهم", "شسمو", "سماوها", "سماوه", "سماوهم")),
            new Words(REASON, Set.of("ليش", "ليه", "لماذا", "علاش", "لاش", "لويش")));
    private static final List<Words> ASKING_AT_HEAD = List.of(
            new Words(DATE, Set.of("when")), new Words(PLACE, Set.of("where")), new Words(PERSON, Set.of("who")),
            new Words(REASON, Set.of("why")));
    /** Whether the word at {@code i} is a name asked after "what" within three words ("ما اسم…"، "شنو سمية…"). */
    private static boolean nameAfterWhat(List<String> words, int i) {
        return NAMES.contains(words.get(i)) && words.subList(Math.max(0, i - 3), i).stream().anyMatch(WHAT::contains);
    }

    private static final Set<String> NAMES = Set.of("اسم", "اسماء", "اسامي", "سميه", "سميات", "name", "names");
    private static final Set<String> WHAT = Set.of("ما", "شو", "وش", "ايش", "اش", "شنو", "شنوه", "ايه", "واش", "what",
            "whats");
    /** Whether the word asks "what" (ما، شو، وش، ايه، what…), as {@link AnswerEvidence#words} leaves it. */
    static boolean asksWhat(String word) {
        return WHAT.contains(word);
    }

    /** English words after which a clause starts: "so who won…", "and where". */
    private static final Set<String> CLAUSE_JOINS = Set.of("and", "so", "but", "then", "also", "or");
    private static final Pattern CLAUSES = Pattern.compile("[?؟.!;؛\\n]+");
    /** A question's parts, clauses and what commas set apart. */
    private static final Pattern PARTS = Pattern.compile("[?؟.!;؛\\n،,]+");
    /** Words after which ومن is "and from", not "and who": ومن ثم، ومن بين، ومن خلال… */
    private static final Set<String> NOT_WHO_AFTER = Set.of("ثم", "بين", "جهه", "اجل", "خلال", "جانب", "ناحيه", "حيث",
            "هنا", "هناك", "قبل", "بعد", "دون", "غير", "اهم", "ابرز", "اكثر", "اين", "متي", "اي", "هذا", "هذه", "ذلك");

    /**
     * The other things the question asks besides {@link #of}: the types of its {@link #ASKING} words
     * (and of "how many", "how much", "how old"), none when it asks one thing. A sentence answers only
     * when it holds each of them too.
     */
    static Set<AnswerType> alsoAsked(String asked) {
        AnswerType main = of(asked);
        Set<AnswerType> out = EnumSet.noneOf(AnswerType.class);
        for (String clause : CLAUSES.split(asked)) {
            List<String> words = AnswerEvidence.words(clause);
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                for (Words a : ASKING) if (a.asks(w)) out.add(a.type());
                boolean head = i == 0 || CLAUSE_JOINS.contains(words.get(i - 1));
                if (head) for (Words a : ASKING_AT_HEAD) if (a.asking().contains(w)) out.add(a.type());
                // "ما اسم…"، "شنو سميات…", "what's the name": a name; not "تغيير اسم الشارع"
                if (nameAfterWhat(words, i)) out.add(NAME);
                if (w.equals("how") && i + 1 < words.size() && Set.of("many", "much", "old").contains(words.get(i + 1))) {
                    out.add(NUMBER);
                }
            }
        }
        // "ما الذي قررته نيوزيلندا…، ومن استثنى القرار؟": "and who" opening a part after a comma
        for (String part : PARTS.split(asked)) {
            List<String> words = AnswerEvidence.words(part);
            if (words.size() >= 2 && words.get(0).equals("ومن") && !words.get(1).startsWith("ال")
                    && !NOT_WHO_AFTER.contains(words.get(1))) {
                out.add(PERSON);
            }
        }
        // "ما اسم الذي فاز": the name asked is the person's
        if (main == PERSON) out.remove(NAME);
        if (main == NAME) out.remove(PERSON);
        // "كم النتيجة؟"، "who won… what was the score": the score line is the figure, its side the winner
        if (main == RESULT) out.removeAll(EnumSet.of(NUMBER, PERSON));
        out.remove(main);
        return out;
    }

    /**
     * The Arabic kind of place a "which" asks of ("انهي قرية" → قريه; "which hospital" → مستشفي), as
     * {@link AnswerEvidence#words} leaves it; empty for any other question, and for an English kind the
     * news names without its kind ("which city", "which country": "في نيروبي", not "في مدينة نيروبي").
     */
    static Optional<String> placeKindAsked(List<String> words) {
        return afterWhich(words, w -> PLACE_KINDS.contains(w) || TITLED.contains(w))
                .filter(PLACE_KINDS::contains)
                // "من أي دول؟": news names countries without the word ("من سويسرا وأيرلندا"), as it names
                // "which country" in English
                .filter(w -> !COUNTRY_KINDS.contains(w))
                .flatMap(w -> w.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)
                        ? Optional.of(w) : Optional.ofNullable(ENGLISH_PLACE_KINDS.get(w)));
    }

    /**
     * English kinds of place that Arabic news writes before the place's name, in one word ("مستشفى
     * كينياتا الوطني"، "مدينة شهرتوس"); not a province, a state or a region, which it writes in several
     * (إقليم فوجيان، محافظة، مقاطعة، ولاية).
     */
    private static final Map<String, String> ENGLISH_PLACE_KINDS = Map.ofEntries(Map.entry("village", "قريه"),
            Map.entry("neighborhood", "حي"), Map.entry("neighbourhood", "حي"), Map.entry("station", "محطه"),
            Map.entry("street", "شارع"), Map.entry("airport", "مطار"), Map.entry("port", "ميناء"),
            Map.entry("hospital", "مستشفي"), Map.entry("hotel", "فندق"), Map.entry("stadium", "ملعب"),
            Map.entry("district", "منطقه"), Map.entry("lake", "بحيره"), Map.entry("river", "نهر"),
            Map.entry("island", "جزيره"), Map.entry("mountain", "جبل"),
            // "which town was this in": not the country, "في طاجكستان", but the town, "في مدينة شهرتوس", as
            // "في أي مدينة" asks in Arabic
            Map.entry("town", "مدينه"), Map.entry("city", "مدينه"));

    /** The first word within {@link #WHICH_WINDOW} words after a "which" that is {@code wanted}. */
    private static Optional<String> afterWhich(List<String> words, Predicate<String> wanted) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!WHICH.contains(words.get(i))) continue;
            for (int j = i + 1; j < Math.min(words.size(), i + 1 + WHICH_WINDOW); j++) {
                if (wanted.test(words.get(j))) return Optional.of(words.get(j));
            }
        }
        return Optional.empty();
    }

    /** How many words after "which" its kind may come: "which Oscar-winning films" (oscar, winning, films). */
    private static final int WHICH_WINDOW = 3;

    private static final Words WHO = new Words(PERSON, Set.of("من"));
    /** "Which" before a work that has a title ("which film"، "أي رواية"، "انهي فيلم"): its title is asked. */
    // باي، لاي: "in/at which", "to which" as typed joined ("بأي محطة"، "لأي دولة")
    // فاش، شمن، اشمن: the Maghreb's "in which", "which" ("فاش من مهرجان"، "شمن فريق")
    private static final Set<String> WHICH = Set.of("which", "what", "اي", "انهي", "اني", "ياتو", "اش", "باي", "لاي",
            "بانهي", "لانهي", "فانهي", "فاش", "شمن", "اشمن", "فشمن", "فاشمن");
    /** Words after "which" that name no kind of thing: "أي واحد" (which one), "اش من حاجة". */
    private static final Set<String> NO_KIND = Set.of("واحد", "وحده", "حد", "حاجه", "شي", "شيء", "هو", "هي", "هم",
            "اللي", "الي", "يلي", "الذي", "التي", "الذين");

    /**
     * The Arabic noun a "which" asks of ("في أي مهرجان" → مهرجان; the Maghreb's "فاش من مهرجان", with
     * من between), as {@link AnswerEvidence#words} leaves it: what a sentence answering names ("مهرجان
     * أسوان"). Empty when the question asks no "which" of an Arabic noun.
     */
    static Optional<String> whichNoun(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!WHICH.contains(words.get(i)) || !isArabic(words.get(i))) continue;
            int j = i + 1;
            boolean from = words.get(j).equals("من") && j + 1 < words.size();
            // the Maghreb's اش alone is "what" ("اش صار؟"): "which" only as اش من
            if (words.get(i).equals("اش") && !from) continue;
            if (from) j++;
            String noun = words.get(j);
            if (noun.length() >= 3 && isArabic(noun) && !NO_KIND.contains(noun)) return Optional.of(noun);
        }
        return Optional.empty();
    }

    private static boolean isArabic(String word) {
        return word.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
    }
    private static final Set<String> TITLED = Set.of("film", "movie", "book", "novel", "song", "album", "series", "play",
            "films", "movies", "books", "novels", "songs", "albums",
            "فيلم", "الفيلم", "روايه", "الروايه", "كتاب", "الكتاب", "اغنيه", "الاغنيه", "البوم", "الالبوم", "مسلسل",
            "المسلسل", "مسرحيه", "المسرحيه", "افلام", "الافلام", "روايات", "الروايات");
    /**
     * "Which" before a kind of actor ("which producer"، "أي لاعب"، "which company") asks who, and before a
     * match its sides, as a team is named ("أي مباراة": "مباراة فريقي الاستقلال وبيرسيبوليس"). Not a team:
     * news names a team without a title before it ("ريال مدريد يتوج").
     */
    private static final Set<String> PEOPLE_KINDS = Set.of("producer", "director", "actor", "actress", "singer",
            "player", "coach", "manager", "minister", "official", "officer", "president", "leader", "judge", "company",
            "firm", "lawyer", "writer", "author", "candidate",
            "لاعب", "اللاعب", "مدرب", "المدرب", "وزير", "الوزير", "ممثل", "الممثل", "ممثله", "الممثله", "مخرج", "المخرج",
            "مطرب", "المطرب", "مطربه", "المطربه", "شركه", "الشركه",
            // "which match": its sides ("مباراة فريقي الاستقلال وبيرسيبوليس")
            "match", "game", "مباراه", "المباراه", "ماتش", "الماتش");
    /** "Which" before a kind of place ("انهي قرية"، "أي مدينة"، "which village") asks where. */
    private static final Set<String> PLACE_KINDS = Set.of("قريه", "القريه", "مدينه", "المدينه", "بلد", "البلد", "بلده",
            "البلده", "دوله", "الدوله", "دول", "الدول", "بلدان", "البلدان", "محافظه", "المحافظه", "منطقه", "المنطقه", "ولايه", "الولايه", "حي", "الحي",
            "محطه", "المحطه", "شارع", "الشارع", "مطار", "المطار", "ميناء", "الميناء", "مستشفي", "المستشفي",
            "فندق", "الفندق", "ملعب", "الملعب",
            // a lake, a river, an island, a mountain: "في أي بحيرة غرق القارب؟" is not told by "ببحيرة في ولاية ميزوري"
            "بحيره", "البحيره", "نهر", "النهر", "جزيره", "الجزيره", "جبل", "الجبل",
            "village", "city", "town", "country", "state", "region", "province", "neighborhood", "neighbourhood", "station",
            "street", "airport", "port", "hospital", "hotel", "stadium", "district", "lake", "river", "island", "mountain");
    /** Kinds of place news names without writing the kind: a country or countries ("في سويسرا"). */
    private static final Set<String> COUNTRY_KINDS = Set.of("دوله", "الدوله", "دول", "الدول", "بلد", "البلد",
            "بلدان", "البلدان");
    /** The first of the two words of the Egyptian "how much" (قد ايه، اد ايه). */
    private static final Set<String> HOW_MUCH = Set.of("قد", "اد", "ادد", "قدد");

    private static final Set<String> HOW_FAR = Set.of("long", "far", "often", "high", "tall", "deep", "fast");
    /** A year after "which" ("what year", "أي عام"، "انهي سنة") asks when. */
    private static final Set<String> YEAR = Set.of("year", "عام", "العام", "سنه", "السنه");

    /** "what year", "في أي سنة"، "انهي عام": which year, a date only a year answers. */
    static boolean asksYear(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (WHICH.contains(words.get(i)) && YEAR.contains(words.get(i + 1))) return true;
        }
        return false;
    }

    private static boolean asksHowMuch(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (HOW_MUCH.contains(words.get(i)) && words.get(i + 1).equals("ايه")) return true;
            // "how long will the eclipse last", "how far": a duration or a distance, a figure
            if (words.get(i).equals("how") && HOW_FAR.contains(words.get(i + 1))) return true;
        }
        return false;
    }

    private record Words(AnswerType type, Set<String> asking) {
        /** The word as typed, or without an attached و or ف ("ومين"، "فكم"; "وين" and "فين" are words). */
        boolean asks(String word) {
            return asking.contains(word)
                    || word.length() > 2 && (word.startsWith("و") || word.startsWith("ف")) && asking.contains(word.substring(1));
        }
    }
}

package com.nabaa.answer;

import com.nabaa.question.DialectWords;
import com.nabaa.text.ArabicText;
import com.nabaa.text.MonthNames;
import com.nabaa.text.ScoreLines;
import com.nabaa.text.SentenceSplitter;
import com.nabaa.text.WordLists;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence holds something of the {@link AnswerType} a question asks for, beyond the
 * question's own words: a figure the question does not give, a date, a person or team, a place. A
 * sentence that only restates the question ("كم صاروخ اعترضت السعودية" → "اعترضت السعودية صاروخا")
 * holds none. Word lists are in {@code answer-type-words.txt}; every word is compared after
 * {@link ArabicText#normalize}, with an attached و/ف, ب/ل/ك and ال removed. Stateless, thread-safe.
 *
 * <ul>
 *   <li>NUMBER: digits (any script) that are not a number of the question, not a year after
 *       عام/سنة/منذ or a month, and not a day before a month ("حتى 27 أكتوبر"); or a cardinal or
 *       unit word (ثلاثة، مليون، ملياري). Not a vague plural (ملايين).</li>
 *   <li>DATE: a year, a month name (Gregorian in every regional form, Hijri), a weekday, or a word
 *       like أمس، اليوم، مساء، الماضي, not already in the question.</li>
 *   <li>PERSON: a title, role or kind of actor (الرئيس، الناشطة، المنتخب، حزب) followed within
 *       {@value #NAME_WINDOW} words by a word the question does not hold: the name it introduces;
 *       not a given name before the family name the question gives (its own person).</li>
 *   <li>PLACE: a kind of place (مدينة، قصر، ملعب) or في/ب before a word the question does not hold
 *       that is no date or figure.</li>
 *   <li>RESULT: a score ({@link ScoreLines}).</li>
 * </ul>
 */
final class AnswerEvidence {
    /** How far after a title the name it introduces may start ("الرئيس الفرنسي إيمانويل ماكرون"). */
    static final int NAME_WINDOW = 3;

    private static final Map<String, Set<String>> WORDS = load();
    private static final Set<String> NUMBER_WORDS = WORDS.get("number");
    private static final Set<String> DATE_WORDS = dateWords();
    private static final Set<String> PERSON_CUES = WORDS.get("person");
    private static final Set<String> GROUP_CUES = WORDS.get("group");
    private static final Set<String> PERSON_ASKED = WORDS.get("person-asked");
    private static final Set<String> PLACE_CUES = WORDS.get("place");
    /** Words that give a cause ("بسبب التهديدات"): a sentence answering "why" holds one. */
    private static final Set<String> CAUSES = WORDS.get("cause");
    private static final Set<String> DEATH_CAUSES = WORDS.get("death-cause");
    private static final Set<String> CAUSES_TOLD = WORDS.get("cause-told");
    /** Words after which a four-digit number is a year, not a count. */
    private static final Set<String> YEAR_CUES = Set.of("عام", "العام", "سنه", "منذ", "موسم", "مطلع", "نهايه", "في", "حتي");
    /**
     * Words that name no one and nowhere: function words, and what follows في when it is no place
     * ("في ظل"، "في حين"، "في إطار").
     */
    private static final Set<String> NOT_NAMES = Set.of("الي", "علي", "عن", "من", "مع", "بعد", "قبل", "ان", "انه",
            "الذي", "التي", "الذين", "هو", "هي", "كان", "كانت", "قد", "لم", "لن", "بين", "حول", "منذ", "خلال", "عند",
            "حتي", "او", "ثم", "بل", "لكن", "غير", "دون", "ضد", "عبر", "نحو", "لدي", "اليوم", "امس","ظل", "حين", "حال", "اطار", "وقت", "ذلك", "هذا", "هذه", "تلك",
            "المقابل", "مقابل", "اعقاب", "سياق", "ضوء", "شان", "بيان", "تصريح", "تصريحات", "حديث", "كلمه",
            "مقابله", "رساله", "تغريده", "المباراه", "مباراه", "النهاءي", "المركز", "الشوط", "الدقيقه", "المرتبه",
            "صفوف", "ما", "اي", "كل", "بعض", "اول", "اخر", "المقام", "الوقت", "نفس", "عهد", "انتظار", "محاوله",
            // adverbs of time and manner ("الذي عينه رئيس الحكومة مؤخرا")
            "مءخرا", "ايضا", "حاليا", "سابقا", "لاحقا", "اخيرا", "مجددا", "مباشره", "رسميا", "فورا",
            // units of time ("حفل لفيروز في العام القادم"): when, not where or who
            "عام", "سنه", "شهر", "اسبوع", "يوم", "ايام", "ساعه", "ساعات", "اعوام", "سنوات", "اشهر", "اسابيع", "فتره",
            "مده", "موسم",
            // ordinals ("في التاسعة والأربعين من العمر"): an age or a rank, not a place or a person
            "اولي", "ثاني", "ثانيه", "ثالث", "ثالثه", "رابع", "رابعه", "خامس", "خامسه", "سادس", "سادسه", "سابع",
            "سابعه", "ثامن", "ثامنه", "تاسع", "تاسعه", "عاشر", "عاشره",
            // verbs of saying after a title ("لكن الرئيس الكوبي الجديد ذكر بأن…"): what the holder said, not his name
            "قال", "قالت", "ذكر", "ذكرت", "اكد", "اكدت", "اعلن", "اعلنت", "اضاف", "اضافت", "اوضح", "اوضحت", "اشار",
            "اشارت", "صرح", "صرحت", "اعتبر", "اعتبرت", "شدد", "شددت", "افاد", "افادت", "نفي", "نفت", "يقول", "تقول",
            "بان", "بانه", "بانها",
            // "تقديم المدرب الجديد لبولندا لوسائل الإعلام": to the media, not a name
            "وساءل",
            // events ("في حادث إطلاق نار بمنطقة صناعية"): what happened, not where
            "حادث", "حادثه", "حوادث", "هجوم", "هجمات", "عمليه", "عمليات", "اشتباكات", "مواجهات", "انفجار", "تفجير",
            "غاره", "غارات", "قصف", "اعتداء",
            // a tournament and its stages ("في ثاني جولات المجموعة الخامسة من كأس العالم"): where a match was
            // played, not who played it
            "كاس", "بطوله", "دوري", "جوله", "جولات", "تصفيات", "منافسات");
    /** Gregorian month names as normalized, one or two words (كانون الثاني), with the month number. */
    private static final Map<String, Integer> MONTHS = months();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+|[0-9]+(?:[.,][0-9]+)*");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)[0-9]{2}");
    /**
     * An age, as news gives it: in parentheses after a name ("(45 عاما)", "(٣٢ سنة)"), or after the
     * ages or age of someone, a span at most ("تتراوح أعمارهم ما بين 11 - 16 عاما"، "عمره 30 سنة").
     */
    private static final Pattern AGE_BESIDE_NAME = Pattern.compile("\\(\\s*[0-9]+\\s*(?:عاما|عام|سنه|سنوات)\\s*\\)"
            + "|(?<!\\p{L})(?:اعمار\\p{IsArabic}*|عمر(?:ه|ها|هم|هما))\\s+(?:(?:ما|بين|من|نحو|حوالي)\\s+){0,2}"
            + "[0-9]+(?:\\s*(?:-|و|الى|حتى)\\s*[0-9]+)?\\s*(?:عاما|عام|سنه|سنوات)(?!\\p{L})");
    /**
     * A name given as one: a quoted name ("أكاديميك لومونوسوف"، «…»، “…”; six words at most: a longer
     * quote is what someone said, "عند محاصرة الجاني من الجهات الأمنية، أثناء محاولته الفرار…") or one
     * after the words that give it (اسم، باسم، تسمى، يسمى، يدعى، الملقب، أطلق عليه).
     */
    private static final Pattern GIVEN_NAME = Pattern.compile("[\"«“'](?=[^\"»”']*\\p{L})\\s*(?:[^\"»”'\\s]+\\s+){0,5}[^\"»”'\\s]+\\s*[\"»”']"
            + "|(?<![\\p{L}])(?:اسم|باسم|تسمي|يسمي|تسميه|يدعي|تدعي|الملقب|الملقبه|اطلق عليه|اطلق عليها)\\s+\\p{L}");
    /**
     * A word of age anywhere in the question (عمر، سنه، how old, age): a loose sign, enough to keep an
     * age beside a name as a figure that may answer; whether the question asks an age, so that a story
     * must give one, is {@link #asksAge}'s stricter reading (عمر and عمرو are names too).
     */
    private static final Pattern AGE_MENTIONED = Pattern.compile("عمر|اعمار|(?<![\\p{L}])سن(?:ه|ها|هم)?(?![\\p{L}])|(?i:\\bhow old\\b|\\bage\\b|\\baged\\b)");

    private AnswerEvidence() {
    }

    /** The words of {@code text}, normalized and lower case, digits of any script as ASCII. */
    static List<String> words(String text) {
        Matcher m = WORD.matcher(ArabicText.normalize(text).toLowerCase(Locale.ROOT));
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.group());
        return out;
    }

    /**
     * Whether {@code sentence} holds a {@code type} the question does not already give; {@code asked}:
     * the question's words (as typed, and as searched: an English question's Arabic words). A sentence
     * of background ({@link #BACKGROUND}) holds none.
     */
    static boolean holds(AnswerType type, String sentence, String asked) {
        if (namesOtherMonth(sentence, asked) || namesOtherRound(sentence, asked) || namesCandidates(sentence, asked)
                || namesOtherRank(sentence, asked)) {
            return false;
        }
        if (BACKGROUND.matcher(ArabicText.normalize(sentence).strip()).find()) return false;
        if (AIMED.matcher(ArabicText.normalize(sentence)).find() && !AHEAD.matcher(ArabicText.normalize(asked).toLowerCase(Locale.ROOT)).find()) {
            return false;
        }
        if (type == AnswerType.OTHER) return true;
        if (type == AnswerType.RESULT) return ScoreLines.in(sentence);
        List<String> askedWords = words(asked);
        Set<String> question = new HashSet<>();
        for (String w : askedWords) question.addAll(forms(w));
        // "عصام الحضري (45 عاما)", "أعمارهم ما بين 11 - 16 عاما": an age answers how old, not how many or how long
        List<String> words = words(type == AnswerType.NUMBER && !AGE_MENTIONED.matcher(ArabicText.normalize(asked)).find()
                ? AGE_BESIDE_NAME.matcher(ArabicText.normalize(sentence)).replaceAll(" ") : sentence);
        return switch (type) {
            // "how long is his contract": "حتى عام 2021" answers, though a year is no count
            case NUMBER -> !onlyMonthlyInflation(sentence, asked) && (hasNumber(words, question, asksTime(askedWords))
                    || asksDuration(askedWords) && words.stream().anyMatch(w -> YEAR.matcher(w).matches() && isNew(w, question)))
                    && countsInUnitAsked(words, askedWords)
                    && countsWhatIsAsked(words, askedWords)
                    && countsNounAsked(words, asked);
            case DATE -> hasDate(words, question, asksFuture(askedWords), AnswerType.asksYear(askedWords));
            case PERSON -> hasPerson(words, question, Set.copyOf(askedWords), nisbaAsked(askedWords), asksPersonByKind(askedWords));
            case PLACE -> AnswerType.placeKindAsked(askedWords).map(kind -> namesPlaceOfKind(words, kind, question))
                    .orElseGet(() -> hasPlace(words, question));
            // "ماتت ازاي؟": how someone died is told by what killed them ("إثر أزمة قلبية"، "منتحرا")
            case REASON -> words.stream().anyMatch(w -> anyIn(forms(w), CAUSES)
                    || AnswerType.asksHowDied(askedWords) && anyIn(forms(w), DEATH_CAUSES));
            case NAME -> givesName(sentence, question);
            default -> true;
        };
    }

    /**
     * For a "which" of a noun ({@link AnswerType#whichNoun}: "في أي مهرجان"), whether the sentence
     * names one: the noun in any of its forms (بمهرجان، المهرجان), or a term of it as {@code analysis}
     * makes it, one letter apart at most ({@link NearTerms}), or of its news word (the dialects' طيارة: طائرة). True when
     * the question asks no such "which".
     */
    static boolean namesWhich(String sentence, String asked, Function<String, List<String>> analysis) {
        Optional<String> noun = AnswerType.whichNoun(words(asked));
        if (noun.isEmpty()) return true;
        Set<String> wanted = new HashSet<>(forms(noun.get()));
        List<String> words = namingWords(words(sentence), wanted);
        for (String w : words) {
            for (String f : forms(w)) {
                if (wanted.contains(f)) return true;
            }
        }
        Set<String> told = new HashSet<>(analysis.apply(String.join(" ", words)));
        List<String> asTerms = new ArrayList<>(analysis.apply(noun.get()));
        asTerms.addAll(analysis.apply(DialectWords.toNews(noun.get())));
        return asTerms.stream().anyMatch(t -> NearTerms.found(t, told)) && !onlyMasculineOf(noun.get(), words);
    }

    /**
     * Whether the sentence writes a feminine noun asked (مستوطنة، a settlement) only as the masculine
     * noun of its letters (مستوطنا، مستوطنين: settlers), another thing the analysis makes the same term:
     * "بأي مستوطنة صارت؟" is not answered by "بعدما طعن مستوطنا… قرب رام الله".
     */
    private static boolean onlyMasculineOf(String noun, List<String> sentence) {
        String n = ArabicText.normalize(noun).toLowerCase(Locale.ROOT);
        if (!n.endsWith("ه") || n.length() < 5) return false;
        String stem = n.substring(0, n.length() - 1);
        boolean masculine = false;
        for (String w : sentence) {
            int at = w.indexOf(stem);
            if (at < 0) continue;
            String after = w.substring(at + stem.length());
            if (after.startsWith("ه") || after.startsWith("ت") || after.startsWith("ات")) return false;
            masculine |= after.isEmpty() || after.equals("ا") || after.equals("ين") || after.equals("ون");
        }
        return masculine;
    }

    /**
     * {@code sentence}'s words without the noun asked where it names nothing: spoken of again ("فسخ
     * النادي المنافس عقد المهاجم": the club already named) or counted with no list after it ("في ثلاث
     * مدن، بعد حظر": cities, none named; but "ثلاث مدن هي…", "من بينها العاصمة").
     */
    private static List<String> namingWords(List<String> sentence, Set<String> wanted) {
        List<String> words = new ArrayList<>(sentence);
        for (int i = words.size() - 2; i >= 0; i--) {
            List<String> forms = forms(words.get(i));
            if (REFERRING.contains(words.get(i + 1)) && forms.stream().anyMatch(wanted::contains)
                    && forms.stream().anyMatch(f -> f.startsWith("ال"))) {
                words.subList(i, i + 2).clear();
            }
        }
        for (int i = words.size() - 1; i > 0; i--) {
            String before = words.get(i - 1);
            boolean counted = Character.isDigit(before.charAt(0)) || anyIn(forms(before), NUMBER_WORDS);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            String after = i + 2 < words.size() ? words.get(i + 2) : "";
            boolean namedNext = !next.isEmpty() && (!NOT_NAMES.contains(next) || LISTING.contains(next)
                    || next.equals("من") && LISTING.contains(after));
            if (counted && !namedNext && forms(words.get(i)).stream().anyMatch(wanted::contains)) words.remove(i);
        }
        return words;
    }

    /** Words that open the list of things just counted ("في ثلاث مدن هي البصرة وكربلاء وأربيل"). */
    private static final Set<String> LISTING = Set.of("هي", "هم", "وهي", "وهم", "منها", "بينها");

    /**
     * Adjectives after a noun with the article that point back to one already named ("النادي
     * المنافس"، "المهرجان نفسه"), as normalized: the noun so followed names no new one.
     */
    private static final Set<String> REFERRING = Set.of("المنافس", "الجديد", "الجديده", "السابق", "السابقه", "الحالي",
            "الحاليه", "المذكور", "المذكوره", "نفسه", "نفسها", "ذاته", "ذاتها", "الاخر", "الاخري", "المضيف", "المضيفه",
            "الضيف", "المعني", "المعنيه", "المنافسه");

    private static final Set<String> PRICES = WORDS.get("price");
    private static final Set<String> CURRENCIES = WORDS.get("currency");
    /**
     * A share asked ("بنسبة كام في المية") or a change ("بكم زادت أسعار الوقود"): a percentage
     * answers as well as a sum of money.
     */
    private static final Set<String> SHARE_ASKED = Set.of("نسبه", "المءه", "الميه", "بالمءه", "بالميه", "percent",
            "فاءده", "فايده", "interest",
            "percentage", "زاد", "زادت", "زادو", "زودت", "زودو", "ارتفع", "ارتفعت", "ارتفاع", "زياده", "رفع", "رفعت",
            "انخفض", "انخفضت", "انخفاض", "خفض", "rise", "rose", "increase", "increased", "fell", "fall", "cut");
    /** Units a sum is written in before its currency that {@code [number]} leaves out (3 ملايين جنيه، 2 million dollars); ألف، مليون، مليار are numbers. */
    private static final Set<String> LARGE_UNITS = Set.of("الاف", "ملايين", "مليوني", "million", "billion", "thousand");
    /** How far from its currency a sum's figure may stand ("50 ألف دولار"، "دولارا 50", "بـ 20 مليون جنيه"). */
    private static final int SUM_WINDOW = 3;

    /**
     * Whether the question asks what something costs or pays: "how much" (كم، بكام، قديش، شحال، how
     * much) with a sum of money ({@code answer-type-words.txt}: a price, a ticket, a fine, a bonus,
     * takings, a currency), not a share of one or a change ("بنسبة كام"، "بكم زادت").
     */
    static boolean asksPrice(String asked) {
        List<String> words = words(asked);
        boolean sum = false;
        boolean howMuch = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            List<String> forms = forms(w);
            // a change joined to ل is what the sum is for, not the change asked ("كم الكلفة لخفض سن التعليم؟")
            if (anyIn(forms, SHARE_ASKED) && !(w.startsWith("ل") && !w.startsWith("ال"))) return false;
            // not ريال: "الريال ويوفنتوس خلصت كام؟" asks Real Madrid's score
            if (anyIn(forms, PRICES) || anyIn(forms, CURRENCIES) && !w.contains("ريال")) sum = true;
            if (anyIn(forms, HOW_MANY) || w.equals("how") && i + 1 < words.size() && words.get(i + 1).equals("much")) howMuch = true;
            // "كم سنة بيثبتون الرسوم؟" counts years, whatever sum it speaks of
            if (HOW_MANY.contains(w) && i + 1 < words.size() && isTimeUnit(words.get(i + 1))) return false;
            // "ما الغرامة التي يفرضها القانون؟"، "شو سعر التذكرة؟": what a sum is, asked as "what"
            if (i > 0 && AnswerType.asksWhat(words.get(i - 1)) && anyIn(forms, SUM_NOUNS)) howMuch = true;
        }
        return sum && howMuch;
    }

    /**
     * Whether the question asks someone's or something's age: "كم عمرها؟"، "قديش كان عمرو"، "عمرها كام
     * سنة"، "شحال فعمرو"، "how old". A story that gives no age ({@link #givesAge}) does not answer it:
     * "مديحة كنيفاتي … كم عمرها؟" is not answered by the story of her role.
     */
    static boolean asksAge(String asked) {
        List<String> words = words(asked);
        boolean howMuch = words.stream().anyMatch(w -> anyIn(forms(w), HOW_MANY));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("old") && i > 0 && words.get(i - 1).equals("how")) return true;
            if (howMuch && anyIn(forms(w), AGE_WORDS)) return true;
            // عمر and عمرو are names too (عمر البشير، عمرو دياب): an age only beside "how much" or "was"
            if (anyIn(forms(w), AGE_OR_NAME) && besideHowMuch(words, i)) return true;
        }
        return false;
    }

    private static boolean besideHowMuch(List<String> words, int i) {
        for (int j = Math.max(0, i - 2); j <= Math.min(words.size() - 1, i + 2); j++) {
            if (j != i && (anyIn(forms(words.get(j)), HOW_MANY) || words.get(j).equals("كان"))) return true;
        }
        return false;
    }

    /**
     * Whether the question asks how many of something ("قديش واحد قدّم عالموقع؟"، "how many"): not a
     * price, an age or a result, which are read apart.
     */
    static boolean asksCount(String asked) {
        if (AnswerType.of(asked) != AnswerType.NUMBER || asksPrice(asked) || asksAge(asked)) return false;
        List<String> words = words(asked);
        for (int i = 0; i < words.size(); i++) {
            if (HOW_MANY.contains(words.get(i))) return true;
            if (words.get(i).equals("how") && i + 1 < words.size() && words.get(i + 1).equals("many")) return true;
        }
        return false;
    }

    /**
     * Whether the question asks a share, as a percentage: "كم نسبة…"، "بنسبة كام"، "كام في المية"، "what
     * percentage". Not a change ("بكم زادت"), which a sum may tell.
     */
    static boolean asksShare(String asked) {
        List<String> words = words(asked);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (anyIn(forms(w), SHARE_WORDS)) return true;
            // "كام في المية": the hundred after في or joined to ب; المية alone is the Egyptians' water
            if (HUNDRED.contains(w) && i > 0 && words.get(i - 1).equals("في") || w.startsWith("ب") && HUNDRED.contains(w.substring(1))) {
                return true;
            }
        }
        return false;
    }

    /** A share, and a rate of interest ("قديش الفايدة على السندات؟"): told as a percentage, not as the sum lent. */
    private static final Set<String> SHARE_WORDS = Set.of("نسبه", "percent", "percentage", "فاءده", "فايده", "interest");
    private static final Set<String> HUNDRED = Set.of("المءه", "الميه", "المايه", "الماءه");
    /** A share as news writes it: a percentage in figures or words, or a fraction (ربع، ثلث، نصف، الثلثين). */
    private static final Pattern SHARE_GIVEN = Pattern.compile("[%٪]|(?:في|بال|ب)\\s*ال?(?:مءه|ماءه|ميه|مايه)|percent"
            + "|(?<!\\p{L})(?:و|ب|ال|بال)?(?:ربع|ثلث|نصف|ثلثا|ثلثي|ثلثين|اغلبيه|غالبيه)(?!\\p{L})");

    /** Counts news gives in words without a figure ("قتل العشرات"): no exact answer, but an answer. */
    private static final Set<String> VAGUE_COUNTS = Set.of("عشرات", "العشرات", "مئات", "المءات", "المئات", "مءات", "الاف",
            "الالاف", "ملايين", "الملايين", "dozens", "hundreds", "thousands", "millions");

    /**
     * Whether {@code text} gives any count beside the question's own figures: a figure that is not a
     * year, a number in words, or a vague count (عشرات، آلاف). A story that gives none does not tell how
     * many (the opening of an online application for Iraq's ministries, asked how many applied).
     */
    static boolean givesCount(String text, String asked) {
        // "كم نسبة حصتها؟": a share is told as one (25%، ربع، الثلثين), not by the round's other figures
        if (asksShare(asked)) return SHARE_GIVEN.matcher(ArabicText.normalize(text).toLowerCase(Locale.ROOT)).find();
        List<String> told = words(text);
        // "اتفاقية التوزيع كم سنة مدتها؟" of a story saying only "اتفاقية طويلة الأجل": a time counted is
        // counted in its unit ("سبع سنوات"، "عامين"), or, of years, by the years themselves
        Optional<Set<String>> unit = timeUnitCounted(words(asked));
        if (unit.isPresent()) return countsTime(told, unit.get());
        // "كم مباراة إيقاف عطوا الحراصي؟" of a story that speaks of matches and counts none: a thing counted
        // that the story names is counted there ("ثلاث مباريات"، "مباراتين"), not by the match's score
        Optional<String> counted = countedNoun(asked);
        if (counted.isPresent() && told.stream().anyMatch(w -> isFormOf(w, counted.get()))) return countsNoun(told, counted.get());
        if (ScoreLines.in(text)) return true;
        Set<String> own = new HashSet<>(words(asked));
        for (String w : told) {
            if (own.contains(w)) continue;
            if (Character.isDigit(w.charAt(0)) && !YEAR.matcher(w).matches()) return true;
            if (anyIn(forms(w), NUMBER_WORDS) || anyIn(forms(w), VAGUE_COUNTS)) return true;
        }
        return false;
    }

    /**
     * The unit of time the last "how many" counts, right after it: "كم سنة"، "كام يوم"، "how many years".
     * The last: a follow-up is asked after its topic ("…سحبوه بعد كم يوم من عرضه؟ وقديش كانت تكلفتو؟"
     * asks a cost).
     */
    private static Optional<Set<String>> timeUnitCounted(List<String> asked) {
        Optional<Set<String>> out = Optional.empty();
        for (int i = 0; i < asked.size(); i++) {
            // "وقديش": a follow-up's how-many opens with و; its asking words may come last ("… يوم قديش؟")
            String how = asked.get(i).length() > 3 && asked.get(i).startsWith("و") ? asked.get(i).substring(1) : asked.get(i);
            String next = i + 1 < asked.size() ? asked.get(i + 1) : "";
            boolean howMany = HOW_MANY.contains(how) && !how.startsWith("ب") || how.equals("how") && next.equals("many");
            if (!howMany) continue;
            String unit = next.equals("many") && i + 2 < asked.size() ? asked.get(i + 2) : next;
            out = TIME_UNITS.stream().filter(f -> f.contains(unit)).findFirst();
        }
        return out;
    }

    /**
     * Whether {@code told} counts the unit of time: a figure or a number word at most two words before
     * a word of it, its dual (سنتين، يومين), or, of years, a year ("حتى 2021", "من 2014 إلى 2018").
     */
    private static boolean countsTime(List<String> told, Set<String> unit) {
        boolean years = unit.contains("سنه");
        for (int i = 0; i < told.size(); i++) {
            String w = told.get(i);
            if (years && YEAR.matcher(w).matches()) return true;
            if (!unit.contains(w) && !unit.contains(bare(w))) continue;
            String b = bare(w);
            if (DUAL_ENDS.stream().anyMatch(e -> b.endsWith(e) && b.length() > e.length() + 2)) return true;
            for (int j = Math.max(0, i - 2); j < i; j++) {
                String before = told.get(j);
                if (Character.isDigit(before.charAt(0)) || anyIn(forms(before), NUMBER_WORDS)) return true;
            }
        }
        return false;
    }

    /**
     * The thing a "how many" counts, as typed right after it without the article ("كم مباراة"، "كام
     * لوحة"، "كم نائبا"), normalized: a noun in ة or in the accusative's alif, which no verb after كم
     * ends in (كم دفعت، كام خدا، كم حكموا). Not "كم الغرامة" (how much the fine is), a time (سنة، مرة),
     * people in general (واحدة، شخصا: the news counts them as قتيلا), an amount (قيمة، نسبة) or a place
     * ("الرئيس رقم كم لتركيا؟").
     */
    static Optional<String> countedNoun(String asked) {
        // as typed: a final ة is the noun's, a final ه a pronoun's ("كم راتبه": his pay, an amount)
        String[] typed = asked.replaceAll("[\\u064B-\\u0652\\u0640]", "").split("[^\\p{L}\\p{N}]+");
        for (int i = 0; i + 1 < typed.length; i++) {
            String how = ArabicText.normalize(typed[i]).toLowerCase(Locale.ROOT);
            // "بكم" asks for how much, a price ("بكم معروضة عربية مادونا؟"), not how many
            if (!HOW_MANY.contains(how) || how.startsWith("ب")) continue;
            String raw = typed[i + 1];
            String noun = ArabicText.normalize(raw).toLowerCase(Locale.ROOT);
            // a nisba's singular too ("كام مدنى اعدمتهم"، "كم جندي"), not a present verb's (تبقى)
            boolean nounShaped = raw.endsWith("ة") || raw.endsWith("ا") && !raw.endsWith("وا")
                    || (raw.endsWith("ي") || raw.endsWith("ى")) && raw.length() >= 4 && "تين".indexOf(raw.charAt(0)) < 0;
            if (!nounShaped || noun.startsWith("ال") || noun.length() < COUNTED_STEM + 1 || GENERIC_COUNTED.contains(noun)
                    || isTimeUnit(noun) || anyIn(forms(noun), NUMBER_WORDS) || Places.placeOf(noun).isPresent()) {
                return Optional.empty();
            }
            // the news's word for a dialect's noun: "قديش طيارة" counts طائرة (طائرتين)
            String news = ArabicText.normalize(DialectWords.toNews(raw)).toLowerCase(Locale.ROOT);
            return Optional.of(news.contains(" ") ? noun : news);
        }
        return Optional.empty();
    }

    /**
     * Nouns after كم that ask no count of a thing the story must name: people in general, a time, and
     * amounts ("كم ميزانية السعودية؟" asks how large the budget is, not how many budgets).
     */
    private static final Set<String> GENERIC_COUNTED = Set.of("واحده", "وحده", "واحدا", "شخصا", "نفرا", "مره", "سنه", "ساعه",
            "مده", "حاجه", "فتره", "دقيقه", "قيمه", "نسبه", "تكلفه", "كلفه", "ميزانيه", "مساحه", "مسافه", "كميه", "سرعه",
            "حصه", "درجه", "حراره", "خساره", "غرامه", "كفاله", "زياده", "قوه", "طاقه", "سعه",
            // a fortune, cash, a reward, a bill: sums ("كم ثروة الأثرياء في الإمارات؟": "190.2 مليار دولار")
            "ثروه", "سيوله", "مكافاه", "فاتوره",
            // a soldier, a policeman, whom news counts as جنود، عناصر or أفراد as often ("قديش عسكري ماتوا؟": "7 جنود")
            "عسكري", "عسكريا", "شرطي", "شرطيا");

    private static final List<String> DUAL_ENDS = List.of("ين", "ان", "تين", "تان");

    /**
     * Whether {@code word} is a form of the counted noun, after و، ب، ل and the article: its first
     * letters (لوحة: لوحات), or, for a broken plural, its consonants (مقبرة: مقابر، بعثة: بعثات).
     */
    private static boolean isFormOf(String word, String noun) {
        String stem = nounStem(noun);
        String consonants = consonants(noun.substring(0, noun.length() - 1));
        for (String c : forms(word)) {
            if (c.startsWith(stem) || consonants.length() >= COUNTED_STEM && consonants(c).startsWith(consonants)) return true;
        }
        return false;
    }

    /** Whether the word is a number written in words (ثلاثة، مليار، عشرات), in any of its forms. */
    static boolean isNumberWord(String word) {
        return anyIn(forms(ArabicText.normalize(word)), NUMBER_WORDS);
    }

    /** The word without its long vowels (ا، و، ي): what a noun and its broken plural share. */
    static String consonants(String word) {
        return word.replaceAll("[اوي]", "");
    }

    /** A counted noun's first letters, which its plural keeps (مباراه: مبار، مباريات). */
    private static String nounStem(String noun) {
        return noun.substring(0, Math.min(noun.length() - 1, COUNTED_STEM + 1));
    }

    /**
     * Whether the text counts the noun: a figure or a number in words at most two words before one of
     * its forms ("ثلاث مباريات"، "100 ألف لوحة"), a figure at most three words after it ("مبارياته
     * الدولية الـ102"), or its dual ("مباراتين").
     */
    private static boolean countsNoun(List<String> words, String noun) {
        // a dual counts two: مباراتين of مباراة، هدفين of هدفا
        String base = noun.substring(0, noun.length() - 1);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!isFormOf(w, noun)) continue;
            if (forms(w).stream().anyMatch(c -> DUAL_ENDS.stream().anyMatch(end -> c.equals(base + end)))) return true;
            // before it, or after it as an ordinal's figure ("آخر مبارياته الدولية الـ102", whose الـ is a word here)
            for (int j = Math.max(0, i - 2); j <= Math.min(words.size() - 1, i + 3); j++) {
                String x = words.get(j);
                if (j == i || j > i && !Character.isDigit(x.charAt(0))) continue;
                // before it, the number runs up to it: "100 ألف لوحة"، "ثمانية آلاف كتاب", not "1,6 مليار دولار، واتفاقية"
                if (j == i - 2 && !isCount(words.get(i - 1)) && !anyIn(forms(words.get(i - 1)), VAGUE_COUNTS)) continue;
                if (isCount(x)) return true;
            }
        }
        return false;
    }

    /** A figure that is no year, or a number in words. */
    private static boolean isCount(String word) {
        return Character.isDigit(word.charAt(0)) && !YEAR.matcher(word).matches() || anyIn(forms(word), NUMBER_WORDS);
    }

    /**
     * For "how many" of a thing ({@link #countedNoun}: "كم اتفاقية"): a sentence that speaks of the
     * thing counts it ({@link #countsNoun}), not another ("عقدين … واتفاقية لإقامة سوق").
     */
    private static boolean countsNounAsked(List<String> sentence, String asked) {
        Optional<String> counted = countedNoun(asked);
        if (counted.isEmpty() || sentence.stream().noneMatch(w -> isFormOf(w, counted.get()))) return true;
        return countsNoun(sentence, counted.get());
    }

    /** عمر's possessives ("كم عمرها؟"), normalized. */
    private static final Set<String> AGE_WORDS = Set.of("عمره", "عمرها", "عمرهم", "عمرك");
    /** عمر and the dialects' "his age" عمرو ("قديش كان عمرو"، "شحال فعمرو"), also names. */
    private static final Set<String> AGE_OR_NAME = Set.of("عمر", "عمرو");

    /**
     * Whether {@code text} gives an age: a number of years ("92 عاما"، "14 ألف عام"، "ثلاثة عشر عاما"), an
     * age in words ("عن عمر ناهز الخامسة والتسعين"), or a figure after "عمر" ("البالغ من العمر 28").
     */
    static boolean givesAge(String text) {
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (YEARS.contains(w) && i > 0 && (Character.isDigit(words.get(i - 1).charAt(0)) || anyIn(forms(words.get(i - 1)), NUMBER_WORDS)
                    || words.get(i - 1).equals("الف") || words.get(i - 1).equals("الاف"))) {
                return true;
            }
            if (anyIn(forms(w), AGE_WORDS) || anyIn(forms(w), AGE_OR_NAME) || w.equals("العمر")) {
                for (int j = i + 1; j < Math.min(words.size(), i + 5); j++) {
                    String next = words.get(j);
                    if (Character.isDigit(next.charAt(0)) || TENS.stream().anyMatch(next::endsWith)) return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the question asks who, or a name or an identity: "مين اللي…"، "شو اسمه"، "شنو سميتو"،
     * "what was his name", "did police ever identify him". A story that says the name is not known
     * ({@link #withholdingName}) does not answer it.
     */
    static boolean asksName(String asked) {
        if (AnswerType.of(asked) == AnswerType.PERSON || AnswerType.alsoAsked(asked).contains(AnswerType.PERSON)) return true;
        for (String w : words(asked)) {
            // with و or the article (واسمه، الاسم), not a preposition: "المتحدث باسم الحكومة" asks no name
            String bare = w.length() > 3 && w.startsWith("و") ? w.substring(1) : w;
            if (NAME_ASKED.contains(bare) || bare.startsWith("ال") && NAME_ASKED.contains(bare.substring(2))) return true;
        }
        return false;
    }

    /**
     * The sentences of {@code text} that say a name or an identity is not known or not given: a
     * negation (لم، لا، دون), a word of telling within {@value #WITHHELD_WINDOW} words (تكشف،
     * الإعلان، تذكر، تتوصل، التعرف، تفصح…), then a name or an identity within as many ("ولم تتوصل الشرطة بعد
     * إلى هوية القتيل"، "من دون الكشف عن اسمه"، "الذي لم يتم الإعلان عن هويته"). Not a source keeping its
     * own name ("طلب عدم الكشف عن اسمه"، "قال مسؤول لم يكشف عن اسمه"): the one unnamed there is not the
     * one asked about.
     */
    static List<String> withholdingName(String text) {
        List<String> out = new ArrayList<>();
        for (String sentence : SentenceSplitter.split(text)) {
            // The first name or identity told of is the one withheld: not the reader's own ("دون الكشف عن هويتك").
            List<String> words = words(sentence);
            if (negatedBefore(words, TELLING, IDENTITY, true, f -> f.startsWith("هوي") || f.startsWith("اسم"))
                    || keptSecret(words)) {
                out.add(sentence);
            }
        }
        return out;
    }

    /**
     * A name or an identity kept secret ("أراد الاحتفاظ باسمه سرا"، "أبقت هويته طي الكتمان"), not by a
     * source ({@link #keptBySource}).
     */
    private static boolean keptSecret(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!anyIn(forms(words.get(i)), SECRET_NAMES)) continue;
            String next = words.get(i + 1);
            boolean secret = next.equals("سرا") || next.equals("سريا") || next.equals("طي") && i + 2 < words.size()
                    && words.get(i + 2).equals("الكتمان");
            if (secret && !keptBySource(words, i)) return true;
        }
        return false;
    }

    private static final Set<String> SECRET_NAMES = Set.of("اسمه", "اسمها", "اسمهم", "هويته", "هويتها", "هويتهم");

    /**
     * A source asking not to be named, or named as unnamed, in the {@value #SOURCE_WINDOW} words before
     * the negation ("كما أفاد مصدر حكومي الخميس من دون الكشف عن اسمه").
     */
    private static boolean keptBySource(List<String> words, int negation) {
        for (int i = Math.max(0, negation - SOURCE_WINDOW); i < negation; i++) {
            if (anyIn(forms(words.get(i)), SOURCES)) return true;
        }
        return false;
    }

    private static final Set<String> WHO = Set.of("مين", "منو", "منهو", "مينو", "شكون");
    private static final Set<String> RELATIVE = Set.of("اللي", "الي", "اللى", "الذي", "التي", "الذين");

    /**
     * The verb a reader asks the doer of ("مين كشف شبكة الاحتيال؟": كشف), as typed: the word after a
     * word asking who (and a relative pronoun), of at least three letters; empty when none.
     */
    static Optional<String> doerAsked(String asked) {
        List<String> words = words(asked);
        for (int i = 0; i < words.size() - 1; i++) {
            if (!WHO.contains(words.get(i))) continue;
            int v = RELATIVE.contains(words.get(i + 1)) ? i + 2 : i + 1;
            if (v < words.size() && words.get(v).length() >= 3) return Optional.of(words.get(v));
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The post a reader asks who came to hold ("مين صار نقيب المهندسين؟": نقيب; "من أصبح رئيس
     * الوزراء؟": رئيس), as typed: the word after a word asking who and a verb of becoming; empty when
     * none. A story that never names the post (the list that won the union's election) does not say
     * who holds it.
     */
    static Optional<String> postBecome(String asked) {
        List<String> words = words(asked);
        for (int i = 0; i + 2 < words.size(); i++) {
            if (!WHO.contains(words.get(i)) && !words.get(i).equals("من")) continue;
            if (!BECAME.contains(words.get(i + 1))) continue;
            String post = words.get(i + 2);
            return post.length() >= 3 && !NOT_NAMES.contains(post) ? Optional.of(post) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Verbs of becoming, normalized: صار، أصبح، بقى (Egyptian), بات. */
    private static final Set<String> BECAME = Set.of("صار", "صارت", "اصبح", "اصبحت", "بقي", "بقيت", "بقا", "بات", "باتت");

    /**
     * Words asking a kind's name or identity right before it, besides a "which" ({@link
     * AnswerType#whichNoun}): "اسم الشركة"، "وش الشركة"، "مين الشركة"، "أية شركة" (ايه once normalized).
     */
    private static final Set<String> NAMING_OF_KIND = Set.of("اسم", "واسم", "ايه", "انهو", "مين", "منو", "شنو", "وش",
            "ايش", "شو");

    /**
     * The kind of thing whose name the reader asks ({@link NamedThings#isKind}), as typed: "وش اسم
     * الشركة اللي مستوردته؟": الشركة; "أي مستشفى…": مستشفى. Empty when none. A story that never speaks of
     * a company cannot name the one asked.
     */
    static Optional<String> kindNameAsked(String asked) {
        List<String> words = words(asked);
        Optional<String> which = AnswerType.whichNoun(words).filter(NamedThings::isKind);
        if (which.isPresent()) return which;
        for (int i = 1; i < words.size(); i++) {
            if (NAMING_OF_KIND.contains(words.get(i - 1)) && NamedThings.isKind(words.get(i))) return Optional.of(words.get(i));
        }
        return Optional.empty();
    }

    /**
     * The quantity a "how much … reached" asks of, as typed: "كم بلغ فائض تجارة الصين مع أمريكا؟":
     * فائض; "كم صار التضخم؟": التضخم. Empty when none, or when the word is one a story gives the figure
     * of without writing it ({@link #NOT_MEASURED}). A story that never speaks of a surplus gives none:
     * the Alibaba founder's jobs pledge, of the trade war between the two, is no answer to it.
     */
    static Optional<String> measureAsked(String asked) {
        List<String> words = words(asked);
        for (int i = 0; i + 2 < words.size(); i++) {
            if (!HOW_MANY.contains(words.get(i)) || words.get(i).startsWith("ب") || !REACHED.contains(words.get(i + 1))) continue;
            String word = words.get(i + 2);
            if (word.length() < 3 || NOT_MEASURED.contains(word) || NOT_MEASURED.contains(bare(word)) || isNumberWord(word)) {
                return Optional.empty();
            }
            return Optional.of(word);
        }
        return Optional.empty();
    }

    /** Verbs of reaching after "how much": كم بلغ، كم وصل، كم صار، كم كان. */
    private static final Set<String> REACHED = Set.copyOf(words("بلغ بلغت يبلغ تبلغ وصل وصلت يصل تصل صار صارت كان كانت"));
    /**
     * Words a story gives the figure of without writing them: a measure of what follows (عدد، حجم،
     * نسبة: "نسبة البنات" is told of الفتيات), a score (النتيجة), an age (عمره، عمرو), a cost (كلفته).
     */
    private static final Set<String> NOT_MEASURED = Set.copyOf(words(
            "عدد حجم قيمة نسبة معدل مبلغ إجمالي اجمالي سعر أسعار متوسط مستوى مجموع نتيجة النتيجة نتيجتها نتيجته"
                    + " عمر عمره عمرها عمرهم عمرو سن كلفة تكلفة كلفته تكلفته كلفتها تكلفتها ثمن ثمنه ثمنها"
                    + " قوة قوته قوتها شدة شدته شدتها مدة مدته مدتها طول طوله طولها وزن وزنه وزنها مساحة مساحته مساحتها"
                    + " ارتفاع ارتفاعه ارتفاعها سرعة سرعته سرعتها حصيلة الحصيلة حصيلته حصيلتها"));

    /** Whether a word names a post a person holds ({@link #ROLES}: رئيس، وزير، مدرب…), with what is attached to it. */
    static boolean isRole(String word) {
        return anyIn(forms(word), ROLES);
    }

    /** Whether the question asks first of all why ("ليش…"، "عرفوا سبب الحريق؟"، "why"). */
    static boolean asksCause(String asked) {
        return AnswerType.of(asked) == AnswerType.REASON;
    }

    /**
     * Whether the question asks what killed someone: how they died ({@link AnswerType#asksHowDied}:
     * "ماتت ازاي؟"), or why, of a death ("ما سبب وفاة…؟": a word asking of the death kind).
     */
    static boolean asksCauseOfDeath(String asked) {
        List<String> words = words(asked);
        return AnswerType.asksHowDied(words) || asksCause(asked) && EventWords.asks("death", asked);
    }

    /**
     * Whether {@code sentence} gives a cause: a word of {@code [cause]} (بسبب، إثر، جراء…) or of {@code
     * [cause-told]} (نجم عن، أدى إلى، بعدما…), or "بعد أن". News tells why far more often than a
     * direct answer can show it ("أعلنت غوغل إغلاق … بعد تعرض بيانات … للكشف" is no » line, but it tells).
     * When the sentence tells of the question's topic ({@code ofTopic}, asked only then), "after"
     * before what followed tells it too ("استقال الوزير بعد إقراره مخالفة البروتوكولات"), unless a time
     * follows (بعد ظهر، بعد يومين).
     */
    static boolean givesCause(String sentence, BooleanSupplier ofTopic) {
        List<String> words = words(sentence);
        boolean afterWhatFollowed = false;
        for (int i = 0; i < words.size(); i++) {
            List<String> forms = forms(words.get(i));
            if (anyIn(forms, CAUSES) || anyIn(forms, CAUSES_TOLD)) return true;
            if (i + 1 < words.size() && anyIn(forms, AFTER)) {
                if (words.get(i + 1).equals("ان")) return true;
                afterWhatFollowed |= !anyIn(forms(words.get(i + 1)), AFTER_TIME);
            }
        }
        return afterWhatFollowed && ofTopic.getAsBoolean();
    }

    /** What follows "after" when it tells a time, not a cause. */
    private static final Set<String> AFTER_TIME = Set.of("ظهر", "الظهر", "منتصف", "يوم", "يومين", "ايام", "اسبوع", "اسبوعين",
            "اسابيع", "شهر", "شهرين", "اشهر", "شهور", "عام", "عامين", "اعوام", "سنه", "سنتين", "سنوات", "ساعه", "ساعتين",
            "ساعات", "دقيقه", "دقاءق", "دقايق", "لحظات", "ذلك", "غد", "العصر", "المغرب", "انتهاء", "نهايه",
            "مرور", "فتره", "قليل", "وقت", "اقل", "نحو", "حوالي", "الحرب", "الثوره", "الاستقلال");

    private static final Set<String> AFTER = Set.of("بعد");

    /** Whether {@code sentence} tells what killed someone: a cause, or a word of {@code [death-cause]} (أزمة قلبية، غرقا، حادث). */
    static boolean givesCauseOfDeath(String sentence) {
        return words(sentence).stream().map(AnswerEvidence::forms).anyMatch(f -> anyIn(f, CAUSES) || anyIn(f, DEATH_CAUSES));
    }

    /**
     * What {@code text} says it does not give the figure of: a negation, a word of telling within
     * {@value #WITHHELD_WINDOW} words, then a size, a value, a number, a share or a cost within as many,
     * and the word after it, the thing measured ("ولم تكشف الشركة عن حجم حصتها": حصتها; "لم يتم الإعلان
     * عن قيمة الصفقة": الصفقة), and any other figure within as many words of it ("… أو عدد الأسهم"). Not by
     * a source keeping its own name.
     */
    static List<String> withheldFigures(String text) {
        List<String> out = new ArrayList<>();
        for (String sentence : SentenceSplitter.split(text)) {
            List<String> words = words(sentence);
            for (int i = 0; i < words.size(); i++) {
                if (!anyIn(forms(words.get(i)), NEGATIONS) || keptBySource(words, i)) continue;
                for (int j = i + 1; j < Math.min(words.size(), i + 1 + WITHHELD_WINDOW); j++) {
                    if (!anyIn(forms(words.get(j)), TELLING)) continue;
                    // "عن حجم حصتها في ديزر أو عدد الأسهم": each figure withheld within the window of the last
                    int last = j;
                    for (int k = j + 1; k + 1 < Math.min(words.size(), last + 2 + WITHHELD_WINDOW); k++) {
                        if (!anyIn(forms(words.get(k)), FIGURES)) continue;
                        out.add(words.get(k + 1));
                        last = k + 1;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code text} writes a figure or a number in words right before a word that {@code counted}
     * accepts, or with من between them ("وقتلت 4 من المهاجمين"، "أربعة مسلحين"): a count of that thing told.
     * Not a year.
     */
    static boolean countsWord(String text, Predicate<String> counted) {
        List<String> words = words(text);
        for (int i = 0; i + 1 < words.size(); i++) {
            String x = words.get(i);
            if (!isCount(x)) continue;
            int next = words.get(i + 1).equals("من") && i + 2 < words.size() ? i + 2 : i + 1;
            if (counted.test(words.get(next))) return true;
        }
        return false;
    }

    private static final Set<String> FIGURES = Set.of("حجم", "قيمه", "قيمتها", "قيمته", "عدد", "نسبه", "مبلغ", "كلفه",
            "تكلفه", "ثمن", "سعر", "مقدار");

    /**
     * Whether {@code text} tells a time at all: a figure (a year, a day of the month, an hour), a
     * month, a weekday or a relative day ({@code [date]} of answer-type-words.txt), a unit of time
     * ("بعد أسبوعين"), a century, or a vague time ("قريبا"، "لاحقا"), other than the words of {@code asked}.
     * A "when" is not answered by a story that tells none.
     */
    static boolean givesTime(String text, String asked) {
        // the question's own figures ("هجولة 2") tell no time
        Set<String> own = Set.copyOf(words(asked));
        for (String w : words(text)) {
            if (own.contains(w)) continue;
            if (Character.isDigit(w.charAt(0))) return true;
            List<String> f = forms(w);
            if (anyIn(f, DATE_WORDS) || anyIn(f, TIMES) || f.stream().anyMatch(MONTHS::containsKey)
                    || TIME_UNITS.stream().anyMatch(unit -> anyIn(f, unit))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Times that are no date (normalized): a century, an era, a reign, a period's start or end ("في
     * أواخر عهده"، "في العصور الوسطى"), a season, a vague "soon"; كانون and تشرين open a month; and the
     * words that tell when by what happened then ("عندما يكون القمر بين الأرض والشمس"، "أثناء الحرب"،
     * "منذ استقلالها"), though not بعد and قبل, which news writes in almost every story.
     */
    private static final Set<String> TIMES = Set.of("قرن", "قرون", "حقبه", "عصور", "عهد", "فتره", "اواخر", "اوائل",
            "بدايه", "نهايه", "مطلع", "صيف", "شتاء", "خريف", "موسم", "قريبا", "لاحقا", "مؤخرا", "حاليا", "الان",
            "كانون", "تشرين", "عندما", "حينما", "حين", "اثناء", "خلال", "ابان", "عقب", "اثر", "فور", "منذ",
            "today", "yesterday", "tomorrow", "soon", "later", "when", "during", "since");

    /**
     * The sentences of {@code text} that say the cause is not known yet: a negation (لم، لا، دون) and a
     * word of knowing within {@value #WITHHELD_WINDOW} words (يتضح، تعرف، تتحدد، يتبين، تكشف…), then a
     * cause within as many ("ولم يتضح بعد سبب الحريق"); or an inquiry under way to learn it ("وأضافت أن
     * تحقيقا يجري لمعرفة سبب الحريق"). Not the circumstances (ملابسات) an inquiry is opened into after
     * almost every accident, whatever its cause.
     */
    static List<String> withholdingCause(String text) {
        List<String> out = new ArrayList<>();
        for (String sentence : SentenceSplitter.split(text)) {
            List<String> words = words(sentence);
            if (negatedBefore(words, KNOWING, CAUSE_NOUNS, false, f -> false) || inquiryInto(words)) out.add(sentence);
        }
        return out;
    }

    /**
     * A negation, one of {@code verbs} within {@value #WITHHELD_WINDOW} words after it, and one of
     * {@code objects} within as many after that, before any word that {@code ends} the search; with
     * {@code notBySource}, not after a source keeping its own name ({@link #keptBySource}).
     */
    private static boolean negatedBefore(List<String> words, Set<String> verbs, Set<String> objects, boolean notBySource,
                                         Predicate<String> ends) {
        for (int i = 0; i < words.size(); i++) {
            if (!anyIn(forms(words.get(i)), NEGATIONS) || notBySource && keptBySource(words, i)) continue;
            for (int j = i + 1; j < Math.min(words.size(), i + 1 + WITHHELD_WINDOW); j++) {
                if (!anyIn(forms(words.get(j)), verbs)) continue;
                for (int k = j + 1; k < Math.min(words.size(), j + 1 + WITHHELD_WINDOW); k++) {
                    List<String> forms = forms(words.get(k));
                    if (anyIn(forms, objects)) return true;
                    if (forms.stream().anyMatch(ends)) break;
                }
            }
        }
        return false;
    }

    private static boolean inquiryInto(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!anyIn(forms(words.get(i)), INQUIRIES)) continue;
            for (int j = i + 1; j < Math.min(words.size(), i + 4); j++) {
                if (!anyIn(forms(words.get(j)), TO_LEARN)) continue;
                if (j + 1 < words.size() && anyIn(forms(words.get(j + 1)), CAUSE_NOUNS)) return true;
            }
        }
        return false;
    }

    private static final Set<String> KNOWING = Set.of("يتضح", "تتضح", "اتضح", "يعرف", "تعرف", "عرف", "يتحدد", "تتحدد",
            "يحدد", "تحدد", "تحديد", "يتبين", "تتبين", "تبين", "يكشف", "تكشف", "الكشف", "يعلن", "تعلن", "معرفه", "تتوصل",
            "يتوصل", "التوصل");
    private static final Set<String> CAUSE_NOUNS = Set.of("سبب", "اسباب", "الاسباب", "السبب", "دوافع", "الدوافع", "دافع", "الدافع");
    private static final Set<String> INQUIRIES = Set.of("تحقيق", "تحقيقا", "التحقيق", "تحقيقات", "التحقيقات");
    /** Normalized: لمعرفة is لمعرفه. */
    private static final Set<String> TO_LEARN = Set.of("لمعرفه", "لتحديد", "لكشف");

    private static final int WITHHELD_WINDOW = 5;
    private static final int SOURCE_WINDOW = 5;
    /** The words asking a name, normalized. */
    private static final Set<String> NAME_ASKED = Set.of("اسم", "اسمه", "اسمها", "اسمهم", "اسمهن", "اسمو", "سميتو",
            "سميته", "سميتها", "سمياتهم", "اسماء", "اسامي", "اساميهم", "name", "names", "named", "identify", "identified", "identity");
    /**
     * Not عدم: "اختار عدم نشر أسماء الفنانين" is a party's choice, which the next sentence may undo
     * ("كشفت وسائل إعلام … أن أعمال … وليد رعد").
     */
    private static final Set<String> NEGATIONS = Set.of("لم", "ولم", "فلم", "لا", "ولا", "دون", "ودون", "بدون");
    private static final Set<String> TELLING = Set.of("كشف", "الكشف", "تكشف", "يكشف", "اعلان", "الاعلان", "تعلن", "يعلن",
            "ذكر", "تذكر", "يذكر", "توصل", "التوصل", "تتوصل", "يتوصل", "التعرف", "تتعرف", "يتعرف", "تعرف", "يعرف",
            "تفصح", "يفصح", "الافصاح", "تحدد", "يحدد", "تحديد", "تنشر", "ينشر", "نشر", "تسم", "يسم", "تسمي", "يسمي");
    private static final Set<String> IDENTITY = Set.of("هويه", "هويته", "هويتها", "هويتهم", "هويات", "اسم", "اسمه",
            "اسمها", "اسمهم", "اسماء");
    private static final Set<String> SOURCES = Set.of("طلب", "طالبا", "رفض", "رافضا", "فضل", "مفضلا", "اشترط", "مشترطا",
            "شريطه", "مصدر", "مصادر", "مسءول", "مسءولا", "مسءولون", "مسءولين", "مسءوله", "دبلوماسي", "متحدث", "ضابط",
            "موظف", "شاهد", "عضو", "قيادي");

    /** Units an age is given in: years, and a baby's months, weeks or days ("طفلتها ذات الخمسة أشهر"). */
    private static final Set<String> YEARS = Set.of("عاما", "عام", "سنه", "سنوات", "اعوام", "سنين", "عامين", "سنتين", "years",
            "اشهر", "شهرا", "شهور", "شهرين", "اسابيع", "اسبوعا", "ايام", "يوما", "months", "weeks", "days");
    /** The tens an age in words ends with ("الخامسة والتسعين"، "السادسة والثلاثين"). */
    private static final List<String> TENS = List.of("عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين",
            "عشره", "عشر");

    /** The words before a sum that say it is money ("بقيمة 150 مليون"، "بمبلغ 3 آلاف"), normalized. */
    private static final Set<String> VALUE_OF = Set.of("بقيمه", "قيمتها", "قيمته", "بمبلغ", "مبلغ", "بتكلفه", "تكلفته",
            "تكلفتها", "بكلفه");

    /** A ticket, in its forms: a ticket's price asked is given by a story that names one. */
    private static final Set<String> TICKETS = Set.of("تذكره", "تذاكر", "تيكي", "تيكيت", "ticket", "tickets");

    /** Whether the question asks of a ticket ("التذكرة بكام؟"). */
    static boolean asksTicket(String asked) {
        return words(asked).stream().anyMatch(w -> anyIn(forms(w), TICKETS));
    }

    /**
     * Whether {@code text} gives a sum of money: a figure, or a large unit, beside a currency; and,
     * for a ticket's price ({@code ticket}), names a ticket: a club's budget does not tell what a
     * match ticket costs.
     */
    static boolean givesPrice(String text, boolean ticket) {
        List<String> words = words(text);
        if (ticket && words.stream().noneMatch(w -> anyIn(forms(w), TICKETS))) return false;
        for (int i = 0; i < words.size(); i++) {
            // "بقيمة 150 مليون": a value or a sum named so is money, whatever its currency's spelling ("يورور")
            if (VALUE_OF.contains(words.get(i)) && i + 1 < words.size() && Character.isDigit(words.get(i + 1).charAt(0))) {
                return true;
            }
            if (!anyIn(forms(words.get(i)), CURRENCIES)) continue;
            for (int j = Math.max(0, i - SUM_WINDOW); j < Math.min(words.size(), i + SUM_WINDOW); j++) {
                String w = words.get(j);
                if (j != i && (Character.isDigit(w.charAt(0)) || anyIn(forms(w), NUMBER_WORDS) || LARGE_UNITS.contains(w))) return true;
            }
        }
        return false;
    }

    /** The words of a target, a plan or an expectation, normalized: {@link #AIMED} in a sentence, {@link #AHEAD} in a question. */
    private static final String AIM_WORDS = "تستهدف|يستهدف|نستهدف|تتوقع|يتوقع|نتوقع|توقعت|المتوقع|متوقع|المنتظر|المرتقب|مرتقب"
            + "|تخطط|يخطط|نخطط|تعتزم|يعتزم|نعتزم|تنوي|ينوي|تطمح|يطمح";
    /**
     * A sentence telling a target, a plan or an expectation ("مصر تستهدف تحقيق فائض أولي … بقيمة 100
     * مليار جنيه"): what is hoped for, no answer to what happened ("بجد مصر حققت فايض؟ … وقد ايه"),
     * unless the question asks what is planned or expected ({@link #AHEAD}).
     */
    static final Pattern AIMED = Pattern.compile("(?<!\\p{L})(?<!غير )[وف]?(?:" + AIM_WORDS + ")(?:ه|ان|ين)?(?!\\p{L})");
    /** A question asking what is planned, expected or to come ("أول عربية كهربا هتتباع بكام؟"). */
    static final Pattern AHEAD = Pattern.compile("(?<!\\p{L})(?:will|going|expected|expect|expects|plan|plans|planned|target|targets"
            + "|forecast|رح|راح|ح|سوف|هدف|الهدف|اهداف|خطه|الخطه|خطط|توقعات|التوقعات|" + AIM_WORDS
            // a present verb with the future's prefix (هتتباع، حيفتح، سيتم…): long enough not to be most nouns
            + "|[هحس][يتن]\\p{L}{3,})(?:ه|ها|هم)?(?!\\p{L})");

    /**
     * The question asks what is to come or going on: planned or expected ({@link #AHEAD}), or in the
     * Levant's progressive ("شو عم تحضّر؟": what is she preparing).
     */
    static boolean asksAhead(String asked) {
        String text = ArabicText.normalize(asked).toLowerCase(Locale.ROOT);
        return AHEAD.matcher(text).find() || PROGRESSIVE_ASKED.matcher(text).find();
    }

    private static final Pattern PROGRESSIVE_ASKED = Pattern.compile("(?<!\\p{L})عم\\s+[يتن]\\p{L}{2,}");

    /**
     * A sentence that opens as background ("وكانت البحرين، قبل اكتشاف الحقل الجديد، تمتلك…"، "وكان ترامب
     * وكيم قد غادرا…"، "يذكر أن…"، "تجدر الإشارة"): it tells what came before the news, not the news,
     * and is no direct answer. On the reader set the » line's precision went from 90.9% to 93.0% (one
     * right » line, Salah's injury "وكان محمد صلاح قد تعرض للإصابة…", is no longer shown), on the
     * looks 2–10 from 85.1% to 86.0%.
     */
    static final Pattern BACKGROUND = Pattern.compile(
            "^(?:و?كان|و?كانت|وقد كان|وقد كانت|و?يذكر ان|و?يشار الي|و?تجدر الاشاره)(?!\\p{L})");

    /**
     * Whether a headline awaits its event rather than reporting it: someone prepares for it or is
     * expected to, its options are weighed, it is awaited ("ترامب يستعد لإعلان قراره"، "خيارات ترامب
     * الأربعة"، "قبيل إعلان القرار"، "قبل إعلان ترامب عن قراره"), or it asks (a preview's "هل…", an explainer's "من هم…؟").
     */
    static boolean awaits(String headline) {
        // A headline that asks reports nothing: a preview ("دوري أبطال أوروبا: هل يستطيع ليفربول إنهاء
        // هيمنة ريال مدريد؟") or an explainer ("من هم العرب الذين حصلوا على نوبل للسلام؟").
        if (headline.indexOf('؟') >= 0 || headline.indexOf('?') >= 0) return true;
        for (String part : headline.split("[:：]")) {
            List<String> opening = words(part);
            if (!opening.isEmpty() && opening.get(0).equals("هل")) return true;
        }
        List<String> words = words(headline);
        for (int i = 0; i < words.size(); i++) {
            if (AWAITING.contains(words.get(i))) return true;
            // "قبل إعلان ترامب عن قراره": before the event, not "قبل يومين"
            if (words.get(i).equals("قبل") && i + 1 < words.size() && BEFORE_WHAT.contains(words.get(i + 1))
                    && !semiFinal(words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "قبل نهائي" at {@code i} names the semi-final, as sports news writes it ("رأس بيدرو تضع تشلسي في
     * قبل نهائي كأس الاتحاد"، "تصعد للدور قبل النهائي"، "وتبلغ قبل نهائي ميامي"), not a time before
     * the final ("قبل نهائي الأبطال"): the word before it leads into a round.
     */
    private static boolean semiFinal(List<String> words, int i) {
        if (i == 0 || i + 1 >= words.size() || !FINAL.contains(words.get(i + 1))) return false;
        String before = words.get(i - 1);
        return INTO_ROUND.contains(before) || INTO_ROUND.contains(bare(before));
    }

    private static final Set<String> FINAL = Set.of("نهاءي", "النهاءي");
    private static final Set<String> INTO_ROUND = Set.copyOf(words("الى إلى في الدور دور للدور بالدور لدور يبلغ تبلغ بلغ بلغت"
            + " بلوغ ببلوغ مواجهات"));

    /** The question asks what was agreed or decided ("على ماذا اتفق زعيما الكوريتين؟"، "شو قرروا؟"). */
    static boolean asksOutcome(String asked) {
        List<String> words = words(asked);
        for (int i = 0; i < words.size(); i++) {
            String w = bare(words.get(i));
            if (!OUTCOME.contains(w)) continue;
            // the Gulf's توصّل is "delivers" too ("كاريدج كم طلب توصّل باليوم؟"): reached is reached to something
            if (w.equals("توصل") && i + 1 < words.size() && !words.get(i + 1).startsWith("ل")
                    && !words.get(i + 1).startsWith("الي")) {
                continue;
            }
            return true;
        }
        return false;
    }

    private static final Set<String> OUTCOME = Set.of("اتفق", "اتفقا", "اتفقوا", "اتفقو", "اتفقت", "توصل", "توصلا", "توصلوا",
            "قرر", "قررت", "قرروا", "قررو", "agreed", "decided");

    private static final Set<String> BEFORE_WHAT = Set.copyOf(words("إعلان اعلان قرار صدور انطلاق بدء موعد"
            // a match's preview: "قبل موقعة تشيلسي"، "قبل مواجهة الأهلي"
            + " موقعة مواجهة مباراة لقاء قمة النهائي نهائي ديربي الديربي كلاسيكو الكلاسيكو"
            // a season's or a tournament's: "قبل الافتتاح.. 7 أسباب لمتابعة الليغا"
            + " الافتتاح افتتاح"));

    private static final Set<String> AWAITING = Set.copyOf(words(
            "يستعد تستعد يستعدون استعدادا استعدادات قبيل مرتقب المرتقب مرتقبة المرتقبة يترقب تترقب ترقب يرتقب"
                    + " سيعلن ستعلن سيقرر ستقرر سيحسم خيارات الخيارات المتوقع المتوقعة"
                    // "أهلي جدة يسعى إلى إنقاذ موسمه على حساب السد": seeking is before the match (all 24 sport
                    // headlines of the corpus with it are previews or wishes)
                    + " يسعى تسعى يسعون"
                    // "قمة الكوريتين.. أمل في التوصل إلى اتفاق"، "الكوريتان.. موعد في المدينة الزرقاء"
                    + " امل موعد"));

    /**
     * The question names a month ("كم بلغ التضخم في يونيو؟") and the sentence names months, none of
     * them that one ("تراجع إلى 11.4 % في مايو/أيار من 13.1 % في أبريل"): its figures are another
     * month's.
     */
    static boolean namesOtherMonth(String sentence, String asked) {
        Set<Integer> askedMonths = months(words(asked));
        if (askedMonths.isEmpty()) return false;
        Set<Integer> named = months(words(sentence));
        return !named.isEmpty() && named.stream().noneMatch(askedMonths::contains);
    }

    /**
     * The question names a month and the headline names that month too ("المغرب.. التضخم يرتفع إلى
     * 2.7% في أبريل"): a report of it, however late in the next month it came.
     */
    static boolean namesAskedMonth(String headline, String asked) {
        Set<Integer> askedMonths = months(words(asked));
        return !askedMonths.isEmpty() && months(words(headline)).stream().anyMatch(askedMonths::contains);
    }

    /**
     * The question asks about the second, third… of something ("ثاني شركة تتجاوز قيمتها تريليون"،
     * "للمرة الثالثة"، "the second company") and the sentence ranks only otherwise ("أول شركة"): it
     * tells of another. A question asking about the first is left alone: أول is everywhere in news
     * ("لأول مرة"، "الأول من أمس").
     */
    static boolean namesOtherRank(String sentence, String asked) {
        Set<Integer> askedRanks = ranks(words(asked));
        askedRanks.remove(1);
        if (askedRanks.isEmpty()) return false;
        Set<Integer> named = ranks(words(sentence));
        return !named.isEmpty() && named.stream().noneMatch(askedRanks::contains);
    }

    private static Set<Integer> ranks(List<String> words) {
        Set<Integer> out = new HashSet<>();
        for (String w : words) {
            Integer rank = RANKS.get(bare(w));
            if (rank != null) out.add(rank);
        }
        return out;
    }

    /** Ordinals, normalized and without the article, masculine and feminine, and in English. */
    private static final Map<String, Integer> RANKS = Map.ofEntries(
            Map.entry("اول", 1), Map.entry("اولي", 1), Map.entry("first", 1),
            Map.entry("ثاني", 2), Map.entry("ثانيه", 2), Map.entry("second", 2),
            Map.entry("ثالث", 3), Map.entry("ثالثه", 3), Map.entry("third", 3),
            Map.entry("رابع", 4), Map.entry("رابعه", 4), Map.entry("fourth", 4),
            Map.entry("خامس", 5), Map.entry("خامسه", 5), Map.entry("fifth", 5),
            Map.entry("سادس", 6), Map.entry("سادسه", 6), Map.entry("sixth", 6),
            Map.entry("سابع", 7), Map.entry("سابعه", 7), Map.entry("seventh", 7),
            Map.entry("ثامن", 8), Map.entry("ثامنه", 8), Map.entry("eighth", 8),
            Map.entry("تاسع", 9), Map.entry("تاسعه", 9), Map.entry("ninth", 9),
            Map.entry("عاشر", 10), Map.entry("عاشره", 10), Map.entry("tenth", 10));

    /**
     * The question asks about a final ("من فاز في النهائي"، "the World Cup final") and the sentence
     * names only a semi-final, quarter-final or last sixteen ("يتأهل إلى نصف النهائي"): it tells of
     * another match. Not when it asks who reached the final ("مين اتأهل للنهائي"): the semi-final
     * tells.
     */
    static boolean namesOtherRound(String sentence, String asked) {
        if (!asksFinal(asked)) return false;
        List<String> words = words(sentence);
        int finals = finals(words);
        String normalized = ArabicText.normalize(sentence);
        return finals > 0 && (rounds(words) >= finals || MEETS_NEXT.matcher(normalized).find()
                || REACHES_FINAL.matcher(normalized).find() && !TELLS_RESULT.matcher(normalized).find()
                && !ScoreLines.in(sentence));
    }

    /**
     * The question asks about one leg of a tie ("مباراة الإياب"، "ماتش العودة"، "the second leg"; "الذهاب"،
     * "the first leg") and the sentence names only the other ("أهلي جدة يتعثر في ذهاب دور الـ16"): it
     * tells of another match of the same sides.
     */
    static boolean namesOtherLeg(String sentence, String asked) {
        int leg = legOf(words(asked), true);
        if (leg == 0) return false;
        int told = legOf(words(sentence), false);
        return told != 0 && told != leg;
    }

    /**
     * 1 for the first leg, 2 for the second, 0 for neither or both; "العودة" (the return) only after a
     * word for a match, and only in a question: a headline's العودة is anyone's return.
     */
    private static int legOf(List<String> words, boolean question) {
        boolean first = false;
        boolean second = false;
        for (int i = 0; i < words.size(); i++) {
            List<String> forms = forms(words.get(i));
            if (anyIn(forms, FIRST_LEG)) first = true;
            if (anyIn(forms, SECOND_LEG)) second = true;
            if (question && forms.contains("عوده") && i > 0 && anyIn(forms(words.get(i - 1)), MATCH_WORDS)) second = true;
            if (i > 0 && words.get(i).equals("leg")) {
                if (words.get(i - 1).equals("first")) first = true;
                if (words.get(i - 1).equals("second") || words.get(i - 1).equals("return")) second = true;
            }
        }
        return first == second ? 0 : first ? 1 : 2;
    }

    private static final Set<String> FIRST_LEG = Set.of("ذهاب");
    private static final Set<String> SECOND_LEG = Set.of("اياب");
    private static final Set<String> MATCH_WORDS = Set.of("مباراه", "ماتش", "لقاء", "مواجهه");

    /** The question asks about a final's result ("فاز على مين بالنهائي؟"), not who reached it. */
    static boolean asksFinal(String asked) {
        List<String> question = words(asked);
        boolean final_ = question.contains("final") || finals(question) > 0 && rounds(question) == 0;
        return final_ && question.stream().noneMatch(AnswerEvidence::asksWhoReached);
    }

    /**
     * A side that is in the final or reaches it ("نادال في نهائي مونت كارلو للتنس"، "يتأهل إلى النهائي"):
     * the semi-final's outcome, unless the words tell the final's result ({@link #TELLS_RESULT}).
     */
    private static final Pattern REACHES_FINAL = Pattern.compile("(?<!\\p{L})(?:في|الي|لل|ل|بلوغ|يبلغ|تبلغ|بلغ|بلغت)\\s*(?:ال)?نهاءي(?!\\p{L})"
            + "|(?<!\\p{L})لل?نهاءي(?!\\p{L})");
    /** Words that tell a match's result: a win, a title, a loss, a draw. */
    private static final Pattern TELLS_RESULT = Pattern.compile("(?<!\\p{L})(?:و|ف)?(?:فاز|فازت|يفوز|تفوز|فوز|بفوز|الفوز|بطل|بطلا|بطله|لقب|اللقب|بلقب|"
            + "يتوج|تتوج|توج|توجت|تتويج|يحرز|تحرز|احرز|احرزت|يهزم|تهزم|هزم|هزمت|يتغلب|تتغلب|تغلب|تغلبت|يخسر|تخسر|خسر|خسرت|خساره|"
            + "هزيمه|يسقط|تسقط|سقط|تعادل|يتعادل|الترجيح|ينتزع|انتزع|يحصد|حصد|يكتسح|اكتسح|يسحق|سحق)(?!\\p{L})");

    /**
     * A sentence telling a match that sets up the final ("فاز زفيريف على كارينيو بوستا 7-6 و6-2 ليضرب
     * موعدا مع إيسنر في نهائي بطولة ميامي"), or the final still to be played ("وسيخوض تيتيباس أول مباراة
     * نهائية … أمام نادال الذي فاز 7-6 و6-4 على كارين ختشانوف"): its score is the semi-final's, not the final's.
     */
    private static final Pattern MEETS_NEXT = Pattern.compile("(?<!\\p{L})(?:ليضرب موعدا|يضرب موعدا|ضرب موعدا|ليلتقي|سيلتقي|ليواجه"
            + "|سيواجه|ليلاقي|سيلاقي|ليصطدم|سيصطدم|ليبلغ|ليصل الي|ليتاهل|في انتظار|و?سيخوض|و?ستخوض|و?سيلعب|و?ستلعب)(?!\\p{L})");

    /**
     * The question asks about an election's run-off ("جولة الإعادة"، "الجولة الثانية"، "runoff",
     * "second round").
     */
    static boolean asksRunoff(String asked) {
        List<String> w = words(asked);
        for (int i = 0; i < w.size(); i++) {
            String b = bare(w.get(i));
            if (b.equals("اعاده") || b.equals("runoff") || b.equals("run") && i + 1 < w.size() && w.get(i + 1).equals("off")) {
                return true;
            }
            if (i + 1 < w.size() && (ROUND.contains(b) && SECOND.contains(w.get(i + 1))
                    || w.get(i).equals("second") && w.get(i + 1).equals("round"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A headline of an election's first round only ("بولسونارو يفوز بالجولة الأولى في انتخابات
     * الرئاسة"): it names the first round and no run-off; it does not tell the run-off asked about.
     */
    static boolean namesFirstRoundOnly(String headline) {
        List<String> w = words(headline);
        boolean first = false;
        for (int i = 0; i < w.size(); i++) {
            String b = bare(w.get(i));
            if (b.equals("اعاده") || i + 1 < w.size() && ROUND.contains(b) && SECOND.contains(w.get(i + 1))) return false;
            if (i + 1 < w.size() && ROUND.contains(b) && FIRST.contains(w.get(i + 1))) first = true;
        }
        return first;
    }

    /** A round of voting, without the article or an attached ب: جولة، دور، دورة. */
    private static final Set<String> ROUND = Set.of("جوله", "دور", "دوره", "بالجوله", "بالدور", "بالدوره");
    private static final Set<String> FIRST = Set.of("الاولي", "الاول", "اولي");
    private static final Set<String> SECOND = Set.of("الثانيه", "الثاني", "ثانيه");

    /**
     * The question asks who won ("من فاز بجائزة…"، "awards winner") and the sentence lists the
     * candidates ("لائحة المرشحين العشرة لجائزة أفضل لاعب"): it tells who may win, not who did. Not
     * when the question asks about the candidates itself ("صلاح في قائمة المرشحين؟"); one candidate
     * named (المرشح) may be the winner.
     */
    static boolean namesCandidates(String sentence, String asked) {
        List<String> question = words(asked);
        boolean winner = question.stream().map(AnswerEvidence::bare).anyMatch(WINNER_ASKED::contains);
        if (!winner || question.stream().anyMatch(AnswerEvidence::isCandidates)
                || question.stream().anyMatch(w -> w.startsWith("قاءم") || w.startsWith("قايم") || w.startsWith("لاءح"))) {
            return false;
        }
        return words(sentence).stream().anyMatch(AnswerEvidence::isCandidates) || weighsChances(sentence);
    }

    /**
     * Whether a sentence weighs who may win rather than tells who did ("لا ينشغل بتتويجه المحتمل"،
     * "حظوظه"، "يأمل"، "يطمح"), or sets a meeting to come with the winner of another ("من المقرر أن
     * يلتقي … مع الفائز من"): it does not answer who won.
     */
    static boolean weighsChances(String sentence) {
        return words(sentence).stream().anyMatch(w -> WEIGHING_CHANCES.contains(w) || WEIGHING_CHANCES.contains(bare(w)));
    }

    private static final Set<String> WEIGHING_CHANCES = Set.copyOf(words(
            "المحتمل المحتملة محتمل محتملة المتوقع المتوقعة متوقع يأمل تأمل يأملون يطمح تطمح يطمحون حظوظ حظوظه"
                    + " الأوفر للظفر حظا حظوظها حظوظهم الأقرب"
                    // a meeting still to come: "ومن المقرر أن يلتقي المنتخب السلوفاكي في النهائي … مع المنتخب
                    // الفائز من المباراة التي تجمع بين تايلاند والغابون"
                    + " المقرر المنتظر سيلتقي ستلتقي سيواجه ستواجه"));

    /** Words that ask who won: فاز، فوز، الفائز، كسب، ربح، توج، won, winner. */
    private static final Set<String> WINNER_ASKED = Set.of("فاز", "فازت", "يفوز", "تفوز", "فوز", "فاءز", "فاءزه", "فايز",
            "كسب", "ربح", "توج", "تتوج", "يتوج", "won", "win", "wins", "winner", "winners");

    /** The word without a leading و, ب or ل and the article: الفائز → فاءز. */
    private static String bare(String word) {
        String w = word.length() > 3 && "وبل".indexOf(word.charAt(0)) >= 0 ? word.substring(1) : word;
        return w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
    }

    /** Candidates in the plural or as a list: المرشحين، مرشحون، ترشيحات، shortlist, nominees. */
    private static boolean isCandidates(String word) {
        String w = bare(word);
        return w.startsWith("مرشحين") || w.startsWith("مرشحون") || w.startsWith("ترشيحات") || w.equals("shortlist")
                || w.equals("nominees") || w.equals("candidates") || w.equals("nominated");
    }

    private static boolean asksWhoReached(String word) {
        return word.contains("تاهل") || word.startsWith("qualif") || word.equals("semi") || word.equals("quarter");
    }

    /** How many words read نهائي (النهائي، نهائي، للنهائي، النهائية), bare or with attached letters. */
    private static int finals(List<String> words) {
        int n = 0;
        for (String w : words) {
            for (String f : forms(w)) {
                if (f.equals("نهاءي") || f.equals("نهاءيه")) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** How many earlier rounds a text names: نصف/ربع/ثمن followed by نهائي. */
    private static int rounds(List<String> words) {
        int n = 0;
        for (int i = 0; i + 1 < words.size(); i++) {
            boolean part = forms(words.get(i)).stream().anyMatch(ROUNDS::contains);
            if (part && finals(List.of(words.get(i + 1))) > 0) n++;
        }
        return n;
    }

    /**
     * The earlier rounds, with the dialects' "نص" for نصف ("ذهاب نص النهائي"; "بنص نهائي شتوتغارت": a
     * word this short keeps its ب in {@link #forms}) and the semi-final as "الدور قبل النهائي".
     */
    private static final Set<String> ROUNDS = Set.of("نصف", "نص", "بنص", "لنص", "ربع", "ثمن", "قبل");

    /** The months {@code text} names, by any of their names ("بمايو"، "أيار"، "كانون الثاني"). */
    static Set<Integer> monthsNamed(String text) {
        return months(words(text));
    }

    private static Set<Integer> months(List<String> words) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            Integer pair = i + 1 < words.size() ? MONTHS.get(words.get(i) + " " + words.get(i + 1)) : null;
            if (pair != null) {
                out.add(pair);
                i++;
                continue;
            }
            for (String f : forms(words.get(i))) {
                Integer month = MONTHS.get(f);
                if (month != null) {
                    out.add(month);
                    break;
                }
            }
        }
        return out;
    }

    /** "بنهاية أغسطس 2018"، "في نهاية شهر يوليو": the end of a month named, normalized. */
    private static final Pattern MONTH_END = Pattern.compile(
            "(?<!\\S)(?:ب|في\\s+|حتي\\s+|مع\\s+)?نهايه\\s+(?:شهر\\s+)?(\\S+)(?:\\s+([^\\s0-9]\\S*))?(?:\\s+(?:عام\\s+|سنه\\s+)?([0-9]{4}))?");

    /** "بنهاية عام 2018"، "في نهاية 2018": the end of a year named, normalized. */
    private static final Pattern YEAR_END = Pattern.compile(
            "(?<!\\S)(?:ب|في\\s+|حتي\\s+|مع\\s+)?نهايه\\s+(?:عام\\s+|سنه\\s+|العام\\s+)?([0-9]{4})(?!\\S)");

    /**
     * The end of a month or a year the question names as its time ("كم بلغ احتياطي الأردن بنهاية أغسطس 2018؟"،
     * "كم بلغ عدد الوفيات بالدفتيريا في اليمن بنهاية عام 2018؟"), when
     * that end is past at {@code now}: a figure at the end of August is not told before August ends (a
     * report of the end of July, published on 19 August, gives July's). The instant the month ends, in
     * the reader's zone; without a year, the month's last occurrence that has ended.
     */
    static Optional<Instant> monthEndAsked(String asked, ZonedDateTime now) {
        String plain = ArabicText.normalize(asked).replaceAll("[؟?،,.!]", " ");
        // "بنهاية عام 2018": the year's end, as its December's
        Matcher year = YEAR_END.matcher(plain);
        if (year.find()) {
            ZonedDateTime end = LocalDate.of(Integer.parseInt(year.group(1)) + 1, 1, 1).atStartOfDay(now.getZone());
            return end.isAfter(now) ? Optional.empty() : Optional.of(end.toInstant());
        }
        Matcher m = MONTH_END.matcher(plain);
        if (!m.find()) return Optional.empty();
        Integer month = m.group(2) != null ? MONTHS.get(m.group(1) + " " + m.group(2)) : null;
        if (month == null) month = MONTHS.get(m.group(1));
        if (month == null) return Optional.empty();
        ZonedDateTime end;
        if (m.group(3) != null) {
            end = now.withYear(Integer.parseInt(m.group(3))).withMonth(month).withDayOfMonth(1).toLocalDate()
                    .atStartOfDay(now.getZone()).plusMonths(1);
        } else {
            end = now.withMonth(month).withDayOfMonth(1).toLocalDate().atStartOfDay(now.getZone()).plusMonths(1);
            if (end.isAfter(now)) end = end.minusYears(1);
        }
        return end.isAfter(now) ? Optional.empty() : Optional.of(end.toInstant());
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> out = new HashMap<>();
        // كانون الثاني is looked up as two words, never كانون alone (كانون الأول is another month).
        MonthNames.ARABIC.forEach((name, month) -> out.put(ArabicText.normalize(name), month));
        return Map.copyOf(out);
    }

    /** Words before a number that make it a label ("رقم 9"), not a figure. */
    private static final Set<String> LABELS = Set.of("رقم");

    private static boolean hasNumber(List<String> words, Set<String> question, boolean timeAsked) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!isNew(w, question)) continue;
            // "أول عجز في الميزان التجاري منذ 8 أشهر": how long since, not the deficit asked
            if (!timeAsked && since(words, i)) continue;
            if (Character.isDigit(w.charAt(0))) {
                boolean year = YEAR.matcher(w).matches() && i > 0
                        && (anyIn(forms(words.get(i - 1)), YEAR_CUES) || monthEndsAt(words, i - 1));
                // "الامتياز رقم 9": a label, not a figure
                boolean label = i > 0 && anyIn(forms(words.get(i - 1)), LABELS);
                if (!year && !label && !dayOfMonth(words, i)) return true;
            } else if (anyIn(forms(w), NUMBER_WORDS) && !forms(w).contains(MONDAY) && !oneOf(words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a question about inflation that does not ask the monthly change ("التضخم في تركيا وصل كم
     * بالمية؟") meets a sentence giving only the change from the month before ("ارتفع بـ6.3 في المئة على
     * أساس شهري"): inflation is reported, and asked, as the year-on-year rate (24.52%).
     */
    private static boolean onlyMonthlyInflation(String sentence, String asked) {
        String q = ArabicText.normalize(asked).toLowerCase(Locale.ROOT);
        if (!INFLATION.matcher(q).find() || MONTHLY.matcher(q).find()) return false;
        String s = ArabicText.normalize(sentence).toLowerCase(Locale.ROOT);
        return MONTHLY.matcher(s).find() && !YEARLY.matcher(s).find();
    }

    private static final Pattern INFLATION = Pattern.compile("تضخم|inflation");
    private static final Pattern MONTHLY = Pattern.compile("شهري|month-on-month|monthly|month on month");
    private static final Pattern YEARLY = Pattern.compile("سنوي");

    /** A figure of time after منذ ("منذ 8 أشهر"، "منذ ثلاث سنوات"): how long since something. */
    private static boolean since(List<String> words, int i) {
        return i > 0 && words.get(i - 1).equals("منذ") && i + 1 < words.size() && isTimeUnit(bare(words.get(i + 1)));
    }

    /** Whether the question asks a time: how long, or a count of a unit of time ("كم شهر", "how many years"). */
    private static boolean asksTime(List<String> asked) {
        if (asksDuration(asked) || AGE_MENTIONED.matcher(String.join(" ", asked)).find()) return true;
        for (int i = 0; i + 1 < asked.size(); i++) {
            if (isTimeUnit(asked.get(i + 1)) || isTimeUnit(bare(asked.get(i + 1)))) {
                if (HOW_MANY.contains(asked.get(i)) || asked.get(i).equals("many")) return true;
            }
        }
        return false;
    }

    /**
     * "واحد من أكثر المطارات نشاطا"، "واحد من اللاعبين": one of a kind, no count ("كم رحلة انلغت؟" is
     * not answered by an airport that is one of Europe's busiest).
     */
    private static boolean oneOf(List<String> words, int i) {
        if (!words.get(i).equals("واحد") && !words.get(i).equals("واحده") || i + 2 >= words.size()
                || !words.get(i + 1).equals("من")) {
            return false;
        }
        String next = words.get(i + 2);
        return ELATIVE.matcher(next).matches() || next.startsWith("ال");
    }

    /** An elative (أكثر، أبرز، أهم، أكبر), normalized: the alif, three letters. */
    private static final Pattern ELATIVE = Pattern.compile("ا\\p{IsArabic}{2,3}");

    /**
     * A question counting in a unit of time ("كم يوما تستغرق الزيارة"، "how many hours") is answered by
     * a sentence in that unit: "قبل 20 عاما" does not tell how many days.
     */
    private static boolean countsInUnitAsked(List<String> sentence, List<String> asked) {
        // "how long", "كم من الوقت", "كم المدة": a duration in any unit of time, or until a year
        if (asksDuration(asked)) {
            return sentence.stream().anyMatch(w -> YEAR.matcher(w).matches()
                    || TIME_UNITS.stream().anyMatch(f -> f.contains(w) || f.contains(bare(w))));
        }
        for (int i = 0; i + 1 < asked.size(); i++) {
            if (!HOW_MANY.contains(asked.get(i)) && !(asked.get(i).equals("how") && asked.get(i + 1).equals("many"))) continue;
            String unit = asked.get(i + 1).equals("many") && i + 2 < asked.size() ? asked.get(i + 2) : asked.get(i + 1);
            Set<String> family = TIME_UNITS.stream().filter(f -> f.contains(unit)).findFirst().orElse(null);
            // "فيه كام لوحة؟" is not answered by "تستمر فعالياته لمدة أربعة أشهر": a count of another thing
            // than time needs a figure that counts no time (an age is counted in years: "كم عمره؟")
            // Only when the sentence speaks of the thing counted: "شحال عطاو للزفزافي؟" counts no thing named.
            if (family == null) {
                return AGE_MENTIONED.matcher(String.join(" ", asked)).find() || !speaksOf(sentence, unit)
                        || countsOtherThanTime(sentence, asked);
            }
            return sentence.stream().anyMatch(w -> family.contains(w) || family.contains(bare(w)));
        }
        return true;
    }

    private static boolean isTimeUnit(String word) {
        return TIME_UNITS.stream().anyMatch(f -> f.contains(word));
    }

    /** Letters a counted noun and its plural share at their start (لوحة، اللوحات: لوح). */
    private static final int COUNTED_STEM = 3;

    /**
     * Whether a word of the sentence holds the counted noun's first letters, after whatever it opens
     * with (لوحة: للوحات, whose لل is ل and the article).
     */
    private static boolean speaksOf(List<String> sentence, String unit) {
        // as typed after the word asking how many, with the article at most (كام لوحة، كم الضحايا)
        String stem = unit.startsWith("ال") && unit.length() > COUNTED_STEM + 2 ? unit.substring(2) : unit;
        if (stem.length() < COUNTED_STEM) return false;
        String start = stem.substring(0, COUNTED_STEM);
        return sentence.stream().anyMatch(w -> w.contains(start));
    }

    /**
     * Whether a figure of the sentence, not a year nor the question's own ("ألف ليلة وليلة"), stands
     * before no unit of time ("115 لوحة", not "أربعة أشهر").
     */
    private static boolean countsOtherThanTime(List<String> sentence, List<String> asked) {
        for (int i = 0; i < sentence.size(); i++) {
            String w = sentence.get(i);
            if (YEAR.matcher(w).matches() || asked.contains(w)) continue;
            if (!Character.isDigit(w.charAt(0)) && !anyIn(forms(w), NUMBER_WORDS)) continue;
            String next = i + 1 < sentence.size() ? sentence.get(i + 1) : "";
            if (TIME_UNITS.stream().noneMatch(f -> f.contains(next) || f.contains(bare(next)))) return true;
        }
        return false;
    }

    /**
     * A figure of a disaster counts those killed, injured, missing, rescued, arrested or kidnapped when one of
     * their words stands right by it ("مقتل 40 شخصا"، "40 قتيلا"، "انتشلت 18 راكبا"). A question that
     * asks another count ("how many people were on the plane", "how many are missing") is not answered
     * by a sentence whose every figure counts another kind: it is answered by one with a figure of the
     * kind asked, or with a figure no such word stands by. A figure of time ("لثلاثة أيام") counts none
     * of them.
     */
    static boolean countsWhatIsAsked(List<String> sentence, List<String> asked) {
        Set<String> askedKinds = countKinds(asked, 0, asked.size());
        // a question that speaks of no time and no age ("عن عمر كم توفي؟"، "كم سنة حكموا عليه؟") counts none
        boolean noTimeAsked = asked.stream().noneMatch(w -> isTimeUnit(bare(w)))
                && !AGE_MENTIONED.matcher(String.join(" ", asked)).find();
        boolean shareAsked = asked.stream().anyMatch(w -> anyIn(forms(w), SHARE_WORDS) || w.startsWith("ب") && HOW_MANY.contains(w));
        boolean tiedOnly = false;
        for (int i = 0; i < sentence.size(); i++) {
            // "قتل سبعة أشخاص … وأصيب حوالي 20 آخرين": a count in words counts as one in figures
            if (!Character.isDigit(sentence.get(i).charAt(0)) && !anyIn(forms(sentence.get(i)), NUMBER_WORDS)) continue;
            // "في النصف الأول من 2018": the question's own words count nothing
            if (asked.contains(sentence.get(i))) continue;
            // "60 بالمئة"، "60 في المئة": the hundred of a percentage counts nothing either
            if (i > 0 && isShareWord(sentence.get(i), "") || i > 1 && isShareWord(sentence.get(i - 1), sentence.get(i))
                    && HUNDRED.contains(sentence.get(i))) {
                continue;
            }
            // "وقف لإطلاق النار لثلاثة أيام": a time, no count of the dead asked
            // (not years: "عن 59 عاما" is an age at death, which "وشحال كان عندو؟" asks in no word of age)
            String unit = i + 1 < sentence.size() ? bare(sentence.get(i + 1)) : "";
            if (!askedKinds.isEmpty() && noTimeAsked && isTimeUnit(unit) && !YEAR_UNITS.contains(unit)) {
                tiedOnly = true;
                continue;
            }
            // "تمثل نحو 60 بالمئة من أصوات الناخبين": a share, no count of people; unless a share or a
            // rise is what is asked ("بأي نسبة ارتفعت الإصابات؟"، "بكم تزيد معدلات الإصابة؟")
            if (!askedKinds.isEmpty() && !shareAsked && i + 1 < sentence.size()
                    && isShareWord(sentence.get(i + 1), i + 2 < sentence.size() ? sentence.get(i + 2) : "")) {
                tiedOnly = true;
                continue;
            }
            Set<String> tied = countKinds(sentence, Math.max(0, i - COUNT_TIED_BEFORE), Math.min(sentence.size(), i + 2));
            if (tied.isEmpty() || !Collections.disjoint(tied, askedKinds)) return true;
            tiedOnly = true;
        }
        return !tiedOnly;
    }

    /** Whether the words after a figure make it a percentage: بالمئة، في المئة، percent. */
    private static boolean isShareWord(String next, String after) {
        if (next.equals("percent") || next.startsWith("ب") && HUNDRED.contains(next.substring(1))) return true;
        return next.equals("في") && HUNDRED.contains(after);
    }

    /** A count's word stands at most this many words before its figure ("أسفر عن مقتل 40"), or right after it. */
    private static final int COUNT_TIED_BEFORE = 2;

    private static Set<String> countKinds(List<String> words, int from, int to) {
        Set<String> out = new HashSet<>();
        for (int i = from; i < to; i++) {
            String w = words.get(i);
            String b = bare(w);
            COUNT_KINDS.forEach((kind, forms) -> {
                if (forms.contains(w) || forms.contains(b)) out.add(kind);
            });
        }
        return out;
    }

    /** The kinds of count news gives of a disaster's or an attack's people, normalized and without the article, and in English. */
    private static final Map<String, Set<String>> COUNT_KINDS = Map.of(
            "killed", Set.of("مقتل", "قتل", "قتلوا", "قتلي", "قتيل", "قتيلا", "ضحايا", "ضحيه", "حتفهم", "حتفه", "مصرع", "وفاه", "وفيات",
                    "توفي", "مات", "ماتوا", "ماتو", "انقتل", "انقتلوا", "انقتلت", "اتقتل", "اتقتلوا", "اتقتلو",
                    "اتقتلت", "قتلت", "قتلتهم", "killed", "dead", "died", "deaths", "toll"),
            "injured", Set.of("اصابه", "اصابات", "جرحي", "جريح", "جريحا", "مصاب", "مصابا", "مصابين", "اصيب", "اصيبوا",
                    "injured", "wounded", "hurt"),
            "missing", Set.of("مفقود", "مفقودين", "مفقودا", "فقدان", "فقد", "missing"),
            "rescued", Set.of("انتشال", "انتشلت", "انتشل", "انقاذ", "انقذت", "ناجين", "ناجيا", "نجاه", "rescued",
                    "survivors", "saved"),
            "arrested", Set.of("اعتقال", "اعتقل", "اعتقلت", "اعتقلوا", "توقيف", "اوقفت", "اوقفوا", "وقفوا", "وقفو", "القبض",
                    "معتقلين", "موقوفين", "arrested", "detained"),
            "kidnapped", Set.of("اختطاف", "اختطف", "اختطفت", "اختطفوا", "خطف", "خطفت", "خطفوا", "مختطفين", "مخطوفين", "رهاءن",
                    "رهينه", "kidnapped", "abducted", "hostages"));

    /** "how long", or a "how much" before the time or the period ("كم من الوقت"، "كم المدة"، "قديش مدة"). */
    private static boolean asksDuration(List<String> asked) {
        for (int i = 0; i + 1 < asked.size(); i++) {
            if (asked.get(i).equals("how") && asked.get(i + 1).equals("long")) return true;
            if (!HOW_MANY.contains(asked.get(i))) continue;
            String next = asked.get(i + 1).equals("من") && i + 2 < asked.size() ? asked.get(i + 2) : asked.get(i + 1);
            if (PERIOD.contains(next) || PERIOD.contains(bare(next))) return true;
        }
        return false;
    }

    /**
     * After "how much": a time or a period, or a verb of lasting or taking ("قديش طوّلوا تيخلصوه؟"، "كم
     * استغرق بناؤه؟"); not طول alone, which is also a length ("كم طول الجسر؟").
     */
    private static final Set<String> PERIOD = Set.of("وقت", "الوقت", "مده", "المده", "فتره", "الفتره",
            "طولوا", "طولو", "طولت", "استغرق", "استغرقت", "استغرقوا");

    /** Nouns that are a sum, asked "what is" ("ما الغرامة"); not a sale (ما الصفقة: which deal). */
    private static final Set<String> SUM_NOUNS = Set.copyOf(words("غرامه رسوم سعر اسعار ثمن تكلفه كلفه كفاله راتب مكافاه"
            + " تعويض fine fee price cost bail salary"));
    static final Set<String> HOW_MANY = Set.of("كم", "كام", "قديش", "قداش", "شكثر", "اشكثر", "شكد", "اديش", "شحال",
            "بكم", "بكام", "قديه", "لكام", "لقديش");
    /** Units of time, each in its forms (singular, accusative, dual, plurals), normalized, and in English. */
    private static final List<Set<String>> TIME_UNITS = List.of(
            Set.of("يوم", "يوما", "ايام", "يومين", "يومان", "day", "days"),
            Set.of("ساعه", "ساعات", "ساعتين", "ساعتان", "hour", "hours"),
            Set.of("دقيقه", "دقاءق", "دقايق", "دقيقتين", "minute", "minutes"),
            Set.of("اسبوع", "اسبوعا", "اسابيع", "اسبوعين", "week", "weeks"),
            Set.of("شهر", "شهرا", "اشهر", "شهور", "شهرين", "month", "months"),
            Set.of("سنه", "سنوات", "سنين", "سنتين", "عام", "عاما", "اعوام", "عامين", "year", "years"));

    /** Years counted, the last of {@link #TIME_UNITS}: an age as often as a time. */
    private static final Set<String> YEAR_UNITS = TIME_UNITS.get(TIME_UNITS.size() - 1);

    /** "الاثنين" with its article is Monday ("في بيان رسمي الاثنين"), not the cardinal اثنين. */
    private static final String MONDAY = "الاثنين";

    /** Whether the number at {@code i} is a day of the month after it ("27 أكتوبر"): a date, not a count. */
    private static boolean dayOfMonth(List<String> words, int i) {
        String w = words.get(i);
        if (w.length() > 2 || Integer.parseInt(w) < 1 || Integer.parseInt(w) > 31 || i + 1 >= words.size()) return false;
        return MONTHS.containsKey(words.get(i + 1))
                || i + 2 < words.size() && MONTHS.containsKey(words.get(i + 1) + " " + words.get(i + 2));
    }

    /** Whether a month's name ends at {@code i} ("أكتوبر 2018", "كانون الثاني 2019"). */
    private static boolean monthEndsAt(List<String> words, int i) {
        if (i < 0) return false;
        return MONTHS.containsKey(words.get(i)) || i > 0 && MONTHS.containsKey(words.get(i - 1) + " " + words.get(i));
    }

    /**
     * A date the question does not give; for "what year" ("في أي سنة"), a year: "ثلاثين عاما" or a
     * weekday does not say which.
     */
    private static boolean hasDate(List<String> words, Set<String> question, boolean future, boolean year) {
        for (String w : words) {
            if (!isNew(w, question)) continue;
            if (year) {
                if (YEAR.matcher(w).matches()) return true;
                continue;
            }
            // "متى ستنضم السوق؟": "أعلنت اليوم" dates the announcement, not what is to come
            if (future && anyIn(forms(w), DAY_OF_TELLING)) continue;
            if (YEAR.matcher(w).matches() || anyIn(forms(w), DATE_WORDS)) return true;
        }
        return false;
    }

    /** The day a story tells of its news: no date of what is still to come. */
    private static final Set<String> DAY_OF_TELLING = Set.of("اليوم", "امس", "البارحه", "الليله");

    /**
     * "When will…": a question word of time followed, within two words, by a verb of the future
     * (ستنضم، سيفتتح، هيفتح، حيبدأ، رح يفتح، will), or in the dialects' order just after one (القرار
     * هيتطبق امتى؟): the day a decision was announced does not say when it applies.
     */
    private static boolean asksFuture(List<String> asked) {
        for (int i = 0; i < asked.size(); i++) {
            if (!WHEN.contains(asked.get(i))) continue;
            for (int j = i + 1; j < Math.min(asked.size(), i + 3); j++) {
                String w = asked.get(j);
                if (w.equals("will") || w.equals("رح") || w.equals("راح") || w.equals("سوف") || futureVerb(w)) {
                    return true;
                }
            }
            if (i > 0 && !asked.get(i).equals("when") && futureVerb(asked.get(i - 1))) return true;
        }
        return false;
    }

    private static boolean futureVerb(String w) {
        return w.length() >= 4 && FUTURE.matcher(w).find();
    }

    private static final Set<String> WHEN = Set.of("متي", "امتي", "ايمتي", "امتا", "وقتاش", "فوقاش", "when");
    /** The future's prefix on a present verb: MSA's س, the Egyptian ه, the Levantine ح. */
    private static final Pattern FUTURE = Pattern.compile("^[سهح][يتن]\\p{IsArabic}{2,}");

    /** A present verb of five letters or more (يواجه، تطالب); names as short as يوسف، تامر are not read so. */
    private static final Pattern PRESENT_AFTER_NISBA = Pattern.compile("[يت]\\p{IsArabic}{4,}");

    /**
     * A title asked with a nationality ("مين الممثل التركي…؟"): the title's forms and the country of
     * its nisba.
     */
    record NisbaAsked(Set<String> title, Places.Place place) {
        /**
         * Whether the title at {@code i} of a sentence introduces another than the one asked: the same
         * title with no nisba ("الممثل عمر الشريف"), or any title with another country's ("المخرج المصري").
         */
        boolean introducesOther(List<String> words, int i) {
            Optional<Places.Place> given = i + 1 < words.size() ? nisbaOf(words.get(i + 1)) : Optional.empty();
            if (given.isPresent()) return !given.get().meets(place);
            return anyIn(forms(words.get(i)), title);
        }
    }

    /** Words that ask "who" (the dialects' {@link #WHO}, MSA's من, English), after which {@link #PERSON_ASKED} may follow. */
    private static final Set<String> WHO_ASKING = java.util.stream.Stream.concat(WHO.stream(), java.util.stream.Stream.of("من", "who"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether the question asks a person by what they are, right after its "who" ("مين السياسي اللي…"). */
    static boolean asksPersonByKind(List<String> asked) {
        for (int i = 0; i + 1 < asked.size(); i++) {
            if (WHO_ASKING.contains(asked.get(i)) && PERSON_ASKED.contains(asked.get(i + 1))) return true;
        }
        return false;
    }

    private static Optional<NisbaAsked> nisbaAsked(List<String> asked) {
        for (int i = 0; i + 1 < asked.size(); i++) {
            List<String> title = forms(asked.get(i));
            if (!anyIn(title, PERSON_CUES) || anyIn(title, TEAMS)) continue;
            Optional<Places.Place> place = nisbaOf(asked.get(i + 1));
            if (place.isPresent()) return Optional.of(new NisbaAsked(Set.copyOf(title), place.get()));
        }
        return Optional.empty();
    }

    /** The place a place's adjective names (التركي، مصرية، السعوديون), not its name (تركيا، مصر). */
    private static Optional<Places.Place> nisbaOf(String word) {
        return NISBA_END.matcher(word).find() ? Places.placeOf(word) : Optional.empty();
    }

    private static final Pattern NISBA_END = Pattern.compile("ي(?:ه|ون|ين|ات)?$");

    private static boolean hasPerson(List<String> words, Set<String> question, Set<String> typed,
                                     Optional<NisbaAsked> nisba, boolean personByKind) {
        Set<String> rolesAsked = new HashSet<>();
        for (String w : typed) {
            for (String f : forms(w)) if (ROLES.contains(f)) rolesAsked.add(f);
        }
        // "مين الممثل التركي…؟": a sentence that names neither Turkey nor a Turk names someone else
        if (nisba.isPresent() && words.stream().noneMatch(w -> Places.placeOf(w).filter(nisba.get().place()::meets).isPresent())) {
            return false;
        }
        // "who scored…?": news names the scorer right after the verb ("قبل أن يسجل شيردان شاكيري")
        boolean goalAsked = typed.stream().anyMatch(GOAL_ASKED::contains);
        for (int i = 0; i < words.size(); i++) {
            // "who is the new interior minister": the name "رئيس الحكومة" introduces is the prime minister's
            if (!rolesAsked.isEmpty() && isOtherRole(words.get(i), rolesAsked)) continue;
            // "مين الممثل التركي…؟": "الممثل عمر الشريف" is another actor
            if (nisba.isPresent() && nisba.get().introducesOther(words, i)) continue;
            if (goalAsked && SCORED.contains(words.get(i))) {
                if (i + 1 < words.size() && isPersonName(words, i + 1, question, typed, false)) return true;
            } else if (anyIn(forms(words.get(i)), PERSON_CUES)) {
                // "مين السياسي اللي اتقتل؟": "تجمعا لحزب سياسي مناهض لطالبان" names a party, not the politician
                if (personByKind && anyIn(forms(words.get(i)), GROUP_CUES)) continue;
                // A team is named by its country's adjective: "المنتخب الفرنسي".
                boolean team = anyIn(forms(words.get(i)), TEAMS);
                for (int j = i + 1; j < Math.min(words.size(), i + 1 + NAME_WINDOW); j++) {
                    // A team named right after its word as the question names it ("فريق فيورنتينا"): what
                    // follows is the sentence going on ("…محنة ضيفه": no one named محنة)
                    if (team && j == i + 1 && !isNew(words.get(j), question)) break;
                    // "الوزير الأول للحزب الشيوعي": the title goes on to its institution, and what follows
                    // describes that, not the holder's name
                    if (words.get(j).length() > 3 && words.get(j).startsWith("لل")) break;
                    // "خطفت سيدة سعودية الأنظار": after a title and its nisba, a word with the article
                    // is what the sentence goes on to say, not a name ("المدرب الفرنسي ديدييه ديشامب")
                    if (j > i + 1 && words.get(j).startsWith("ال") && Places.placeOf(words.get(j - 1)).isPresent()) continue;
                    // "كاتب سعودي يواجه التحقيق": after a title and its nisba, a present verb is what the person does
                    if (j > i + 1 && Places.placeOf(words.get(j - 1)).isPresent() && PRESENT_AFTER_NISBA.matcher(words.get(j)).matches()) break;
                    if (isPersonName(words, j, question, typed, team)) return true;
                }
            } else if (isRoleGiven(words.get(i))) {
                // "عين سمير المبيضين وزيرا للداخلية": the name comes before the role it is given, or before
                // the relative that tells it ("صهره بيرات البيرق الذي عيّن وزيرا للمالية").
                int from = i >= 3 && RELATIVE.contains(words.get(i - 2)) ? i - 3 : i - 2;
                for (int j = Math.max(0, from); j < i; j++) {
                    if (isPersonName(words, j, question, typed, false)) return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code j} names a person the question does not: a name-like word that is
     * neither an office's complement, a place's adjective ("رئيس الوزراء الأردني": no one yet, unless
     * the title is a team's: "المنتخب الفرنسي"), a preposition's phrase (بحسب), a verbal noun
     * (واستحداث), nor a given name before a family name the question writes as such ("من خلف معلول؟":
     * "المدرب نبيل معلول" names no one new).
     */
    private static boolean isPersonName(List<String> words, int j, Set<String> question, Set<String> typed,
                                        boolean team) {
        String w = words.get(j);
        if (!isName(w, question) || anyIn(forms(w), OFFICES) || !team && Places.placeOf(w).isPresent() || NOT_WHERE.contains(w)
                || isVerbalNoun(w)) {
            return false;
        }
        boolean knownPerson = j + 1 < words.size() && typed.contains(words.get(j + 1)) && isName(words.get(j + 1), Set.of());
        return !knownPerson;
    }

    /**
     * Offices a name follows ("رئيس الحكومة يوسف الشاهد"، "المدرب هيكتور كوبر"). When the question asks
     * for the holder of one of them ("شكون وزير الداخلية الجديد؟"), a name another of them introduces
     * is that office's holder, not the answer.
     */
    private static final Set<String> ROLES = Set.of("رءيس", "رءيسه", "وزير", "وزيره", "زعيم", "زعيمه", "قاءد", "ناءب",
            "سفير", "سفيره", "متحدث", "متحدثه", "مدير", "مديره", "محافظ", "مدرب", "حاكم", "مفوض", "امين", "قاضي",
            "مستشار", "مستشاره");

    private static boolean isOtherRole(String word, Set<String> rolesAsked) {
        List<String> f = forms(word);
        return anyIn(f, ROLES) && !anyIn(f, rolesAsked);
    }

    /** A role given, in the accusative after a verb of appointing: وزيرا، رئيسا، مدربا، سفيرا. */
    private static boolean isRoleGiven(String word) {
        return word.length() > 3 && word.endsWith("ا") && anyIn(forms(word.substring(0, word.length() - 1)), PERSON_CUES);
    }

    private static final Set<String> TEAMS = Set.of("منتخب", "فريق", "نادي");
    /** A question about a goal: who scored it. */
    private static final Set<String> GOAL_ASKED = Set.of("هدف", "الهدف", "اهداف", "جون", "الجون", "جول", "الجول", "goal",
            "goals", "scored", "scorer", "scores", "score");
    /** Verbs of scoring, normalized, after which news names the scorer ("سجل شاكيري هدف الفوز"). */
    private static final Set<String> SCORED = Set.of("سجل", "يسجل", "وسجل", "ويسجل", "احرز", "يحرز", "واحرز");

    /** What follows a title and is part of it, not the name it introduces: "رئيس الوزراء"، "وزير الداخلية". */
    private static final Set<String> OFFICES = Set.of("وزراء", "حكومه", "خارجيه", "داخليه", "دفاع", "ماليه", "عدل",
            "جمهوريه", "دوله", "نواب", "برلمان", "شرطه", "جيش", "اركان", "مجلس", "حزب", "عام", "سابق", "اسبق",
            "جديد", "جديده", "حالي", "حاليه", "تنفيذي", "اعلي", "مكلف", "منتخب", "مؤقت", "موقت", "وزير", "وزيره",
            // an institution's adjectives ("المجلس الوطني"، "الحزب الشيوعي"): no one's name
            "وطني", "وطنيه", "دولي", "دوليه", "شعبي", "شعبيه", "شيوعي", "اشتراكي", "ديمقراطي", "جمهوري", "اسلامي",
            "اسلاميه", "عسكري", "عسكريه", "اتحادي", "اتحاديه", "مركزي", "مركزيه", "انتقالي", "ثوري", "عالمي", "عالميه",
            "رسمي", "رسميه", "سياسي", "سياسيه", "اقتصادي", "اعلامي", "تشريعي", "دستوري", "دستوريه");

    /**
     * Whether a sentence names a place of the kind asked ("انهي قرية" → "في قرية الراشدة"، "بقرية"):
     * the kind, in any form, followed by a word the question does not hold. An English kind
     * (village) is met by the Arabic words the glossary gives it, which the question does not write,
     * so only an Arabic kind is checked this way.
     */
    private static boolean namesPlaceOfKind(List<String> words, String kind, Set<String> question) {
        String bare = kind.startsWith("ال") ? kind.substring(2) : kind;
        for (int i = 0; i + 1 < words.size(); i++) {
            if (forms(words.get(i)).contains(bare) && isName(words.get(i + 1), question)) return true;
        }
        return false;
    }

    /**
     * Words opening with ب that say how, why, when or on whose behalf, not where ("المتحدث باسم الجيش"،
     * "بهذه الكلمة"، "بسبب"، "بموجب"), as {@link com.nabaa.text.ArabicText#normalize} leaves them.
     */
    private static final Set<String> NOT_WHERE = Set.of("باسم", "بهذه", "بهذا", "بذلك", "بتلك", "بعد", "بعدما", "بين",
            "بينما", "بسبب", "بحسب", "بشان", "بنحو", "بعض", "بدون", "برغم", "بفضل", "بموجب", "بمثابه", "بشكل", "بصفه",
            "بصوره", "بطريقه", "بكل", "بمناسبه", "بنسبه", "بقيمه", "بقرار", "بعدم");

    /**
     * "في منزلها"، "في بلدها"، "في مكتبهم": a place named by whose it is, which says where only to a
     * reader who knows it. Names ending so are shorter (بنها).
     */
    private static boolean ownedPlace(String word) {
        return word.length() >= 5 && (word.endsWith("ها") || word.endsWith("هم") || word.endsWith("هما"));
    }

    private static boolean hasPlace(List<String> words, Set<String> question) {
        // "فادي البطش اللي طخوه بكوالالمبور، لوين كان رايح؟": "في العاصمة الماليزية" is where he was
        // killed, the question's own city's country, not where he was going
        Set<Places.Place> asked = new HashSet<>();
        question.forEach(f -> Places.placeOf(f).ifPresent(asked::add));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean cue = anyIn(forms(w), PLACE_CUES);
            boolean preposition = w.equals("في")
                    || w.length() > 3 && w.startsWith("ب") && !w.startsWith("بال") && !NOT_WHERE.contains(w);
            // "بمنطقة صناعية": an adjective without the article describes the place, it does not name it
            if (cue && i + 1 < words.size() && isName(words.get(i + 1), question) && !meetsAsked(words.get(i + 1), asked)
                    && !describes(words.get(i + 1))) {
                return true;
            }
            if (w.equals("في") && i + 1 < words.size() && isName(words.get(i + 1), question)
                    && !isVerbalNoun(words.get(i + 1)) && !ownedPlace(words.get(i + 1)) && !meetsAsked(words.get(i + 1), asked)) return true;
            // "في رحلة من جدة إلى تونس": a known place a journey goes to or comes from
            if ((w.equals("الي") || w.equals("من")) && i + 1 < words.size() && isName(words.get(i + 1), question)
                    && Places.placeOf(words.get(i + 1)).isPresent() && !meetsAsked(words.get(i + 1), asked)) return true;
            // "ببغداد" is in Baghdad; "بمقتل طفل"، "بجروح" are no places: ب joined to a word is where only for a known place
            if (preposition && !w.equals("في") && isName(w.substring(1), question)
                    && Places.placeOf(w.substring(1)).isPresent() && !meetsAsked(w.substring(1), asked)) return true;
        }
        return false;
    }

    /** An adjective in ية without the article ("منطقة صناعية"، "بلدة حدودية"): what a place is, not its name. */
    private static boolean describes(String word) {
        return word.endsWith("يه") && !word.startsWith("ال") && Places.placeOf(word).isEmpty();
    }

    /**
     * Whether {@code word} names a listed place the question names, or the country of a city it names:
     * nothing the reader does not know. A city of a country asked is news ("بدرنة" for Libya).
     */
    private static boolean meetsAsked(String word, Set<Places.Place> asked) {
        return Places.placeOf(word).filter(p -> asked.stream()
                .anyMatch(a -> p.name().equals(a.name()) || p.name().equals(a.country()))).isPresent();
    }

    /**
     * A verbal noun of the derived forms (تنويع، تعزيز؛ تبادل؛ انتقال، اجتماع؛ استثمار؛ مشاركة), with or
     * without the article: "في تنويع مصادر الدخل" tells how, not where.
     */
    static boolean isVerbalNoun(String word) {
        return forms(word).stream().anyMatch(f -> VERBAL_NOUN.matcher(f).matches() && Places.placeOf(f).isEmpty());
    }

    private static final Pattern VERBAL_NOUN = Pattern.compile("ت\\p{L}{2}ي\\p{L}|ت\\p{L}ا\\p{L}{2}|ا\\p{L}ت\\p{L}ا\\p{L}"
            + "|است\\p{L}{2}ا\\p{L}|م\\p{L}ا\\p{L}{2}ه");

    /** A word that may name someone or somewhere the question does not: new, no figure, date or cue. */
    private static boolean isName(String word, Set<String> question) {
        if (!isNew(word, question) || Character.isDigit(word.charAt(0)) || word.length() < 3 || spelledAsAsked(word, question)) {
            return false;
        }
        List<String> forms = forms(word);
        return !anyIn(forms, DATE_WORDS) && !anyIn(forms, NUMBER_WORDS) && !anyIn(forms, NOT_NAMES)
                && !anyIn(forms, PERSON_CUES) && !anyIn(forms, PLACE_CUES);
    }

    /**
     * Whether a long word is one the question writes another way, one letter apart (the reader's
     * بينيفينتو, the news's بينفينتو): the club the question names is no new name, and no answer to
     * "مين جاب جون فيورنتينا في بينيفينتو؟".
     */
    private static boolean spelledAsAsked(String word, Set<String> question) {
        if (word.length() < SPELLED_AS_ASKED) return false;
        for (String q : question) {
            if (q.length() >= SPELLED_AS_ASKED && NearTerms.withinOneEdit(word, q)) return true;
        }
        return false;
    }

    /** The shortest word compared with the question's one letter apart: shorter names differ by a letter (سامي، سالم). */
    private static final int SPELLED_AS_ASKED = 6;

    /**
     * Whether {@code sentence} gives a name ({@link #GIVEN_NAME}: quoted, or after اسم، باسم، الملقب…)
     * that is not the question's own: "ووقع الهجوم في بلدة "تريب"" names the town the reader asked
     * about, not the gunman's name.
     */
    private static boolean givesName(String sentence, Set<String> question) {
        String text = ArabicText.normalize(sentence);
        Matcher m = GIVEN_NAME.matcher(text);
        while (m.find()) {
            if (OUTLET_BEFORE.matcher(text.substring(0, m.start())).find()) continue;
            // "متحدث باسم وزارة الداخلية": a spokesman for the ministry, no name given
            if (m.group().startsWith("باسم") && SPEAKS_FOR.matcher(text.substring(0, m.start())).find()) continue;
            // "منظمة "سي ووتش" الألمانية": the organization's name, not the boat's asked (unless it is asked)
            Matcher org = ORGANIZATION_BEFORE.matcher(text.substring(0, m.start()));
            if (org.find() && !question.contains(org.group(1))) continue;
            int end = m.end();  // "اسم X" matches X's first letter: the name is its whole word
            while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
            if (words(text.substring(m.start(), end)).stream().filter(w -> !NAMING.contains(w))
                    .anyMatch(w -> isNew(w, question))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An outlet named before a quoted name ("موقع "gizmodo""، "صحيفة "الغارديان""): the source of the
     * news, not the name asked (the asteroid's, the novel's).
     */
    private static final Pattern OUTLET_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:موقع|صحيفه|جريده|وكاله|مجله|قناه|شبكه|اذاعه|تلفزيون)\\s*$");

    /**
     * An organization's word right before a quoted name ("منظمة "سي ووتش""، "شركة "أبل""): the quote names
     * that organization.
     */
    private static final Pattern ORGANIZATION_BEFORE = Pattern.compile("(?<![\\p{L}])(?:ال)?("
            + java.util.stream.Stream.of("منظمة", "جمعية", "حركة", "حزب", "شركة", "مؤسسة", "هيئة", "مجموعة", "جماعة",
                    "تنظيم", "ائتلاف", "تحالف", "اتحاد", "نادي").map(ArabicText::normalize)
                    .collect(java.util.stream.Collectors.joining("|"))
            + ")\\s*[\"«“']?\\s*$");

    /** A spokesman before باسم ("متحدث باسم الوزارة", "الناطقة باسم"): who he speaks for, not a name given. */
    private static final Pattern SPEAKS_FOR = Pattern.compile(
            "(?<![\\p{L}])(?:ال)?(?:متحدث|ناطق)(?:ه|ا|ون|ين)?\\s*$");

    /** The words that introduce a name in {@link #GIVEN_NAME}, which are not the name. */
    private static final Set<String> NAMING = Set.of("اسم", "باسم", "تسمي", "يسمي", "تسميه", "يدعي", "تدعي", "الملقب",
            "الملقبه", "اطلق", "عليه", "عليها");

    private static boolean isNew(String word, Set<String> question) {
        return !anyIn(forms(word), question);
    }

    private static boolean anyIn(List<String> forms, Set<String> set) {
        for (String f : forms) {
            if (set.contains(f)) return true;
        }
        return false;
    }

    /**
     * The word and its forms without an attached conjunction (و، ف), then preposition (ب، ل، ك،
     * لل), then article (ال): والرئيس → رئيس, بالمدينة → مدينة, للفيزياء → فيزياء. Only from words long
     * enough that what remains may be a word; a wrong form (لبنان → بنان) only ever matches a listed word.
     */
    static List<String> forms(String word) {
        List<String> out = new ArrayList<>(List.of(word));
        if (word.length() > 3 && (word.startsWith("و") || word.startsWith("ف"))) add(out, word.substring(1));
        for (int i = 0, n = out.size(); i < n; i++) {
            String w = out.get(i);
            if (w.length() > 3 && w.startsWith("لل")) add(out, w.substring(2));
            else if (w.length() > 3 && (w.startsWith("ب") || w.startsWith("ك") || w.startsWith("ل"))) add(out, w.substring(1));
        }
        for (int i = 0, n = out.size(); i < n; i++) {
            String w = out.get(i);
            if (w.length() > 4 && w.startsWith("ال")) add(out, w.substring(2));
        }
        return out;
    }

    /** A listed word and, with ال, the word without it: "الناشطة" is matched as ناشطة too. */
    private static List<String> entryForms(String entry) {
        return entry.length() > 4 && entry.startsWith("ال") ? List.of(entry, entry.substring(2)) : List.of(entry);
    }

    private static void add(List<String> out, String form) {
        if (!out.contains(form)) out.add(form);
    }

    private static Set<String> dateWords() {
        Set<String> out = new HashSet<>(WORDS.get("date"));
        for (String month : MonthNames.ARABIC.keySet()) {
            out.addAll(entryForms(ArabicText.normalize(month.split(" ")[0])));
        }
        return Set.copyOf(out);
    }

    /** Each section's words, normalized, in their bare forms (no ال, no attached preposition). */
    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> sections = new HashMap<>();
        Set<String> current = null;
        for (String content : WordLists.content(AnswerEvidence.class, "answer-type-words.txt")) {
            if (content.startsWith("[") && content.endsWith("]")) {
                current = sections.computeIfAbsent(content.substring(1, content.length() - 1), k -> new HashSet<>());
            } else if (current == null) {
                throw new IllegalStateException("answer-type-words.txt: a word before any [section]: " + content);
            } else {
                current.addAll(entryForms(ArabicText.normalize(content)));
            }
        }
        for (String required : List.of("number", "date", "person", "place")) {
            if (!sections.containsKey(required)) {
                throw new IllegalStateException("answer-type-words.txt: no [" + required + "] section");
            }
        }
        Map<String, Set<String>> out = new HashMap<>();
        sections.forEach((k, v) -> out.put(k, Set.copyOf(v)));
        return Map.copyOf(out);
    }
}

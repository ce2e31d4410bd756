package com.nabaa.answer;

import com.nabaa.text.ArabicText;
import com.nabaa.text.ScoreLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a headline or sentence says of a result question's sides and topic: whether it names both
 * sides ({@link #namesBoth}), sets them against each other ({@link #facing}) or says someone won
 * what the question names ({@link #winsTopic}). Terms are compared as the question's {@link
 * QueryTerms} analyze them; a side is also found as its adjective (روسيا: "المنتخب الروسي").
 */
final class SidesInText {
    /**
     * The two sides stand at most this many words apart where a text sets them against each other
     * ("انهار دفاع مصر … في الهزيمة 3-1 أمام روسيا": 17 words apart).
     */
    static final int FACING_WINDOW = 24;
    /** A score sets the sides against each other when it stands between them, this many words apart at most. */
    static final int SCORE_BETWEEN = 4;
    /**
     * The word setting the second side against the first stands at most this many words before it:
     * "على منتخب السعودية", or with a nationality and a given name between, "فاز جون ايسنر على الألماني
     * ألكسندر زفيريف 6-7 و6-4 و6-4".
     */
    static final int AGAINST_BEFORE = 3;
    /** The thing won follows its winning word within this many words ("فوز الناشطة … مراد بجائزة نوبل": 5). */
    static final int WON_WITHIN = 6;
    /**
     * Words that say someone won something ("يتوج بكأس العالم"، "فوز نادية مراد بجائزة نوبل"، "يحسم
     * لقب الدوري"); not "بطل كأس العالم", which names last time's winner in any story.
     */
    static final List<String> WINNING_WORDS = List.of("فوز", "تتويج", "حسم", "انتصار", "لقب");
    /**
     * With {@link #WINNING_WORDS}, the verbs that tell a win without its word: beating someone
     * ("ديوكوفيتش يهزم نادال") and taking a prize ("تحصد جائزة"، "نال لقب"), in the forms news writes
     * (the analysis keeps a verb's prefix). Not اكتسح or سحق: news sweeps lists and polls with them
     * ("ريال مدريد يكتسح … معركة الكرة الذهبية", the nominees).
     */
    static final String WON_VERBS = "هزم يهزم تهزم هزمت يهزمون تغلب يتغلب تتغلب تغلبت"
            + " حصد يحصد تحصد حصدت يحصدون نال ينال تنال نالت حاز يحوز تحوز حازت انتزع ينتزع تنتزع انتزعت"
            + " احرز يحرز تحرز احرزت ظفر يظفر تظفر ظفرت";
    /** Before the word sets below, which are normalized with it. */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}،؛«»]");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    /** Punctuation that ends a clause: sides on either side of it are not set against each other. */
    private static final String CLAUSE_ENDS = "،,:؛;.!?؟";
    /** Words that set one side against the other: "أمام روسيا"، "على السعودية"، "ضد"، "مع"، "vs". */
    private static final Set<String> AGAINST = normalized("على أمام ضد vs v against"
            // "أسقط المنتخب الروسي مضيفه التركي 2-1": the host or guest beaten; "روسيا تسقط تركيا": toppled
            + " مضيفه مضيفها مضيفيه مضيفتها ضيفه ضيفها تسقط يسقط اسقط اسقطت"
            // "وريورز يسحق كافاليرز": crushed, swept
            + " يسحق تسحق سحق سحقت يكتسح تكتسح اكتسح اكتسحت"
            // "فاندفيج تعبر غارسيا": passed, got past, knocked out
            + " تعبر يعبر عبرت تتخطى يتخطى تخطى تخطت تقصي يقصي أقصى أقصت"
            // "… المنتخب الأسترالي، نظيره التشيكي 4 - صفر": its counterpart
            + " نظيره نظيرها نظيرتها نظيريه");
    /**
     * "توج" (was crowned) as written: its analyzed stem is also that of توجهات (leanings), so it is
     * matched as a word ("توج العداء … بطلا لماراثون فيينا"); its present (يتوج) is تتويج's.
     */
    private static final Set<String> CROWNED = normalized("توج توجت وتوج وتوجت");
    /**
     * Heading somewhere, as written: the light stemmer makes تتوجه and يتوجه (heads to) into تتوج and
     * يتوج (is crowned), so "تتوجه الأنظار إلى انتخابات رئاسة العراق" told a win before the vote.
     */
    private static final Pattern HEADING = Pattern.compile("توجه");
    /**
     * Elected, as written ("انتخب البرلمان العراقي برهم صالح رئيسا للبلاد"): the one elected won the
     * office. Past verbs only: the verbal noun also names a vote still to come ("جلسة انتخاب رئيس
     * الجمهورية"), and its analyzed stem is that of الانتخابات.
     */
    private static final Set<String> ELECTED = normalized("انتخب انتخبت وانتخب وانتخبت فانتخب");
    /**
     * A prize granted, as written ("يمنحان أمريكيين نوبل في الاقتصاد"، "منحت الأكاديمية جائزتها لـ…"): the
     * one it goes to won it. Matched as words: the stem منح is also a grant's (منحة دراسية).
     */
    static final Set<String> GRANTED = normalized("منح منحت يمنح تمنح يمنحان تمنحان منحوا يمنحون ومنح ومنحت");
    /** A side's counterpart ("نظيره التشيكي"): the other side of its match, across a comma too. */
    private static final Set<String> COUNTERPART = normalized("نظيره نظيرها نظيرتها نظيريه");
    /** Goals scored "في مرمى" or "في شباك" a side set it against the scorer: "كرواتيا تكتفي بثلاثة أهداف في مرمى الأرجنتين". */
    private static final Set<String> INTO_GOAL = normalized("مرمى شباك");
    /** "مع" sets sides against each other only beside a result or a score: "تعادل مصر مع السعودية", not "علاقات المغرب مع إيران". */
    private static final Set<String> WITH = normalized("مع");
    /** A country after these hosts a tournament ("مونديال روسيا"، "كأس العالم روسيا 2018"): it is not a side there. */
    private static final Set<String> TOURNAMENT = normalized(
            "مونديال المونديال لمونديال بمونديال العالم نهائيات النهائيات بطولة أولمبياد الأولمبياد دورة");

    /**
     * Words that foretell, hope for, weigh or suppose a win rather than report it: "يتوقع فوز"، "فرص
     * فوز"، the conditionals "إذا فاز الديمقراطيون"، "لو فاز"، "في حال فوز", and a winner to be announced ("سيعلن عن الفائز").
     */
    private static final Set<String> PREDICTS = normalized("توقع يتوقع تتوقع توقعت يتوقعون توقعات يرشح ترشح ترشيح ترشيحات"
            + " مرشح المرشح المرشحه قد ربما احتمال احتمالات فرص فرصه حظوظ امل امال يامل تامل يحلم حلم يريد تريد يتمني"
            + " اتمني يسعي تسعي نحو اذا لو حال حاله"
            // the nominees and contenders: "قائمة المرشحين للفوز بالكرة الذهبية"، "يتنافس على الفوز"
            + " مرشحين المرشحين مرشحون المرشحون مرشحا مرشحه المتنافسين المتنافسون يتنافس تتنافس ينافس تنافس"
            + " يطمح تطمح يستعد تستعد"
            // the favourites: "البرازيل الأكثر حظا بالفوز"، "الأقرب للفوز"، "الأوفر حظا"
            + " حظا حظ حظوظه حظوظها حظوظهم الاقرب الاوفر"
            // a winner still to be announced: "بينما سيعلن عن الفائز بجائزة نوبل في العلوم الاقتصادية، الاثنين"
            + " سيعلن ستعلن سيتم ستتم سيكشف ستكشف سيحدد ستحدد وسيعلن وستعلن وسيتم وستتم وسيكشف وستكشف");
    /** How many words before a winning word {@link #PREDICTS} are looked for. */
    private static final int PREDICTED_WITHIN = 2;

    private final List<List<String>> sides;
    private final List<String> topicStems;
    private final Set<String> resultTerms;
    private final Set<String> winningTerms;
    /** {@link #winningTerms} and the {@link #WON_VERBS}. */
    private final Set<String> wonTerms;
    private final QueryTerms terms;

    /**
     * @param sides       the analyzed terms of each side; none, or two
     * @param topicStems  the analyzed terms of what the result is of (no numbers)
     * @param resultTerms the terms of the words news reports a result with
     * @param terms       the question's terms: how texts are analyzed and compared
     */
    SidesInText(List<List<String>> sides, List<String> topicStems, Set<String> resultTerms, QueryTerms terms) {
        this.sides = List.copyOf(sides);
        this.topicStems = List.copyOf(topicStems);
        this.resultTerms = Set.copyOf(resultTerms);
        this.winningTerms = Set.copyOf(terms.analyze(String.join(" ", WINNING_WORDS)));
        Set<String> won = new HashSet<>(winningTerms);
        won.addAll(terms.analyze(WON_VERBS));
        this.wonTerms = Set.copyOf(won);
        this.terms = terms;
    }

    boolean hasSides() {
        return !sides.isEmpty();
    }

    /** The sides {@code text} names, by their place in the question (0, 1). */
    Set<Integer> sidesNamed(String text) {
        Words words = new Words(text);
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < sides.size(); i++) {
            if (!positions(sides.get(i), words).isEmpty()) out.add(i);
        }
        return out;
    }

    /** Each side by at least half of its words (ريال مدريد: مدريد will do); none asked: true. */
    boolean namesBoth(Set<String> seen) {
        for (List<String> side : sides) {
            int found = 0;
            for (String t : side) {
                if (terms.found(t, seen) || nisba(t, seen)) found++;
            }
            if (found * 2 < side.size()) return false;
        }
        return true;
    }

    /** Whether any of {@code seen} is a word of a result. */
    boolean hasResultWord(Collection<String> seen) {
        return containsAny(seen, resultTerms);
    }

    /**
     * Whether {@code text} sets the two sides against each other, not merely names them: in one
     * clause (no comma, colon or full stop between them), within {@value #FACING_WINDOW} words of
     * each other, with "أمام"، "على"، "ضد"، "في مرمى" or a result word right before the second ("مع" beside a
     * result or a score), or a score right between them ("مصر 0-0 روسيا"). "مصر وروسيا" alone names a fixture, and "مونديال
     * روسيا: السعودية تحسم القمة العربية أمام مصر" names روسيا as the host, not as the opponent.
     * True when the reader names no sides.
     */
    boolean facing(String text) {
        return named(text, true);
    }

    /**
     * Whether {@code text} names the two sides together, within {@value #FACING_WINDOW} words of each
     * other: in one clause, however it sets them ("الأهلي السعودي يتخطى الجزيرة الإماراتي"، "المغرب يسحق
     * نيجيريا"), or across a comma with "على"، "أمام" or "ضد" before the second ("فاز الملف
     * المشترك لأمريكا …، بعد أن تفوق على ملف المغرب"). A side named only in another clause, against no
     * one, is in another clause's news ("… على نظيره الأرميني …، بعد أن تم عزف النشيد الوطني
     * لليختنشتاين"). True when the reader names no sides.
     */
    boolean together(String text) {
        return named(text, false);
    }

    private boolean named(String text, boolean facing) {
        if (sides.isEmpty()) return true;
        Words words = new Words(text);
        List<Integer> first = positions(sides.get(0), words);
        if (first.isEmpty()) return false;
        List<Integer> second = positions(sides.get(1), words);
        for (int a : first) {
            for (int b : second) {
                int lo = Math.min(a, b);
                int hi = Math.max(a, b);
                if (hi > lo && hi - lo <= FACING_WINDOW
                        && (facing ? against(words, lo, hi) : oneClause(words, lo, hi) || facedAcross(words, lo, hi))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code text} says someone won what the question names: a winning word followed in the
     * same clause, within {@value #WON_WITHIN} words, by a word of the question's topic ("تتوج بكأس
     * العالم"، "يفوز في الانتخابات الرئاسية"). "فوزها على بنما، … في كأس العالم" is a match won in
     * the cup, and "خسارة بطل كأس العالم" a loss.
     */
    boolean winsTopic(String text) {
        return winsTopic(text, winningTerms);
    }

    /**
     * {@link #winsTopic}, where a verb of beating or taking tells the win too ({@link #WON_VERBS}:
     * "ديوكوفيتش يهزم نادال في … ويمبلدون"، "تحصد جائزة"): whether a story tells who won what is asked.
     */
    boolean toldWinning(String text) {
        return winsTopic(text, wonTerms);
    }

    private boolean winsTopic(String text, Set<String> winning) {
        if (topicStems.isEmpty()) return false;
        Words words = new Words(text);
        for (int i = 0; i < words.raw.length; i++) {
            boolean won = containsAny(words.terms(i), winning);
            if (won) {
                won = !HEADING.matcher(words.normalized[i]).find();
            } else {
                // as written, read only when its terms tell no win: a prize granted, elected, or (for a
                // win told) crowned
                String plain = plain(words.raw[i]);
                won = GRANTED.contains(plain) || ELECTED.contains(plain) || winning == wonTerms && CROWNED.contains(plain);
            }
            if (!won || predicted(words, i)) continue;
            for (int j = i + 1; j < words.raw.length && j <= i + WON_WITHIN; j++) {
                int at = j;
                if (namesTopic(words, at)) return true;
                if (endsClause(words.raw[j])) break;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code i} names what the result is of: holds a topic stem as written, or
     * a near form of it ({@link NearTerms}: ماراطون typed, لماراثون written). Not the result's other
     * words the question's terms also find (نتيجة as فوز).
     */
    private boolean namesTopic(Words words, int i) {
        return topicStems.stream().anyMatch(t -> words.normalized[i].contains(t) || NearTerms.found(t, words.terms(i)));
    }

    /** A win foretold or hoped for, a word or two before the winning word: "يتوقع فوز كرواتيا"، "فرص فوز". */
    private static boolean predicted(Words words, int i) {
        for (int k = Math.max(0, i - PREDICTED_WITHIN); k < i; k++) {
            if (PREDICTS.contains(words.normalized[k])) return true;
        }
        return false;
    }

    /** "نظيره" right before the second side, or with "منتخب" between ({@link #AGAINST_BEFORE}). */
    private static boolean counterpartBefore(Words words, int lo, int hi) {
        for (int i = Math.max(lo + 1, hi - AGAINST_BEFORE); i < hi; i++) {
            if (COUNTERPART.contains(plain(words.raw[i]))) return oneClause(words, i, hi);
        }
        return false;
    }

    /** No comma, colon or full stop from the word at {@code lo} to the one before {@code hi}. */
    private static boolean oneClause(Words words, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            if (endsClause(words.raw[i])) return false;
        }
        return true;
    }

    private boolean against(Words words, int lo, int hi) {
        // One clause: "… أمام مصر، فيما حسمت الأوروغواي … على روسيا" sets مصر against no one; but its
        // counterpart sets the second side against the first across a comma: "اكتسح المنتخب الأسترالي
        // الأول لكرة القدم، نظيره التشيكي 4 - صفر".
        if (!oneClause(words, lo, hi)) return counterpartBefore(words, lo, hi);
        if (setAgainst(words, lo, hi)) return true;
        // "مصر 0-0 روسيا": the score itself between them; "تعادلين مع تونس (2-2) وبلجيكا (صفر-صفر)" is a list.
        return hi - lo <= SCORE_BETWEEN && !words.normalized[hi].startsWith("و")
                && ScoreLines.in(String.join(" ", Arrays.asList(words.raw).subList(lo, hi + 1)));
    }

    /**
     * Whether the word that sets the second side against the first stands right before it: "أمام
     * روسيا"، "تهزم مصر"، "على منتخب السعودية"، "على الألماني ألكسندر زفيريف" ({@link #AGAINST_BEFORE}).
     */
    private boolean setAgainst(Words words, int lo, int hi) {
        for (int i = Math.max(lo + 1, hi - AGAINST_BEFORE); i < hi; i++) {
            if (AGAINST.contains(plain(words.raw[i])) || containsAny(words.terms(i), resultTerms)) return true;
            if (INTO_GOAL.contains(plain(words.raw[i]))) return true;
            if (WITH.contains(plain(words.raw[i])) && resultBetween(words, lo, hi)) return true;
        }
        return false;
    }

    /**
     * Whether "على"، "أمام" or "ضد" stands right before the second side: across a clause only such a
     * word sets it against the first (a result word there, "فيما تملك ليختنشتاين 3 نقاط", tells a table).
     */
    private static boolean facedAcross(Words words, int lo, int hi) {
        for (int i = Math.max(lo + 1, hi - AGAINST_BEFORE); i < hi; i++) {
            if (AGAINST.contains(plain(words.raw[i]))) return true;
        }
        return false;
    }

    /** A result word or a score in the clause from one side to the other (and the word before it). */
    private boolean resultBetween(Words words, int lo, int hi) {
        for (int i = Math.max(0, lo - 1); i <= hi; i++) {
            if (containsAny(words.terms(i), resultTerms)) return true;
        }
        return ScoreLines.in(String.join(" ", Arrays.asList(words.raw).subList(lo, Math.min(words.raw.length, hi + 4))));
    }

    /** The positions of the words that name a side (one of its words, or its adjective), not as a host. */
    private List<Integer> positions(List<String> side, Words words) {
        // A side's term and its other forms (its better spelling: انقلترا → إنجلترا).
        List<String> stems = side.stream()
                .flatMap(t -> java.util.stream.Stream.concat(java.util.stream.Stream.of(t), terms.prepositionFormsOf(t).stream()))
                .map(SidesInText::stemCore).toList();
        // Its letters without long vowels too: the news's تشلسي and مكغريغور for the reader's تشيلسي and ماكغريغور.
        List<String> skeletons = stems.stream().map(SidesInText::skeleton).filter(k -> k.length() >= 2).toList();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < words.raw.length; i++) {
            // Only a word that holds a side's stem is analyzed (a stem is inside its word's letters).
            int at = i;
            boolean holds = stems.stream().anyMatch(c -> words.normalized[at].contains(c));
            if (!holds && !skeletons.isEmpty()) {
                String letters = skeleton(words.normalized[i]);
                holds = skeletons.stream().anyMatch(letters::contains);
            }
            if (!holds || hosts(words.raw, i)) continue;
            Set<String> own = words.terms(i);
            if (!own.isEmpty() && side.stream().anyMatch(t -> terms.found(t, own) || nisba(t, own))) out.add(i);
        }
        return out;
    }

    /** The word at {@code i} names a tournament's host: after "مونديال" or "كأس العالم", or before a year. */
    private static boolean hosts(String[] words, int i) {
        if (i > 0 && TOURNAMENT.contains(plain(words[i - 1]))) return true;
        return i + 1 < words.length && YEAR.matcher(plain(words[i + 1])).matches();
    }

    /** A country named by its adjective: روسيا in "المنتخب الروسي" (روس), فرنسا in "الفرنسي". */
    static boolean nisba(String term, Set<String> seen) {
        if (term.length() >= 5 && term.endsWith("يا") && seen.contains(term.substring(0, term.length() - 2))) return true;
        // the analysis takes a country's ان for a dual's (اليابان: ياب) and keeps it in the adjective (الياباني: يابان)
        if (term.length() >= 2 && seen.contains(term + "ان")) return true;
        return term.length() >= 4 && term.endsWith("ا") && seen.contains(term.substring(0, term.length() - 1));
    }

    /** A side's stem without the ending its adjective drops (روسيا: روس, in الروسي), three letters at most. */
    private static String stemCore(String term) {
        String core = term.endsWith("يا") ? term.substring(0, term.length() - 2)
                : term.endsWith("ا") ? term.substring(0, term.length() - 1) : term;
        return core.length() >= 2 ? core.substring(0, Math.min(core.length(), 3)) : term;
    }

    /** A normalized word without its long vowels (ا، و، ي): the letters two spellings of a name share. */
    private static String skeleton(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != 'ا' && c != 'و' && c != 'ي') out.append(c);
        }
        return out.toString();
    }

    private static boolean endsClause(String word) {
        return CLAUSE_ENDS.indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    private static boolean containsAny(Collection<String> seen, Set<String> wanted) {
        for (String t : seen) {
            if (wanted.contains(t)) return true;
        }
        return false;
    }

    private static String plain(String word) {
        return ArabicText.normalize(PUNCTUATION.matcher(word).replaceAll("")).toLowerCase(Locale.ROOT);
    }

    private static Set<String> normalized(String words) {
        return Arrays.stream(words.split(" ")).map(SidesInText::plain).collect(Collectors.toUnmodifiableSet());
    }

    /** A text's words, normalized, and their terms analyzed when first asked for. */
    private final class Words {
        final String[] raw;
        final String[] normalized;
        private final List<Set<String>> analyzed;

        Words(String text) {
            raw = text.strip().split("\\s+");
            normalized = new String[raw.length];
            for (int i = 0; i < raw.length; i++) normalized[i] = ArabicText.normalize(raw[i]).toLowerCase(Locale.ROOT);
            analyzed = new ArrayList<>(Collections.nCopies(raw.length, null));
        }

        Set<String> terms(int i) {
            if (analyzed.get(i) == null) analyzed.set(i, new HashSet<>(terms.analyze(raw[i])));
            return analyzed.get(i);
        }
    }
}

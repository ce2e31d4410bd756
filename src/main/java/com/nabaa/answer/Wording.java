package com.nabaa.answer;

import com.nabaa.news.Language;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything Nabaa says to a reader around the stories of an answer, in one language: the terminal
 * ({@link TextRenderer}) and the Telegram bot render with it, so both say the same thing. Pick it
 * with {@code Wording.of(answer.language())}: an Arabic answer carries no English label and an
 * English one no Arabic label. Immutable.
 */
public final class Wording {
    public static final Wording ARABIC = new Wording(Language.ARABIC, "لم أجد خبرًا يجيب عن سؤالك.",
            "أحدث العناوين ذات الصلة:", "عاجل", "تاريخ غير معروف", "لا يذكر: ", "، ",
            "لم أجد خبرًا من التاريخ الذي ذكرته، وهذه أخبار من تواريخ أخرى:", "لا مزيد من الأخبار.");
    public static final Wording ENGLISH = new Wording(Language.ENGLISH, "No article answers this question.",
            "Latest related headlines:", "Breaking", "date unknown", "does not mention: ", ", ",
            "Nothing from the date you named; stories from other dates:", "No more stories.");

    private final Language language;
    private final String nothingFound;
    private final String relatedHeadlines;
    private final String breaking;
    private final String dateUnknown;
    private final String doesNotMention;
    private final String listSeparator;
    private final String undated;
    private final String noMoreStories;

    private Wording(Language language, String nothingFound, String relatedHeadlines, String breaking,
                    String dateUnknown, String doesNotMention, String listSeparator, String undated,
                    String noMoreStories) {
        this.language = language;
        this.nothingFound = nothingFound;
        this.relatedHeadlines = relatedHeadlines;
        this.breaking = breaking;
        this.dateUnknown = dateUnknown;
        this.doesNotMention = doesNotMention;
        this.listSeparator = listSeparator;
        this.undated = undated;
        this.noMoreStories = noMoreStories;
    }

    /** English for {@link Language#ENGLISH}, Arabic, the product's main language, for any other. */
    public static Wording of(Language language) {
        return language == Language.ENGLISH ? ENGLISH : ARABIC;
    }

    public Language language() {
        return language;
    }

    /** "لم أجد خبرًا يجيب عن سؤالك." */
    public String nothingFound() {
        return nothingFound;
    }

    /** "هل تقصد: البورصة ؟" for a corrected spelling of the question. */
    public String didYouMean(String suggestion) {
        Objects.requireNonNull(suggestion, "suggestion");
        return language == Language.ENGLISH ? "Did you mean: " + suggestion + "?" : "هل تقصد: " + suggestion + " ؟";
    }

    /** The title over the latest related headlines of an unanswered question. */
    public String relatedHeadlines() {
        return relatedHeadlines;
    }

    /** The label of a breaking story: "عاجل". */
    public String breaking() {
        return breaking;
    }

    /** What stands for the date of a story published at an unknown time. */
    public String dateUnknown() {
        return dateUnknown;
    }

    /** "لا يذكر: البطيخ، الموز": the words of the question a story does not contain. */
    public String doesNotMention(List<String> words) {
        return doesNotMention + String.join(listSeparator, words);
    }

    /**
     * When nothing answers: the question's words that even the closest story lacks ("أقرب خبر لا
     * يذكر: بيروت، 2022"), so the reader sees why.
     */
    public String newsDoesNotMention(List<String> words) {
        return (english() ? "The closest story does not mention: " : "أقرب خبر لا يذكر: ")
                + String.join(listSeparator, words);
    }

    /**
     * Over the stories of an {@link Answer.Kind#OLDER} answer: nothing recent answers a question
     * about now (a result, a price, a topic's news); the newest stories found follow, each dated.
     */
    public String older() {
        return english() ? "Nothing recent on this; the newest stories I have are older:"
                : "لا جديد عن هذا مؤخرًا، وهذه أحدث الأخبار التي لدي وهي أقدم:";
    }

    /** Over the stories of an {@link Answer.Kind#UNDATED} answer: nothing of the reader's date answered. */
    public String undated() {
        return undated;
    }

    /** For a page after the last story. */
    public String noMoreStories() {
        return noMoreStories;
    }

    /** Before the outlets that reported the same story: "مصادر أخرى: ". */
    public String otherSources() {
        return english() ? "Other sources: " : "مصادر أخرى: ";
    }

    /** Over the newest stories: "أحدث الأخبار", or of a section by its name ("أحدث أخبار الرياضة"). */
    public String latest(java.util.Optional<String> sectionName) {
        if (sectionName.isEmpty()) return english() ? "Latest news" : "أحدث الأخبار";
        return english() ? "Latest " + sectionName.get() + " news" : "أحدث أخبار " + sectionName.get();
    }

    /**
     * For a follow-up without a topic ("وبعدين؟", "ومين المسؤول؟") asked where no earlier answer is
     * its context: which story, and how to ask about it.
     */
    public String askWithTopic() {
        return english() ? "Which story do you mean? Ask again with its topic, for example: what next for the Nile dam?"
                : "عن أي خبر تسأل؟ أعد سؤالك مع موضوعه، مثلًا: وبعدين في سد النهضة؟";
    }

    /** Over the newest breaking stories. */
    public String latestBreaking() {
        return english() ? "Breaking news" : "آخر الأخبار العاجلة";
    }

    /** Over the stories of the latest on a topic ("آخر الأخبار عن: سد النهضة"). */
    public String latestAbout(List<String> topicWords) {
        return (english() ? "Latest on: " : "آخر الأخبار عن: ") + String.join(" ", topicWords);
    }

    /** Over the results of a plain search. */
    public String searchResults(String words) {
        return english() ? "Newest stories with «" + words + "»:" : "أحدث الأخبار التي فيها «" + words + "»:";
    }

    /** When a plain search finds nothing. */
    public String noSearchResults(String words) {
        return english() ? "No story has all of «" + words + "»." : "لم أجد خبرًا فيه كل كلمات «" + words + "».";
    }

    /**
     * The first line of an answer to an English question read in Arabic news: the sources are
     * Arabic, what was searched for which words, and which words have no Arabic to search.
     */
    public String readInArabic(Translation t) {
        String searched = t.searched().stream()
                .map(w -> w.arabic().equals(w.english()) ? w.english() : w.arabic() + " (" + w.english() + ")")
                .collect(java.util.stream.Collectors.joining(english() ? ", " : "، "));
        String unknown = String.join(english() ? ", " : "، ", t.untranslated());
        if (english()) {
            if (t.complete()) {
                return "Nabaa's sources are in Arabic: searched for " + searched
                        + ". Headlines and summaries are the articles' own Arabic.";
            }
            return "Nabaa's sources are in Arabic, and I know no Arabic for: " + unknown + "."
                    + (searched.isEmpty() ? "" : " I could search only " + searched + ".");
        }
        if (t.complete()) return "مصادر نبأ عربية: بحثت عن " + searched + ".";
        return "مصادر نبأ عربية، ولا أعرف مقابلًا عربيًا لـ: " + unknown + "."
                + (searched.isEmpty() ? "" : " بحثت عن " + searched + " فقط.");
    }

    /** For an English question with words that have no Arabic: how to ask in Arabic instead. */
    public String askInArabic(Translation t) {
        String unknown = String.join(english() ? ", " : "، ", t.untranslated());
        if (t.searched().isEmpty()) {
            return english() ? "Ask in Arabic, with the Arabic for " + unknown + "."
                    : "اسأل بالعربية، بالاسم العربي لـ " + unknown + ".";
        }
        return english() ? "Ask in Arabic: " + t.arabicWords() + ", with the Arabic for " + unknown + "."
                : "اسأل بالعربية: " + t.arabicWords() + "، مع الاسم العربي لـ " + unknown + ".";
    }

    /** Over the reports of a story in date order. */
    public String timeline() {
        return english() ? "Timeline" : "تسلسل الأحداث";
    }

    private boolean english() {
        return language == Language.ENGLISH;
    }

    /** "منذ ساعتين" / "2 hours ago": how long before {@code now} the story was published; "قادم" after it. */
    public String age(Instant published, ZonedDateTime now) {
        Duration age = Duration.between(published, now.toInstant());
        return language == Language.ENGLISH ? english(age) : arabic(age);
    }

    private static String arabic(Duration age) {
        if (age.isNegative()) return "قادم";
        long minutes = age.toMinutes();
        if (minutes < 1) return "الآن";
        if (minutes < 60) return count(minutes, "دقيقة", "دقيقتين", "دقائق", "دقيقة");
        long hours = age.toHours();
        if (hours < 24) return count(hours, "ساعة", "ساعتين", "ساعات", "ساعة");
        long days = age.toDays();
        if (days < 30) return count(days, "يوم", "يومين", "أيام", "يومًا");
        if (days < 365) return count(days / 30, "شهر", "شهرين", "أشهر", "شهرًا");
        return count(days / 365, "سنة", "سنتين", "سنوات", "سنة");
    }

    /** Arabic counting: 1 singular, 2 dual, 3–10 plural, 11 and more the accusative singular. */
    private static String count(long n, String one, String two, String few, String many) {
        if (n == 1) return "منذ " + one;
        if (n == 2) return "منذ " + two;
        if (n <= 10) return "منذ " + n + " " + few;
        return "منذ " + n + " " + many;
    }

    private static String english(Duration age) {
        if (age.isNegative()) return "upcoming";
        long minutes = age.toMinutes();
        if (minutes < 1) return "just now";
        if (minutes < 60) return ago(minutes, "minute");
        if (age.toHours() < 24) return ago(age.toHours(), "hour");
        long days = age.toDays();
        if (days < 30) return ago(days, "day");
        if (days < 365) return ago(days / 30, "month");
        return ago(days / 365, "year");
    }

    private static String ago(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s") + " ago";
    }
}

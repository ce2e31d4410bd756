package com.nabaa.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nabaa.news.Article;
import com.nabaa.news.Language;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A followed topic is read as a question about it, and matched with the index's analysis. */
class TopicMatcherTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, ZoneId.of("Africa/Cairo"));
    private final TopicMatcher matcher = new TopicMatcher();
    private long nextId = 1;

    @AfterEach
    void close() {
        matcher.close();
    }

    private long follow(String typed) {
        long id = nextId++;
        matcher.add(new Topic(id, 100 + id, TopicSpec.parse(typed, NOW), Instant.EPOCH));
        return id;
    }

    private static Article article(String category, String source, String title, String... paragraphs) {
        return Article.builder().id("a").url("https://news.nabaa.example/a").title(title).paragraphs(List.of(paragraphs))
                .category(category).source(source).language(Language.ARABIC).build();
    }

    private boolean matches(long topic, Article a) {
        return matcher.matches(a).contains(topic);
    }

    @Test
    void aTopicMatchesTheOtherFormsOfItsWords() {
        long elections = follow("الانتخابات");

        assertThat(matches(elections, article("egypt", "الشروق", "الاستعداد للانتخابات البرلمانية", "بدأت الهيئة."))).isTrue();
        assertThat(matches(elections, article("egypt", "الشروق", "موعد الانتخابات", "حددت الهيئة الموعد."))).isTrue();
        assertThat(matches(elections, article("egypt", "الشروق", "افتتاح الخط الرابع للمترو", "افتتح الوزير."))).isFalse();
    }

    @Test
    void everyWordOfATopicMustBeInTheHeadlineOrLead() {
        long dam = follow("سد النهضة");

        assertThat(matches(dam, article("egypt", "الأهرام", "مفاوضات جديدة حول سد النهضة", "استؤنفت المفاوضات."))).isTrue();
        assertThat(matches(dam, article("egypt", "الأهرام", "مفاوضات جديدة", "ناقش الوزراء ملف سد النهضة."))).isTrue();
        assertThat(matches(dam, article("egypt", "الأهرام", "انهيار سد في ليبيا", "انهار سد درنة."))).isFalse();
    }

    @Test
    void aWordMentionedOnlyDeepInTheBodyIsAPassingMentionNotTheTopic() {
        long dam = follow("سد النهضة");

        Article passing = article("economy", "الأهرام", "أسعار الذهب ترتفع", "ارتفعت أسعار الذهب اليوم.",
                "وقال تجار إن الطلب زاد.", "وفي سياق آخر، تحدث الوزير عن سد النهضة.");
        assertThat(matches(dam, passing)).isFalse();
    }

    @Test
    void anExcludedWordAnywhereKeepsTheArticleOut() {
        long elections = follow("الانتخابات -مصر");

        assertThat(matches(elections, article("world", "وكالة", "انتخابات بلدية في تونس", "تجرى الانتخابات غدا."))).isTrue();
        assertThat(matches(elections, article("egypt", "وكالة", "موعد الانتخابات", "حددت الهيئة الموعد.", "وتابع.",
                "ويحق لملايين الناخبين في مصر التصويت."))).isFalse();
    }

    @Test
    void aDialectWordAndAnotherSpellingOfANameCountAsTheNewsWord() {
        long match = follow("ماتش الأهلي");
        long google = follow("جوجل");

        assertThat(matches(match, article("sport", "الأهرام", "مباراة الأهلي والزمالك", "فاز الأهلي."))).isTrue();
        assertThat(matches(google, article("technology", "الأهرام", "غوغل تطلق هاتفا جديدا", "أعلنت الشركة."))).isTrue();
    }

    @Test
    void sectionAndSourceFiltersKeepToTheirSectionAndOutlet() {
        long league = follow("الدوري section:رياضة");
        long sport = follow("أخبار الرياضة");
        long sky = follow("النفط مصدر:\"sky news\"");

        Article sportNews = article("sport", "الأهرام", "الأهلي يتصدر الدوري", "فاز الأهلي.");
        Article company = article("economy", "الأهرام", "أرباح شركة الدوري", "أعلنت الشركة أرباحها.");
        assertThat(matches(league, sportNews)).isTrue();
        assertThat(matches(league, company)).isFalse();
        assertThat(matches(sport, sportNews)).as("a section alone").isTrue();
        assertThat(matches(sport, company)).isFalse();
        assertThat(matches(sky, article("economy", "Sky News", "أسعار النفط ترتفع", "ارتفعت الأسعار."))).isTrue();
        assertThat(matches(sky, article("economy", "الأهرام", "أسعار النفط ترتفع", "ارتفعت الأسعار."))).isFalse();
    }

    @Test
    void anEnglishTopicMatchesEnglishArticles() {
        long wheat = follow("wheat harvest");

        Article a = Article.builder().id("w").url("https://news.nabaa.example/w").title("Egypt's wheat harvests beat forecasts")
                .paragraphs(List.of("The ministry said so.")).language(Language.ENGLISH).build();
        assertThat(matches(wheat, a)).isTrue();
    }

    @Test
    void aRemovedTopicMatchesNoMoreAndARegisteredOneIsReplaced() {
        long id = follow("الانتخابات");
        Article a = article("egypt", "الشروق", "موعد الانتخابات", "حددت الهيئة الموعد.");
        assertThat(matches(id, a)).isTrue();

        matcher.add(new Topic(id, 101, TopicSpec.parse("المترو", NOW), Instant.EPOCH));
        assertThat(matches(id, a)).isFalse();
        assertThat(matcher.size()).isEqualTo(1);

        matcher.remove(List.of(id));
        assertThat(matcher.size()).isZero();
    }

    @Test
    void aTopicOfFillersAloneCannotBeFollowed() {
        assertThatThrownBy(() -> new TopicQuery().build(TopicSpec.parse("ايه اللي حصل", NOW), NOW))
                .isInstanceOfSatisfying(InvalidTopicException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidTopicException.Reason.NO_WORDS));
    }

    @Test
    void closingLeavesNoThreadBehind() {
        java.util.Set<Long> before = live().stream().map(Thread::threadId).collect(java.util.stream.Collectors.toSet());
        TopicMatcher other = new TopicMatcher();
        assertThat(live()).as("the monitor purges its cache on a thread of its own")
                .anyMatch(t -> !before.contains(t.threadId()));
        other.close();

        assertThat(live()).filteredOn(t -> !before.contains(t.threadId())).isEmpty();
    }

    private static List<Thread> live() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).toList();
    }
}

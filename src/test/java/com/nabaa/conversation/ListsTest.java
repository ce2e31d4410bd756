package com.nabaa.conversation;

import static com.nabaa.conversation.Chatting.links;
import static com.nabaa.conversation.Chatting.onlySend;
import static com.nabaa.conversation.Chatting.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.index.NewsIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** /latest [section], /breaking, /search and inline mode: lists of the newest, never a story after the clock. */
class ListsTest extends ChattingTest {
    private static final String FUTURE = "https://news.nabaa.example/bourse-future";

    private static List<String> urls(Outgoing.Send s) {
        return List.copyOf(links(s.body()).values());
    }

    @Test
    void latestListsTheNewestStoriesButNoneAfterTheClock() {
        Outgoing.Send latest = onlySend(chat.say("/latest"));

        assertThat(text(latest.body())).startsWith("أحدث الأخبار");
        assertThat(urls(latest)).containsExactly("https://news.nabaa.example/aftershock",
                "https://news.nabaa.example/quake", "https://news.nabaa.example/bourse-1");
        assertThat(latest.linkPreview()).isFalse();
    }

    @Test
    void latestOfASectionNamedInArabicOrEnglish() {
        for (String section : List.of("رياضة", "الرياضة", "sport", "الكورة")) {
            Outgoing.Send sport = onlySend(chat.say("/latest " + section));

            assertThat(text(sport.body())).as(section).startsWith("أحدث أخبار الرياضة");
            assertThat(urls(sport)).as(section).containsExactly("https://news.nabaa.example/team",
                    "https://news.nabaa.example/derby");
        }
        assertThat(urls(onlySend(chat.say("/latest اقتصاد")))).doesNotContain(FUTURE)
                .startsWith("https://news.nabaa.example/bourse-1");
    }

    @Test
    void latestOfAnUnknownSectionNamesTheSections() {
        String said = text(onlySend(chat.say("/latest طبخ")).body());

        assertThat(said).contains("لا أعرف قسمًا باسم «طبخ»", "الرياضة", "الاقتصاد", "التكنولوجيا");
    }

    @Test
    void breakingListsOnlyBreakingStoriesNewestFirst() {
        Outgoing.Send breaking = onlySend(chat.say("/breaking"));

        assertThat(text(breaking.body())).startsWith("آخر الأخبار العاجلة");
        assertThat(urls(breaking)).containsExactly("https://news.nabaa.example/quake",
                "https://news.nabaa.example/damietta");
    }

    @Test
    void searchListsEveryStoryWithAllTheWordsNewestFirst() {
        Outgoing.Send found = onlySend(chat.say("/search البورصة المصرية"));

        assertThat(text(found.body())).startsWith("أحدث الأخبار التي فيها «البورصة المصرية»");
        // Every article with both words, newest first; the one of tomorrow is not shown.
        assertThat(urls(found)).containsExactly("https://news.nabaa.example/bourse-1",
                "https://news.nabaa.example/bourse-2", "https://news.nabaa.example/bourse-3");
        assertThat(text(onlySend(chat.say("/search بطاريق القطب")).body())).contains("لم أجد خبرًا فيه كل كلمات");
    }

    @Test
    void anAnswerInTheChatNeverShowsAStoryAfterTheClockEvenWhenItMatchesBest() {
        for (String q : List.of("البورصة المصرية", "آخر أخبار البورصة", "ما الجديد في البورصة؟",
                "البورصة المصرية تفتتح تعاملات الخميس على ارتفاع")) {
            Outgoing.Send answer = onlySend(chat.say(q));

            assertThat(urls(answer)).as(q).isNotEmpty().doesNotContain(FUTURE);
        }
    }

    @Test
    void searchWithoutWordsAsksForThem() {
        assertThat(text(onlySend(chat.say("/search")).body())).contains("اكتب كلمات البحث");
        assertThat(text(onlySend(chat.say("/search   😀")).body())).contains("اكتب كلمات البحث");
    }

    @Test
    void inlineSearchPagesThroughTheNewestStoriesWithTheWords() {
        Reader reader = new Reader(7, Optional.of("ar"));
        Outgoing.InlineAnswer first = chat.inline(reader, "البورصة", "");

        assertThat(first.results()).extracting(Outgoing.InlineArticle::url).first()
                .isEqualTo("https://news.nabaa.example/bourse-1");
        assertThat(first.results()).extracting(Outgoing.InlineArticle::url).doesNotContain(FUTURE);
        assertThat(first.results()).hasSize(5);
        assertThat(first.nextOffset()).isEmpty();
        assertThat(first.cacheSeconds()).isBetween(60, 300);
        Outgoing.InlineArticle posted = first.results().get(0);
        assertThat(links(posted.message())).containsEntry("البورصة المصرية تخسر 5 مليارات جنيه", posted.url());
        assertThat(text(posted.message())).contains("2026-11-25 12:00 · المال", "خسرت البورصة المصرية");
    }

    @Test
    void inlineResultsComeInPagesOfFifty() throws IOException {
        try (NewsIndex many = NewsIndex.open(dir.resolve("many")); Chatting big = new Chatting(many, dir.resolve("big"))) {
            for (int i = 0; i < 120; i++) {
                many.upsert(com.nabaa.news.Article.builder().id("gold-" + i).url("https://news.nabaa.example/gold-" + i)
                        .title("سعر الذهب اليوم رقم " + i).published(News.NOW.toInstant().minusSeconds(60L * (i + 1)))
                        .paragraphs(List.of("ارتفع سعر الذهب في السوق المحلية.")).source("نبأ")
                        .language(com.nabaa.news.Language.ARABIC).build());
            }
            many.commit(120);
            Reader reader = new Reader(7, Optional.of("ar"));
            List<String> ids = new ArrayList<>();
            String offset = "";
            int pages = 0;
            do {
                Outgoing.InlineAnswer page = big.inline(reader, "الذهب", offset);
                page.results().forEach(r -> ids.add(r.id()));
                offset = page.nextOffset().orElse("");
                pages++;
            } while (!offset.isEmpty());

            assertThat(pages).isEqualTo(3);
            assertThat(ids).hasSize(120).doesNotHaveDuplicates().startsWith("gold-0", "gold-1");
            assertThat(big.inline(reader, "الذهب", "not-a-number").results()).isEmpty();
        }
    }

    @Test
    void anEmptyInlineQueryShowsTheLatestHeadlines() {
        Outgoing.InlineAnswer latest = chat.inline(new Reader(7, Optional.empty()), "  ", "");

        assertThat(latest.results()).extracting(Outgoing.InlineArticle::url)
                .startsWith("https://news.nabaa.example/aftershock").doesNotContain(FUTURE);
    }
}

package com.nabaa.answer;

import com.nabaa.index.NewsIndex;
import com.nabaa.news.Article;
import com.nabaa.news.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** The clock and the one-paragraph Arabic articles the answer tests index. */
final class TestArticles {
    /** The readers' clock of the answer tests: 25 November 2026, 15:00 in Cairo. */
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    private TestArticles() {
    }

    /** An index on disk in {@code dir} holding {@code news}, committed. */
    static NewsIndex indexed(Path dir, List<Article> news) throws IOException {
        NewsIndex index = NewsIndex.open(dir);
        for (Article a : news) index.upsert(a);
        index.commit(news.size());
        return index;
    }

    /** An Arabic article of one paragraph from the source "نبأ", published at an ISO instant. */
    static Article arabic(String id, String published, String title, String body) {
        return arabic(id, published, title, List.of(body));
    }

    /** An Arabic article of several paragraphs. */
    static Article arabic(String id, String published, String title, List<String> paragraphs) {
        return Article.builder().id(id).url("https://news.nabaa.example/" + id).title(title)
                .published(Instant.parse(published)).paragraphs(paragraphs).source("نبأ")
                .language(Language.ARABIC).build();
    }

    /**
     * {@code n} one-line league reports published in the month {@code yearMonth} ("2018-07"), days 10
     * to 18: other news, so that a question's words weigh as they would in an index of many stories.
     */
    static List<Article> leagueReports(int n, String yearMonth) {
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(arabic("league-" + i, yearMonth + "-1" + (i % 9) + "T08:00:00Z", "نشرة " + i,
                    "انتهت مباراة الأسبوع في الدوري بالتعادل في اللقاء " + i + "."));
        }
        return out;
    }

    /** {@code articles} among {@code others} {@link #leagueReports} of {@code yearMonth}, after them. */
    static List<Article> amongOtherNews(int others, String yearMonth, Article... articles) {
        List<Article> out = new ArrayList<>(leagueReports(others, yearMonth));
        out.addAll(List.of(articles));
        return out;
    }

    /**
     * {@code question} asked at {@code now} of a fresh index in {@code dir} holding {@code stories}
     * among 40 league reports of {@code month} (so that the stories' words are not the whole index's).
     */
    static Answer askAmongLeagueReports(Path dir, String month, String question, ZonedDateTime now, Article... stories)
            throws IOException {
        List<Article> news = new ArrayList<>(List.of(stories));
        news.addAll(leagueReports(40, month));
        return askOver(dir, news, question, now);
    }

    /** {@code question} asked at {@code now} of a fresh index in {@code dir} holding {@code articles}. */
    static Answer askOver(Path dir, List<Article> articles, String question, ZonedDateTime now) throws IOException {
        try (NewsIndex index = NewsIndex.open(dir)) {
            for (Article a : articles) index.upsert(a);
            index.commit(articles.size());
            return new AskService(index).ask(AskRequest.of(question, now, 3));
        }
    }
}

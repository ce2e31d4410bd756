package com.nabaa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nabaa.index.NewsIndex;
import com.nabaa.index.PassageHit;
import com.nabaa.store.ArticleStore;
import com.nabaa.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Other stories' teasers at the foot of a page are not indexed as the page's text: a page on
 * Sudan's inflation that closes with the lead of the Emirates' central bank story is not found by
 * the central bank's words. The store keeps the page as it came.
 */
class FootTeasersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DESK = "دبي، الإمارات العربية المتحدة (CNN)-- ";
    private static final String BANK_SUMMARY = "كشف مصرف الإمارات المركزي، عن ارتفاع أسعار الفائدة على التعاملات "
            + "بالدرهم بين البنوك الإيبور منذ بداية العام.";
    private static final String BANK_WORDS = "الإيبور بالدرهم";

    @TempDir
    Path dir;

    private static String page(String id, String source, String title, String... paragraphs) throws IOException {
        return JSON.writeValueAsString(Map.of("id", id, "url", "https://news.example/" + id, "title", title,
                "body", String.join("\n", paragraphs), "date", "2026-10-11T19:00:00+00:00", "source", source,
                "category", "economy"));
    }

    private static String bank() throws IOException {
        return page("bank", "CNN", "ارتفاع الإيبور في الإمارات", DESK + BANK_SUMMARY,
                "وقال محلل مالي إن الأفراد هم أكثر المستفيدين من ارتفاع الفائدة.");
    }

    private static String sudan(String id, String foot) throws IOException {
        return page(id, "CNN", "التضخم يتجاوز 100% في ولاية سودانية",
                DESK + "قفز معدل التضخم في السودان إلى 68% خلال شهر سبتمبر الماضي، وفقا لبيانات الجهاز المركزي للإحصاء.",
                "ولفت إلى أن ولاية البحر الأحمر سجلت أعلى معدل للتضخم بعد أن تجاوز المعدل نسبة 100%.",
                foot);
    }

    private static List<String> found(IngestFixture f) {
        return f.search(BANK_WORDS, 10).stream().map(PassageHit::articleId).distinct().toList();
    }

    @Test
    void anotherStorysTeaserAtAPagesFootIsNotIndexedButIsStored() throws IOException {
        try (IngestFixture f = new IngestFixture(dir)) {
            f.ingest(f.write("bank.jsonl", bank()).toString());
            f.ingest(f.write("sudan.jsonl", sudan("sudan", BANK_SUMMARY)).toString());

            assertThat(found(f)).containsExactly("bank");
            assertThat(f.search("التضخم السودان البحر الأحمر", 5)).extracting(PassageHit::articleId).contains("sudan");
            assertThat(f.store.find("sudan").orElseThrow().paragraphs()).hasSize(3).last().isEqualTo(BANK_SUMMARY);
        }
    }

    @Test
    void aParagraphWithItsOwnDatelineOrAnotherOutletsLeadIsThePagesText() throws IOException {
        try (IngestFixture f = new IngestFixture(dir)) {
            f.ingest(f.write("bank.jsonl", bank()).toString());
            // The same story told again opens like it, with the desk's dateline; another outlet may run the wire's words.
            f.ingest(f.write("more.jsonl", sudan("retold", DESK + BANK_SUMMARY),
                    page("wire", "skynews", "ارتفاع الفائدة بين البنوك في الإمارات", "قال محللون إن الفائدة ترتفع منذ بداية العام.",
                            BANK_SUMMARY)).toString());

            assertThat(found(f)).containsExactlyInAnyOrder("bank", "retold", "wire");
        }
    }

    @Test
    void aTeaserOfAStoryThatArrivesLaterLeavesThePageWhenTheIndexIsRebuilt() throws IOException {
        try (IngestFixture f = new IngestFixture(dir)) {
            f.ingest(f.write("sudan.jsonl", sudan("sudan", BANK_SUMMARY)).toString());
            f.ingest(f.write("bank.jsonl", bank()).toString());

            assertThat(found(f)).containsExactlyInAnyOrder("bank", "sudan");
        }
        try (Database db = Database.open(dir.resolve("nabaa.db")); NewsIndex index = NewsIndex.open(dir.resolve("index"))) {
            assertThat(IndexSync.rebuild(new ArticleStore(db), index, Runnable::run)).isEqualTo(2);
        }
        try (IngestFixture f = new IngestFixture(dir)) {
            assertThat(found(f)).containsExactly("bank");
        }
    }
}

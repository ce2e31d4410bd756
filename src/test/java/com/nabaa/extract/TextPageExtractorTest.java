package com.nabaa.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nabaa.news.Language;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextPageExtractorTest {
    private final TextPageExtractor extractor = new TextPageExtractor();

    private ExtractedPage seedShaped() throws NoArticleException {
        return extractor.extract(Fixtures.read("seed-shaped-ar.txt"), "saved/fishing.txt");
    }

    @Test
    void theSiteHeadersAjelRibbonIsNeitherTheHeadlineNorABreakingMark() throws Exception {
        ExtractedPage page = seedShaped();
        assertThat(page.title()).isEqualTo("سباق مع الزمن.. هل تنجح المفاوضات في إنقاذ موسم الصيد؟");
        assertThat(page.breaking()).as("the ribbon above the saved date and masthead is on every page of the site")
                .isFalse();
    }

    @Test
    void anAjelRibbonRightAboveTheHeadlineMarksTheStoryAsBreaking() throws Exception {
        ExtractedPage page = extractor.extract("""
                السبت 14 يونيو 2025 الموافق 18 ذو الحجة 1446
                عاجل
                انفجار خط غاز في مدينة العاشر من رمضان
                أعلنت هيئة الدفاع المدني السيطرة على حريق نتج عن انفجار خط غاز صباح اليوم.
                """, "saved/gas.txt");
        assertThat(page.title()).isEqualTo("انفجار خط غاز في مدينة العاشر من رمضان");
        assertThat(page.breaking()).isTrue();
    }

    @Test
    void doesNotTakeTheSavedDayHeaderAsPublicationDate() throws Exception {
        ExtractedPage page = seedShaped();
        assertThat(page.published()).isEmpty();
        assertThat(String.join("\n", page.paragraphs())).doesNotContain("الموافق");
    }

    @Test
    void dropsMastheadWithEditorName() throws Exception {
        assertThat(String.join("\n", seedShaped().paragraphs())).doesNotContain("رئيس التحرير", "كمال الشريف");
    }

    @Test
    void dropsCaptionPrintedTwice() throws Exception {
        assertThat(String.join("\n", seedShaped().paragraphs())).doesNotContain("قارب صيد في الميناء");
    }

    @Test
    void keepsSubheadingsAsParagraphs() throws Exception {
        assertThat(seedShaped().paragraphs()).contains("\"الحصص\": نقطة الخلاف الرئيسية", "ماذا بعد؟");
    }

    @Test
    void dropsTrailingFollowTheSiteLine() throws Exception {
        ExtractedPage page = seedShaped();
        assertThat(page.paragraphs()).hasSize(7);
        assertThat(page.paragraphs().get(page.paragraphs().size() - 1)).startsWith("يتوقع مراقبون");
        assertThat(page.language()).isEqualTo(Language.ARABIC);
    }

    @Test
    void takesPublicationDateFromPublishedLine() throws Exception {
        ExtractedPage page = extractor.extract(Fixtures.read("en-plain.txt"), "saved/ferry.txt");
        assertThat(page.published().map(p -> p.toLocalDate())).contains(LocalDate.of(2022, 3, 3));
    }

    @Test
    void takesFirstNonBoilerplateLineAsEnglishTitle() throws Exception {
        ExtractedPage page = extractor.extract(Fixtures.read("en-plain.txt"), "saved/ferry.txt");
        assertThat(page.title()).isEqualTo("Harbor ferry service to resume after winter break");
        assertThat(page.paragraphs()).hasSize(2);
        assertThat(page.breaking()).isFalse();
        assertThat(page.language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void aRunOfTickerItemsAboveTheSiteHeaderIsNeitherTheHeadlineNorABreakingMark() throws Exception {
        ExtractedPage page = extractor.extract("""
                عاجل: زلزال بقوة 5 درجات يضرب جزيرة كريت
                عاجل: البنك المركزي يثبت أسعار الفائدة
                السبت 14 يونيو 2025 الموافق 18 ذو الحجة 1446
                رئيس التحرير
                كمال الشريف
                افتتاح محطة تحلية جديدة في مدينة الواحة
                افتتح محافظ الواحة صباح اليوم محطة جديدة لتحلية مياه البحر بطاقة خمسين ألف متر مكعب يوميا.
                """, "saved/desal.txt");
        assertThat(page.title()).isEqualTo("افتتاح محطة تحلية جديدة في مدينة الواحة");
        assertThat(page.breaking()).isFalse();
        assertThat(String.join("\n", page.paragraphs())).doesNotContain("كريت", "الفائدة");
    }

    @Test
    void aSingleTickerItemAboveTheSiteHeaderIsTheSites() throws Exception {
        ExtractedPage page = extractor.extract("""
                Breaking: Storm closes the coastal highway
                Saturday, 14 June 2025
                Harbor ferry service to resume after winter break
                The harbor ferry will resume its regular schedule on Saturday after a three-month winter break.
                """, "saved/ferry.txt");
        assertThat(page.title()).isEqualTo("Harbor ferry service to resume after winter break");
        assertThat(page.breaking()).isFalse();
    }

    @Test
    void aMarkInFrontOfTheHeadlineMarksTheStoryAndLeavesTheHeadline() throws Exception {
        ExtractedPage page = extractor.extract("""
                السبت 14 يونيو 2025 الموافق 18 ذو الحجة 1446
                عاجل: انفجار خط غاز في مدينة العاشر من رمضان
                أعلنت هيئة الدفاع المدني السيطرة على حريق نتج عن انفجار خط غاز صباح اليوم.
                """, "saved/gas.txt");
        assertThat(page.title()).isEqualTo("انفجار خط غاز في مدينة العاشر من رمضان");
        assertThat(page.breaking()).isTrue();
    }

    @Test
    void namesTheSourceFromTheFollowTheSiteLine() throws Exception {
        assertThat(seedShaped().siteName()).isEqualTo("الخبر اليوم");
    }

    @Test
    void namesTheSourceFromAFollowLineThatNamesAPortal() throws Exception {
        ExtractedPage page = extractor.extract(Fixtures.read("seed-shaped-ar.txt")
                .replace("تابع موقع الخبر اليوم علي", "تابعوا بوابة النهار على فيسبوك"), "saved/fishing.txt");
        assertThat(page.siteName()).isEqualTo("بوابة النهار");
    }

    @Test
    void doesNotTakeASentenceOpeningWithFollowedAsTheSourceName() throws Exception {
        ExtractedPage page = extractor.extract(Fixtures.read("seed-shaped-ar.txt")
                .replace("تابع موقع الخبر اليوم علي", "تابع الوزير حديثه عن الحصص على هامش الاجتماع"), "saved/fishing.txt");
        assertThat(page.siteName()).isEmpty();
    }

    @Test
    void namesTheSourceFromTheRightsLine() throws Exception {
        ExtractedPage page = extractor.extract(Fixtures.read("en-plain.txt")
                + "\n© 2022 The Riverside Ledger. All rights reserved.\n", "saved/ferry.txt");
        assertThat(page.siteName()).isEqualTo("The Riverside Ledger");
        ExtractedPage arabic = extractor.extract(Fixtures.read("seed-shaped-ar.txt")
                .replace("تابع موقع الخبر اليوم علي", "جميع الحقوق محفوظة لموقع الخبر اليوم"), "saved/fishing.txt");
        assertThat(arabic.siteName()).isEqualTo("الخبر اليوم");
    }

    @Test
    void namesTheSourceFromAnAddressOnThePageOrItsOwnLocation() throws Exception {
        ExtractedPage page = extractor.extract(Fixtures.read("en-plain.txt")
                + "\nhttps://www.ledger.example/news/ferry-resumes\n", "saved/ferry.txt");
        assertThat(page.siteName()).isEqualTo("ledger.example");
        assertThat(extractor.extract(Fixtures.read("en-plain.txt"), "https://www.ledger.example/ferry.txt").siteName())
                .isEqualTo("ledger.example");
    }

    @Test
    void refusesTextWithOnlyRibbonAndDate() {
        assertThatThrownBy(() -> extractor.extract("عاجل\nالسبت 14 يونيو 2025 الموافق 18 ذو الحجة 1446\n", "x.txt"))
                .isInstanceOf(NoArticleException.class).hasMessageContaining("x.txt");
    }
}

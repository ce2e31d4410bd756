package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.amongOtherNews;
import static com.nabaa.answer.TestArticles.arabic;
import static com.nabaa.answer.TestArticles.askOver;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import com.nabaa.news.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers type joined what news writes apart: a name that opens with أبو or عبد as one word
 * ("ابوتريكة"), news writes it as two ("أبو تريكة"), and sometimes joined too; the Levant and the Gulf
 * join "this" to a noun ("هالمهندس": this engineer) and "on the" ("عالبوست": على البوست), news writes
 * the noun with its article. The story
 * written either way answers, and is not said to lack the reader's word.
 */
class JoinedNameTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2018, 5, 2, 8, 0, 0, 0, ZoneId.of("Africa/Cairo"));

    @TempDir
    Path dir;

    @Test
    void aNameTypedJoinedFindsTheStoryThatWritesItAsTwoWords() throws IOException {
        Answer a = askOver(dir, amongOtherNews(40, "2018-04",
                arabic("listed", "2018-05-01T16:00:00Z", "محكمة مصرية تدرج محمد أبو تريكة مجددا على قائمة الإرهابيين",
                        "أصدرت محكمة جنايات القاهرة حكما بإدراج 1529 شخصا على قائمة الإرهابيين لمدة خمس سنوات من بينهم محمد أبو تريكة."),
                arabic("tweet", "2018-04-20T10:00:00Z", "أبوتريكة ينشر تغريدة بأعلام مصر",
                        "نشر اللاعب السابق أبوتريكة تغريدة على تويتر احتفالا بالمنتخب.")),
                "هو ابوتريكة اتحط على قايمة الارهاب تاني؟ المرة دي لمدة قد ايه؟", NOW);

        assertThat(a.noAnswer()).isFalse();
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("listed");
        // the name counts as covered: the story is not said to lack it
        assertThat(a.stories().get(0).missing()).doesNotContain("ابوتريكة");
        assertThat(a.stories().get(0).coverage()).isGreaterThan(0.6f);
    }

    @Test
    void thisJoinedToANounIsTheNounTheNewsWritesWithItsArticle() throws IOException {
        Answer a = askOver(dir, amongOtherNews(40, "2018-04",
                arabic("app", "2018-05-01T16:00:00Z", "مهندس فلسطيني يطلق أول تطبيق سري للتواصل الاجتماعي",
                        "أطلق المهندس الفلسطيني أحمد بطو تطبيقا سريا للتواصل الاجتماعي، وقال المهندس إن التطبيق يحمي الخصوصية."),
                arabic("bridge", "2018-04-10T10:00:00Z", "افتتاح جسر جديد في عمان",
                        "قال المهندس المشرف على المشروع إن الجسر يخفف الازدحام."),
                arabic("dam", "2018-04-11T10:00:00Z", "سد جديد في الأردن",
                        "أوضح المهندس المسؤول أن السد يخزن مياه الأمطار."),
                arabic("tower", "2018-04-12T10:00:00Z", "برج سكني في دبي",
                        "صمم المهندس المعماري البرج على شكل شراع.")),
                "شو التطبيق اللي طلعو هالمهندس الفلسطيني؟", NOW);

        assertThat(a.noAnswer()).isFalse();
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("app");
        assertThat(a.stories().get(0).missing()).doesNotContain("هالمهندس");
        // the reader's هالمهندس counts as the story's المهندس: the story covers the whole question
        assertThat(a.stories().get(0).coverage()).isGreaterThan(0.9f);
    }

    @Test
    void onTheJoinedToANounIsTheNounTheNewsWritesWithItsArticle() throws IOException {
        Answer a = askOver(dir, amongOtherNews(40, "2018-04",
                arabic("rich", "2018-05-01T16:00:00Z", "كايلي جينر تتصدر قائمة إنستغرام لأغنى الشخصيات",
                        "تتقاضى كايلي جينر مليون دولار على البوست الواحد في إنستغرام، بحسب قائمة نشرها موقع متخصص."),
                arabic("selfie", "2018-04-10T10:00:00Z", "نجمة تنشر صورة جديدة",
                        "نشرت النجمة صورة على إنستغرام حصدت مليون إعجاب، وحذفت البوست بعد ساعة."),
                arabic("post", "2018-04-12T10:00:00Z", "لاعب يعتذر عن منشور",
                        "اعتذر اللاعب عن البوست الذي نشره على فيسبوك، وقال إن البوست فهم خطأ."),
                arabic("ad", "2018-04-14T10:00:00Z", "إعلانات المشاهير",
                        "يدفع المعلنون للمشاهير مقابل البوست أو التغريدة الواحدة.")),
                "كايلي جينر كم تاخذ عالبوست؟", NOW);

        assertThat(a.noAnswer()).isFalse();
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("rich");
        assertThat(a.missing()).doesNotContain("عالبوست");
        assertThat(a.stories().get(0).coverage()).isGreaterThan(0.9f);
    }

    @Test
    void aJoinedNameLateInALongQuestionStillCountsAsTheTwoWordsTheStoryWrites() throws IOException {
        // Many pages write the king's name joined, so the index knows عبدالعزيز well; the camel story
        // writes it apart. The name is the ninth word the question searches: spellings were tried only
        // for the first six, and the story was refused as lacking it.
        List<Article> pages = new ArrayList<>();
        pages.add(arabic("camels", "2018-01-24T16:18:00Z", "مطالبات بعقوبات مشددة على غشاشي إبل البوتوكس في السعودية",
                "وكان مهرجان الملك عبد العزيز للإبل قد استبعد 12 من الإبل الفائزة في مسابقة جمال بعد أن تبين"
                        + " لجوء أصحابها إلى حقنها بالبوتوكس."));
        String[] places = {"ميناء", "جامعة", "مطار", "مستشفى", "مكتبة", "مدينة"};
        for (int i = 0; i < 36; i++) {
            String place = places[i % places.length];
            pages.add(arabic("kingdom-" + i, "2018-01-%02dT10:00:00Z".formatted(1 + i % 20),
                    place + " الملك عبدالعزيز يعلن خطة جديدة رقم " + i,
                    "أعلن " + place + " الملك عبدالعزيز في جدة خطة جديدة للعام رقم " + i + "."));
        }
        Answer a = askOver(dir, amongOtherNews(40, "2018-01", pages.toArray(Article[]::new)),
                "كم عدد الإبل اللي استبعدوها من مسابقة جمال الإبل بمهرجان الملك عبدالعزيز بسبب البوتوكس؟", NOW);

        assertThat(a.noAnswer()).isFalse();
        assertThat(a.stories()).extracting(Story::articleId).first().isEqualTo("camels");
        assertThat(a.stories().get(0).missing()).doesNotContain("عبدالعزيز");
    }
}

package com.nabaa.conversation;

import com.nabaa.news.Article;
import com.nabaa.news.Language;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** The invented news the conversation tests talk about, and their clock: 25 November 2026, 15:00 in Cairo. */
final class News {
    static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, CAIRO);

    static final List<Article> ARTICLES = List.of(
            arabic("metro-ahram", "الأهرام", "egypt", at(24, 9), false, "افتتاح الخط الرابع لمترو القاهرة",
                    "افتتح رئيس الوزراء صباح الثلاثاء المرحلة الأولى من الخط الرابع لمترو القاهرة.",
                    "وتضم المرحلة الأولى ست محطات. وقال وزير النقل إن سعر تذكرة الخط الرابع يبدأ من ثمانية جنيهات.",
                    "ومن المنتظر أن ينقل الخط نحو نصف مليون راكب يوميا عند اكتمال مراحله."),
            arabic("metro-shorouk", "الشروق", "egypt", at(24, 12), false, "افتتاح الخط الرابع لمترو القاهرة رسميا",
                    "شهدت العاصمة اليوم افتتاح المرحلة الأولى من الخط الرابع للمترو.",
                    "وأعلن وزير النقل أن القطارات تعمل من الخامسة صباحا."),
            arabic("quake", "وكالة الأنباء", "internationalNews", at(25, 13), true, "زلزال بقوة 5.8 درجات يضرب جزيرة كريت",
                    "ضرب زلزال بقوة 5.8 درجات جزيرة كريت اليونانية ظهر اليوم. وشعر به سكان الإسكندرية. "
                            + "ولم ترد أنباء عن إصابات."),
            arabic("aftershock", "الشروق", "internationalNews", at(25, 14), false, "هزة ارتدادية تضرب جزيرة كريت بعد الزلزال",
                    "ضربت هزة ارتدادية جزيرة كريت بعد ساعة من الزلزال. وقالت السلطات إن الأضرار محدودة."),
            arabic("damietta", "المال", "egypt", at(25, 10), true, "إغلاق ميناء دمياط بسبب سوء الأحوال الجوية",
                    "أعلنت هيئة ميناء دمياط إغلاق الميناء أمام حركة الملاحة بسبب ارتفاع الأمواج."),
            arabic("bourse-1", "المال", "economy", at(25, 12), false, "البورصة المصرية تخسر 5 مليارات جنيه",
                    "خسرت البورصة المصرية خمسة مليارات جنيه في تعاملات الأربعاء."),
            arabic("bourse-2", "الأهرام", "economy", at(24, 16), false, "البورصة تربح 12 مليار جنيه في ختام التعاملات",
                    "ربحت البورصة المصرية 12 مليار جنيه في ختام تعاملات الثلاثاء."),
            arabic("bourse-3", "الشروق", "economy", at(21, 11), false, "أسهم البنوك تقود مؤشر البورصة",
                    "قادت أسهم البنوك البورصة المصرية إلى أعلى مستوى لها منذ عامين."),
            arabic("bourse-4", "المال", "economy", at(17, 11), false, "طرح حصة من شركة الاتصالات في البورصة",
                    "أعلنت الحكومة طرح حصة من شركة الاتصالات في البورصة المصرية مطلع العام المقبل."),
            arabic("bourse-5", "الأهرام", "economy", at(12, 11), false, "رئيس البورصة يلتقي المستثمرين الأجانب",
                    "التقى رئيس البورصة المصرية وفدا من المستثمرين الأجانب لبحث فرص الطرح."),
            arabic("derby", "الأهرام", "sport", at(22, 22), false, "الأهلي يفوز على الزمالك بهدفين في الدوري",
                    "فاز الأهلي على الزمالك بهدفين نظيفين في المباراة التي أقيمت على استاد القاهرة."),
            arabic("team", "الشروق", "sport", at(23, 20), false, "منتخب مصر يستعد لمباراة كأس العرب",
                    "بدأ منتخب مصر معسكره استعدادا لمباراة كأس العرب الأسبوع المقبل."),
            // A band back on stage: the lead story names no one; the second names its leader, as its قائد.
            arabic("band-return", "الأهرام", "culture", at(24, 18), false, "فرقة الجيتس تعود إلى المسرح بعد عشر سنوات",
                    "عادت فرقة الجيتس إلى المسرح في حفل كبير بالقاهرة بعد غياب عشر سنوات."),
            arabic("band-leader", "الشروق", "culture", at(24, 20), false, "بقيادة عمرو سامي.. الجيتس تعود للغناء",
                    "عادت فرقة الجيتس للغناء بقيادة قائدها عمرو سامي الذي وعد جمهورها بعودتها قبل عامين."),
            english("wheat", "Egypt Today", at(23, 10), "Egypt's wheat harvest beats forecasts",
                    "Egypt harvested 10 million tonnes of wheat this season, the agriculture ministry said."),
            // Published after the tests' clock: never shown.
            arabic("bourse-future", "المال", "economy", at(26, 10), true, "البورصة المصرية تفتتح تعاملات الخميس على ارتفاع",
                    "افتتحت البورصة المصرية تعاملات الخميس على ارتفاع."));

    private News() {
    }

    static Instant at(int novemberDay, int hour) {
        return ZonedDateTime.of(2026, 11, novemberDay, hour, 0, 0, 0, CAIRO).toInstant();
    }

    private static Article arabic(String id, String source, String category, Instant published, boolean breaking,
                                  String title, String... paragraphs) {
        return article(id, source, category, published, breaking, Language.ARABIC, title, paragraphs);
    }

    private static Article english(String id, String source, Instant published, String title, String... paragraphs) {
        return article(id, source, "", published, false, Language.ENGLISH, title, paragraphs);
    }

    private static Article article(String id, String source, String category, Instant published, boolean breaking,
                                   Language language, String title, String... paragraphs) {
        return Article.builder().id(id).url("https://news.nabaa.example/" + id).title(title).published(published)
                .paragraphs(List.of(paragraphs)).source(source).category(category).language(language)
                .breaking(breaking).build();
    }
}

package com.nabaa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only the article's running text is quoted: one test per kind of line a page prints around it. */
class RunningTextTest {
    private static final String PROSE = "وتزوج الأمير هاري من ميغان ماركل السبت في قصر ويندسور.";

    @Test
    void keepsTheSentencesOfTheStory() {
        assertThat(RunningText.sentences(PROSE + " وحضر الحفل عدد كبير من النجوم."))
                .containsExactly(PROSE, "وحضر الحفل عدد كبير من النجوم.");
    }

    @Test
    void aFigureTypedAgainstItsWordIsShownApartFromIt() {
        assertThat(RunningText.sentences("لقي اليوم الأحد 14شخصا مصرعهم في هجوم انتحاري عند مدخل مطار كابول الدولي."))
                .containsExactly("لقي اليوم الأحد 14 شخصا مصرعهم في هجوم انتحاري عند مدخل مطار كابول الدولي.");
        // a unit's or an era's letters stay with their figure
        assertThat(RunningText.sentences("وافتتح الجسر عام 1917م بطول 200كم بين المدينتين الكبيرتين في الشمال."))
                .containsExactly("وافتتح الجسر عام 1917م بطول 200كم بين المدينتين الكبيرتين في الشمال.");
    }

    @Test
    void dropsALinkListWithTheHeadlinesGluedToIt() {
        assertThat(RunningText.sentences("اقرأ أيضاً: التفاصيل الكاملة لحكاية الرئيس مع الممثلة عارضة سابقة \"حرة في"
                + " التحدث\" ترامب يصف تفتيش مكتب محاميه بأنه اعتداء. " + PROSE)).containsExactly(PROSE);
        assertThat(RunningText.isProse("إقرأ أيضا هل عجلت رحلة شامبليون إلى مصر بوفاته؟")).isFalse();
        assertThat(RunningText.isProse("شاهد أيضا: الأمير وليام والأميرة كيت يغادران المستشفى برفقة ابنتهما.")).isFalse();
        assertThat(RunningText.isProse("للمزيد - مونديال 2018: عودة على التغطية المباشرة لمباراة كرواتيا وإنكلترا.")).isFalse();
        assertThat(RunningText.isProse("اقرأ المزيد... إسرائيل ترفض لجنة تحقيق أممية في أحداث غزة")).isFalse();
    }

    @Test
    void dropsCreditsAndCaptions() {
        assertThat(RunningText.isProse("*نقلاً عن الرياضية السعودية")).isFalse();
        assertThat(RunningText.isProse("فرانس24/ أ ف ب")).isFalse();
        assertThat(RunningText.isProse("(رويترز)")).isFalse();
        assertThat(RunningText.isProse("صورة أرشيفية للرئيس خلال زيارة سابقة إلى القاهرة.")).isFalse();
        assertThat(RunningText.isProse("مصدر الصورة Getty Images")).isFalse();
        assertThat(RunningText.isProse("تصوير: محمد علي من موقع الحادث في وسط المدينة.")).isFalse();
    }

    @Test
    void dropsTheSitesOwnLines() {
        assertThat(RunningText.isProse("يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي"
                + " على هاتفكم المحمول.")).isFalse();
        assertThat(RunningText.isProse("** جميع المقالات المنشورة تمثل رأي كتابها فقط.")).isFalse();
        assertThat(RunningText.isProse("التوقيت: غرينتش + 3 ساعات.")).isFalse();
        assertThat(RunningText.isProse("----------------------------------------")).isFalse();
    }

    @Test
    void dropsSubHeadingsAndListItems() {
        assertThat(RunningText.isProse("الجزء الاول الجزء التاني.")).isFalse();
        assertThat(RunningText.isProse("1-لوكا مودريتش")).isFalse();
        assertThat(RunningText.isProse("الافتتاح: 2018")).isFalse();
        assertThat(RunningText.isProse("أزمة كوريا الشمالية في سطور")).isFalse();
    }

    @Test
    void dropsRelatedHeadlinesRunTogetherWithoutAStop() {
        assertThat(RunningText.isProse("وفاة الروائية البريطانية دوريس ليسنغ الفائزة بنوبل عن 94 عاما"
                + " وفاة الكاتبة المتوجة بجائزة نوبل للآداب نادين غورديمر")).isFalse();
        assertThat(RunningText.isProse("قال الوزير إن الحكومة ستدرس الطلب وقال إنها سترد خلال أسبوع"))
                .as("a sentence whose verb comes back with its و").isTrue();
        assertThat(RunningText.isProse("وفاة الروائية البريطانية دوريس ليسنغ الفائزة بنوبل عن 94 عاما"
                + " بعد وفاة زوجها بعامين.")).as("with its stop, a sentence").isTrue();
        assertThat(RunningText.isProse("في عام 1955 تم التعاقد مع المهندس لوضع خطة ثانية أدت إلى تشييد المباني في الشمال؛"))
                .as("a particle that comes back, a semicolon at the end").isTrue();
    }

    @Test
    void aShortSentenceWithItsStopIsProse() {
        assertThat(RunningText.isProse("وفاز ليفربول على روما مساء أمس.")).isTrue();
    }

    @Test
    void cutsTheCnnDatelineOff() {
        assertThat(RunningText.sentences("دبي، الإمارات العربية المتحدة (CNN)-- أصدرت السعودية وبريطانيا بيانا مشتركا."))
                .containsExactly("أصدرت السعودية وبريطانيا بيانا مشتركا.");
        assertThat(RunningText.sentences("(CNN)-- فيديو يظهر لحظة افتتاح السفارة الأمريكية رسميا في القدس."))
                .containsExactly("فيديو يظهر لحظة افتتاح السفارة الأمريكية رسميا في القدس.");
    }

    @Test
    void splitsATeaserFromTheSentenceTheDatelineStarts() {
        assertThat(RunningText.sentences("كلمات البرادعي الحائز على جائزة نوبل للسلام جاءت في رسالة على تويتر الجمعة دبي، الإمارات العربية المتحدة"
                + " (CNN)-- أعلنت لجنة نوبل فوز نادية مراد بالجائزة."))
                .containsExactly("كلمات البرادعي الحائز على جائزة نوبل للسلام جاءت في رسالة على تويتر الجمعة", "أعلنت لجنة نوبل فوز نادية مراد بالجائزة.");
    }

    @Test
    void aShortLineWithoutAFinalStopReadsAsAHeadline() {
        assertThat(RunningText.readsAsHeadline("كرواتيا تهزم إنجلترا 2-1 وتتأهل لنهائي كأس العالم 2018")).isTrue();
        assertThat(RunningText.readsAsHeadline("فازت كرواتيا على إنجلترا 2-1 في نصف النهائي.")).isFalse();
        assertThat(RunningText.readsAsHeadline("وخسر فريق الأسود الثلاثة أمام كرواتيا بهدفين مقابل هدف يوم الأربعاء بعد"
                + " التقدم المبكر بهدف لكن كرواتيا تعادلت في الشوط الثاني")).as("long: a sentence cut short").isFalse();
    }
}

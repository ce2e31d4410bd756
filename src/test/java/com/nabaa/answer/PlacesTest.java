package com.nabaa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The countries and cities a text names, in their forms, and when a story tells of somewhere else. */
class PlacesTest {
    private static Set<String> names(String text) {
        return Places.namedIn(text).stream().map(Places.Place::name).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aPlaceIsNamedWithTheArticleAConjunctionAPrepositionOrAsANisba() {
        assertThat(names("معرض الكويت الدولي")).containsExactly("الكويت");
        assertThat(names("والكويتيون بالبحرين")).containsExactlyInAnyOrder("الكويت", "البحرين");
        assertThat(names("للسعودية")).containsExactly("السعودية");
        assertThat(names("الانتخابات النيابية البحرينية")).containsExactly("البحرين");
        assertThat(names("بلبنان وفي بغداد")).containsExactlyInAnyOrder("لبنان", "بغداد");
    }

    @Test
    void wordsThatOnlyLookLikePlacesNameNone() {
        // أقصر "shorter" is no الأقصر; جزائر "islands" no الجزائر; North America is no United States
        assertThat(names("أقصر طريق بين جزائر المحيط")).isEmpty();
        assertThat(names("المستوطنون في أمريكا الشمالية")).isEmpty();
        // a language: بالفرنسية، اللغة الألمانية
        assertThat(names("كتب بالفرنسية وترجم إلى اللغة الألمانية")).isEmpty();
        assertThat(names("الحكومة الفرنسية")).containsExactly("فرنسا");
        // الجدة is a grandmother, جدة the city
        assertThat(names("حلوى رماد الجدة")).isEmpty();
        assertThat(names("أمطار غزيرة في جدة")).containsExactly("جدة");
        // after a place, وجدة is "and Jeddah"; alone it is Oujda
        assertThat(names("ميادين ينبع وجدة")).containsExactlyInAnyOrder("ينبع", "جدة");
        assertThat(names("مهرجان وجدة")).containsExactly("وجدة");
    }

    @Test
    void theMaghrebsAndTheGulfsTownsStandForTheirCountries() {
        assertThat(Places.elsewhere(Places.namedIn("مهرجان الحمامات الدولي"),
                Places.namedIn("عودة مهرجان السينما العربية في باريس بعد غياب"))).isTrue();
        assertThat(names("مهرجان الحمامات الدولي")).containsExactly("الحمامات");
        // a bath is no town: Hammamet is named with its article
        assertThat(names("حمامات السباحة")).isEmpty();
        assertThat(names("أمطار في القصيم وحائل")).containsExactlyInAnyOrder("القصيم", "حائل");
    }

    @Test
    void aStoryNamingOnlyOtherPlacesTellsOfSomewhereElse() {
        Set<Places.Place> kuwait = Places.namedIn("متى يبدأ معرض الكويت الدولي للكتاب؟");

        assertThat(Places.elsewhere(kuwait, Places.namedIn("بدء معرض البحرين الدولي للكتاب والسعودية ضيف الشرف"))).isTrue();
        assertThat(Places.elsewhere(kuwait, Places.namedIn("معرض الكتاب في الكويت يفتتح بمشاركة البحرين"))).isFalse();
        // a story that names no place says nothing either way
        assertThat(Places.elsewhere(kuwait, Places.namedIn("معرض الكتاب يفتتح أبوابه غدا"))).isFalse();
    }

    @Test
    void aCityAndItsCountryStandForEachOther() {
        Set<Places.Place> tanta = Places.namedIn("متحف طنطا");

        assertThat(Places.elsewhere(tanta, Places.namedIn("افتتاح متحف في مصر"))).isFalse();
        assertThat(Places.elsewhere(Places.namedIn("في مصر"), Places.namedIn("افتتاح متحف في القاهرة"))).isFalse();
        // another city of the same country is somewhere else
        assertThat(Places.elsewhere(tanta, Places.namedIn("افتتاح متحف في الإسكندرية"))).isTrue();
    }

    @Test
    void aCityIsMetByItsCountryOnlyWhenTheStoryLeadsWithIt() {
        Set<Places.Place> tanta = Places.namedIn("متحف طنطا");
        Set<Places.Place> brazilLead = Places.namedIn("حريق يدمر المتحف الوطني في البرازيل");
        Set<Places.Place> whole = Places.namedIn("حريق يدمر المتحف الوطني في البرازيل وفيه آثار مصرية");

        assertThat(Places.elsewhere(tanta, whole, brazilLead)).isTrue();
        assertThat(Places.elsewhere(tanta, whole, whole)).isFalse();
        // a country asked is met by its city, and a place by itself, anywhere in the story
        assertThat(Places.elsewhere(Places.namedIn("في مصر"), Places.namedIn("البرازيل والقاهرة"), brazilLead)).isFalse();
        assertThat(Places.elsewhere(tanta, Places.namedIn("البرازيل وطنطا"), brazilLead)).isFalse();
    }

    @Test
    void aScottishCityIsMetByScotlandInTheLeadAndTheTurksByTurkey() {
        // the story misspells Edinburgh (انبره) and leads with "the Scottish capital"
        var edinburgh = Places.namedIn("قديش واحد تظاهروا مبارح بإدنبره يطالبوا باستقلال اسكتلندا؟");
        var lead = Places.namedIn("تظاهرة حاشدة للمطالبة باستقلال أسكتلندا. تظاهر نحو 20 ألف شخص في العاصمة الأسكتلندية انبره");
        assertThat(Places.elsewhere(edinburgh, lead, lead)).isFalse();
        assertThat(Places.elsewhere(Places.namedIn("مظاهرة في إدنبرة"), Places.namedIn("مظاهرة في برمنغهام"))).isTrue();
        assertThat(names("الممثل التركي")).containsExactly("تركيا");
        assertThat(names("الأمير تركي الفيصل")).as("Turki is a name without the article").isEmpty();
    }

    @Test
    void theWorldsCapitalsAndBigCitiesAreNamedToo() {
        assertThat(names("تحطم طائرة قبالة جاكرتا")).containsExactly("جاكرتا");
        assertThat(Places.elsewhere(Places.namedIn("طائرة سقطت قبالة جاكرتا"),
                Places.namedIn("سلطات الطيران الأمريكية تأمر بفحص المحركات"))).isTrue();
        assertThat(names("الحكومة النمساوية في فيينا")).containsExactlyInAnyOrder("فيينا", "النمسا");
    }

    @Test
    void theCaucasusAfricaAndLatinAmericaAreNamedToo() {
        Set<Places.Place> georgia = Places.namedIn("امبارح كان في حريق بمركز علاج ادمان بجورجيا؟");

        assertThat(names("حريق بمركز علاج ادمان بجورجيا")).containsExactly("جورجيا");
        assertThat(Places.elsewhere(georgia, Places.namedIn("مقتل 24 شخصا في حريق بمركز لتأهيل المدمنين في باكو عاصمة أذربيجان"))).isTrue();
        assertThat(names("انفجار في مقديشو")).containsExactly("مقديشو");
        assertThat(Places.elsewhere(Places.namedIn("انفجار في الصومال"), Places.namedIn("انفجار في مقديشو"))).isFalse();
        assertThat(names("الرئيس التشيلي في بوليفيا")).containsExactlyInAnyOrder("تشيلي", "بوليفيا");
    }

    @Test
    void durbanAsReadersSpellItIsInSouthAfricaNotGermany() {
        assertThat(Places.elsewhere(Places.namedIn("الهجوم على مسجد دربن"), Places.namedIn("هجوم دام في ألمانيا"))).isTrue();
        assertThat(Places.elsewhere(Places.namedIn("الهجوم على مسجد دربن"), Places.namedIn("هجوم على مسجد في دوربان"))).isFalse();
    }

    @Test
    void theUnitedStatesAndTheUnitedKingdomAreNamedInTheirTwoWords() {
        assertThat(names("لتبحر صوب منشأة سابين باس في الولايات المتحدة، وفقا لبيانات")).containsExactly("الولايات المتحدة");
        assertThat(names("وصل الوفد إلى المملكة المتحدة وللولايات المتحدة")).containsExactlyInAnyOrder("بريطانيا", "الولايات المتحدة");
        assertThat(names("قرار مجلس الأمن في الأمم المتحدة")).isEmpty();
        assertThat(Places.elsewhere(Places.namedIn("ناقلة الغاز اللي سابت مصر ورايحة امريكا"),
                Places.namedIn("غادرت الناقلة مصر لتبحر إلى الولايات المتحدة"))).isFalse();
    }
}

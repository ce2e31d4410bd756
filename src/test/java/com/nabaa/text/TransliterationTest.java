package com.nabaa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Latin and Arabic spellings of one name, told by their consonants. */
class TransliterationTest {
    private static void same(String latin, String arabic) {
        assertThat(Transliteration.plausible(latin, arabic)).as(latin + " / " + arabic).isTrue();
    }

    private static void different(String latin, String arabic) {
        assertThat(Transliteration.plausible(latin, arabic)).as(latin + " / " + arabic).isFalse();
    }

    @Test
    void namesInBothScriptsAgree() {
        same("Macron", "ماكرون");
        same("Emmanuel", "إيمانويل");
        same("Khashoggi", "خاشقجي");
        same("Andreessen", "آندريسين");
        same("Horowitz", "هورويتز");
        same("Pompeo", "بومبيو");
        same("Thomas", "توماس");
    }

    @Test
    void germanSchIsOneSound() {
        same("Schultz", "شولتز");
        same("Schalke", "شالكه");
        different("Schultz", "سكولتز");
    }

    @Test
    void djIsOneSoundAndASlavicFinalIcIsItch() {
        same("Djokovic", "جوكوفيتش");
        same("Djibouti", "جيبوتي");
        same("Rakitic", "راكيتيتش");
        different("Djokovic", "دوكوف");
    }

    @Test
    void aLeadingArticleOrConjunctionIsNotPartOfTheName() {
        same("Ghouta", "الغوطة");
        same("Macron", "وماكرون");
    }

    @Test
    void aDatelineOrATranslationIsNoName() {
        different("Cnn", "المتحدة");
        different("Full", "وتعرض");
        different("Nudge", "التنبيه");
        different("Definition", "بوضوح");
    }

    @Test
    void aSingleConsonantIsTooLittleToTell() {
        different("Ai", "ع");
    }

    @Test
    void vowelsTellApartNamesWithTheSameConsonants() {
        assertThat(Transliteration.vowelAgreement("Markle", "ماركل")).isEqualTo(1);
        assertThat(Transliteration.vowelAgreement("Markle", "ميركل")).isZero();
        assertThat(Transliteration.vowelAgreement("Kavanaugh", "كافانو")).isEqualTo(3);
        assertThat(Transliteration.vowels("Kavanaugh")).isEqualTo(4);
    }

    @Test
    void aConsonantRepeatedAcrossAVowelIsTwo() {
        assertThat(Transliteration.mismatch("Federer", "فيدرر")).isZero();
        assertThat(Transliteration.latin("federer").consonants()).hasSize(4);
        assertThat(Transliteration.latin("ferrer").consonants()).as("a doubled letter is one").hasSize(3);
    }

    @Test
    void anUnstressedFinalErIsNoVowelArabicWrites() {
        assertThat(Transliteration.vowels("Federer")).as("فيدرر writes one of Federer's e's").isEqualTo(2);
        assertThat(Transliteration.vowels("Miller")).isEqualTo(1);
        assertThat(Transliteration.vowels("Peter")).isEqualTo(1);
        assertThat(Transliteration.vowels("Fleer")).as("a long ee keeps its vowel").isEqualTo(1);
        assertThat(Transliteration.writtenVowelAgreement("Redoine", "رضوان")).as("a French oi is wa").isEqualTo(2);
        assertThat(Transliteration.writtenVowelAgreement("Antoine", "أنطوان")).isEqualTo(3);
    }

    @Test
    void aMismatchCountsTheConsonantsThatDiffer() {
        assertThat(Transliteration.mismatch("Hawking", "هوكينغ")).isZero();
        assertThat(Transliteration.mismatch("Musk", "مصر")).isEqualTo(1);
        assertThat(Transliteration.mismatch("Musk", "كسم")).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void tehShinIsOneSoundAsLatinChOrAFinalIcIs() {
        assertThat(Transliteration.mismatch("Modric", "مودريتش")).as("not a consonant more than Modric").isZero();
        same("Chelsea", "تشيلسي"); // the first consonant: implausible before
        assertThat(Transliteration.mismatch("Pochettino", "بوتشيتينو")).isZero();
        assertThat(Transliteration.mismatch("Modric", "مدرسيه")).isZero(); // same consonants: the vowels tell them apart
        assertThat(Transliteration.vowelAgreement("Modric", "مودريتش"))
                .isGreaterThan(Transliteration.vowelAgreement("Modric", "مدرسيه"));
    }
}

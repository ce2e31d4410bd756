package com.nabaa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An English question's content words and their Arabic, one rule a test. */
class EnglishWordsTest {
    private static List<String> english(String searchText) {
        return EnglishWords.of(searchText).words().stream().map(EnglishWords.Word::english).toList();
    }

    private static List<String> searched(String searchText) {
        return EnglishWords.of(searchText).translated().stream().map(w -> w.arabic().get(0)).toList();
    }

    @Test
    void eachContentWordBringsItsArabicNewsWords() {
        EnglishWords words = EnglishWords.of("oil price");

        assertThat(words.words()).extracting(EnglishWords.Word::english).containsExactly("oil", "price");
        assertThat(words.words().get(0).arabic()).contains("النفط", "نفط");
        assertThat(words.words().get(1).arabic()).contains("سعر", "أسعار");
        assertThat(words.untranslated()).isEmpty();
    }

    @Test
    void okAskedOfSomeoneNamesNoTopic() {
        assertThat(english("george clooney ok heard he crashed his scooter in italy"))
                .doesNotContain("ok").contains("george clooney", "scooter", "italy");
    }

    @Test
    void aDashStandingAloneIsAPauseAndAPronounOneNamesNothing() {
        EnglishWords words = EnglishWords.of("Thierry Henry took the Monaco job — long is his contract");
        assertThat(words.untranslated()).doesNotContain("—");
        assertThat(english("the blood moon one")).containsExactly("blood moon");
    }

    @Test
    void lastBeforeATimeOrAtTheEndIsTheVerbNotTheAdjective() {
        assertThat(english("will the total lunar eclipse last tonight")).containsExactly("total lunar eclipse");
        assertThat(english("how long will the match last")).doesNotContain("last");
        assertThat(english("last match of the season")).contains("last");
    }

    @Test
    void calledAtTheEndOfAWhatQuestionAsksTheNameAndIsNoCall() {
        assertThat(english("the bbc presenter's memoir for her son, whats the book called")).doesNotContain("called");
        assertThat(english("what was the film called?")).doesNotContain("called");
        assertThat(english("who called the strike off")).as("not a what question").isNotEmpty();
        assertThat(english("the minister called for calm, what did he say")).contains("called for");
        assertThat(english("whats airbus calling its new giant whale looking cargo plane")).doesNotContain("calling");
        assertThat(english("what are the protesters calling for")).as("a call made").contains("calling for");
    }

    @Test
    void aNameAskedIsNoNamingToSearch() {
        assertThat(english("quebecs new premier said the crucifix is not a religious symbol?? whats his name")).doesNotContain("name");
        assertThat(english("what was the name of the tanker that hit the mansion")).doesNotContain("name").contains("tanker");
        assertThat(english("who was named captain of the team")).as("not a what question").contains("named");
        assertThat(english("what did the king name the country")).as("no owner before it: the naming is asked").contains("name");
        // as searched, the question's "what" is gone
        assertThat(english("the lawyer who set himself on fire in a brooklyn park, his name")).doesNotContain("name");
        assertThat(english("the name of the tanker that hit the mansion")).doesNotContain("name").contains("tanker");
        assertThat(english("the king changed the name the country uses")).contains("name");
        // "whats the name of that app…" is searched from its first word on
        assertThat(english("name of that nigerian app that sells food")).doesNotContain("name").contains("app");
    }

    @Test
    void theLongestKnownRunOfWordsIsOneWord() {
        assertThat(english("won the world cup")).containsExactly("won", "world cup");
        assertThat(searched("won the world cup")).containsExactly("فاز", "كأس العالم");
        assertThat(searched("Trump Putin summit")).containsExactly("ترامب", "بوتين", "قمة");
        assertThat(english("Theresa May resigns")).containsExactly("Theresa May", "resigns");
    }

    @Test
    void anArabicPhrasePutsItsHeadFirstAndNamesTypedTogetherStayTogether() {
        assertThat(arabicOrder("oil price")).containsExactly("سعر", "النفط");
        assertThat(arabicOrder("Egypt election results")).containsExactly("نتائج", "الانتخابات", "مصر");
        assertThat(arabicOrder("Trump Putin summit")).containsExactly("قمة", "ترامب", "بوتين");
        // Function words, pauses and numbers end a phrase: each is reversed on its own.
        assertThat(arabicOrder("won the world cup 2018")).containsExactly("فاز", "كأس العالم", "2018");
        assertThat(arabicOrder("oil price, gold price")).containsExactly("سعر", "النفط", "سعر", "الذهب");
    }

    private static List<String> arabicOrder(String searchText) {
        return EnglishWords.of(searchText).inArabicOrder().stream().map(w -> w.arabic().get(0)).toList();
    }

    @Test
    void aScoreAskedOfTwoNamesNextToEachOtherHasThemAsItsSides() {
        assertThat(sides("Egypt Uruguay World Cup score")).containsExactly("Egypt", "Uruguay");
        assertThat(sides("Egypt vs Russia result")).containsExactly("Egypt", "Russia");
        assertThat(sides("did Egypt beat Russia")).containsExactly("Egypt", "Russia");
        assertThat(sides("Trump Putin summit")).as("no score or result asked").isEmpty();
        assertThat(sides("Egypt election results")).as("one name").isEmpty();
        assertThat(sides("Did the Capitals win the Stanley Cup?")).as("a competition's name").isEmpty();
        assertThat(sides("Who won the Champions League final?")).isEmpty();
    }

    private static List<String> sides(String asked) {
        return EnglishWords.of(asked).sides(asked).map(w -> w.stream().map(EnglishWords.Word::english).toList())
                .orElse(List.of());
    }

    @Test
    void functionWordsAreDroppedButACapitalizedOneIsAName() {
        assertThat(english("did the prices of gold rise")).containsExactly("prices", "gold", "rise");
        assertThat(english("tell us about US sanctions")).containsExactly("US", "sanctions");
    }

    @Test
    void chatShorthandNamesNoTopic() {
        assertThat(english("girl's bag caught fire on a bus cos of a phone charger")).doesNotContain("cos");
        assertThat(english("which state r they from")).doesNotContain("r");
        assertThat(english("8 yr old girl found a sword")).doesNotContain("yr");
        assertThat(english("a skewer stuck thru his head he'd already cut off")).doesNotContain("thru", "he'd", "already");
    }

    @Test
    void punctuationAndAPossessiveGo() {
        assertThat(english("Khashoggi's fiancée?")).containsExactly("Khashoggi", "fiancée");
        assertThat(english("\"Brexit\", vote!")).containsExactly("Brexit", "vote");
    }

    @Test
    void aNumberIsSearchedAsTyped() {
        assertThat(EnglishWords.of("world cup 2018").words())
                .contains(new EnglishWords.Word("2018", List.of("2018")));
    }

    @Test
    void aProductNameOrCodeIsSearchedAsTypedLikeANumber() {
        assertThat(EnglishWords.of("new iPhone XS").words()).containsExactly(
                new EnglishWords.Word("new", EnglishGlossary.standard().arabic(List.of("new")).orElseThrow()),
                new EnglishWords.Word("iPhone", EnglishGlossary.standard().arabic(List.of("iphone")).orElseThrow()),
                new EnglishWords.Word("XS", List.of("XS")));
        assertThat(searched("IGTV launch")).containsExactly("IGTV", "إطلاق");
        assertThat(searched("iPhone X")).containsExactly("آيفون", "X");
        assertThat(searched("XS Max")).containsExactly("XS", "Max");
        assertThat(searched("S-400 missiles")).containsExactly("S-400", "صاروخ");
        assertThat(EnglishWords.of("Zorfkistan").untranslated()).containsExactly("Zorfkistan");
    }

    @Test
    void anUnknownHyphenatedWordIsReadAsItsParts() {
        assertThat(english("Zorfkistan-Egypt talks")).containsExactly("Zorfkistan", "Egypt", "talks");
        assertThat(english("cease-fire")).containsExactly("cease-fire");
    }

    @Test
    void aWordWithoutArabicIsKeptAsTypedAndCalledUntranslated() {
        EnglishWords words = EnglishWords.of("Zorfkistan presidential election");

        assertThat(words.untranslated()).containsExactly("Zorfkistan");
        assertThat(words.translated()).extracting(EnglishWords.Word::english).containsExactly("presidential", "election");
    }

    @Test
    void aQuestionTypedInCapitalsIsReadAsIfInLowerCase() {
        assertThat(searched("OIL PRICE")).containsExactly("النفط", "سعر");
        assertThat(searched("US SANCTIONS")).containsExactly("الولايات المتحدة", "عقوبات");
        assertThat(searched("US")).containsExactly("الولايات المتحدة");
    }

    @Test
    void aPrepositionOfMotionAndAHedgeNameNoTopicWhileMeddlingAndARappersNameAreKnown() {
        assertThat(english("japanese billionaire flying around the moon when is the trip supposed to happen"))
                .doesNotContain("around", "supposed").contains("billionaire", "moon");
        EnglishWords words = EnglishWords.of("russian woman charged with meddling in the midterms xxxtentacion");
        assertThat(words.untranslated()).isEmpty();
        assertThat(searched("meddling")).containsExactly("التدخل");
    }
}

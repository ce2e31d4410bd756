package com.nabaa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "هل تقصد…" offers a word the reader could have meant: near what was typed, not only near its stem. */
class SuggestionTest {
    @Test
    void aSuggestionMayChangeTwoLettersOfTheWordAsTypedNotAWordFarFromIt() {
        // A stem one letter from an indexed stem may be written far from the reader's word: عندو is no عناوين.
        assertThat(Suggestions.edits("البورسة", "البورصة")).isEqualTo(1);
        assertThat(Suggestions.edits("عندو", "عناوين")).isGreaterThan(Suggestions.MAX_EDITS);
        assertThat(Suggestions.edits("انصاب", "الأعصاب")).isGreaterThan(Suggestions.MAX_EDITS);
    }
}

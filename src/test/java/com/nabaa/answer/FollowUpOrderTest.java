package com.nabaa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.news.Language;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A follow-up's answer puts the stories of the page it follows first, in their own order; its
 * direct answer belongs to its first story and goes when another story comes first.
 */
class FollowUpOrderTest {
    private static Story story(String id, String... others) {
        List<SourceLink> also = java.util.Arrays.stream(others)
                .map(o -> new SourceLink(o, "خبر " + o, "وكالة", "https://news.nabaa.example/" + o, Optional.empty(), false,
                        Optional.empty()))
                .toList();
        return new Story(id, "خبر " + id, Optional.empty(), "وكالة", "https://news.nabaa.example/" + id, List.of("ملخص."),
                3f, 0.9f, false, also);
    }

    private static Answer answer(Optional<String> direct, Story... stories) {
        return TestAnswers.answered("وكام عدد الضحايا؟", Language.ARABIC, List.of(stories), direct, Optional.empty());
    }

    @Test
    void theStoriesOfThePageFollowedComeFirstInTheirOwnOrder() {
        Answer a = answer(Optional.empty(), story("a"), story("b", "c"), story("d"));

        assertThat(a.preferring(Set.of("c", "d")).stories()).extracting(Story::articleId).containsExactly("b", "d", "a");
    }

    @Test
    void aDirectAnswerGoesWhenItsStoryIsNoLongerFirst() {
        Answer bombing = answer(Optional.of("ارتفع عدد ضحايا التفجيرات إلى 6 قتلى."), story("bombing"), story("quake"));

        Answer followed = bombing.preferring(Set.of("quake"));

        assertThat(followed.stories()).extracting(Story::articleId).containsExactly("quake", "bombing");
        assertThat(followed.directAnswer()).isEmpty();
    }

    @Test
    void aDirectAnswerStaysWhenItsStoryStaysFirst() {
        Answer quake = answer(Optional.of("تجاوز عدد الضحايا 1300 قتيل."), story("quake"), story("bombing"));

        assertThat(quake.preferring(Set.of("quake")).directAnswer()).contains("تجاوز عدد الضحايا 1300 قتيل.");
    }
}

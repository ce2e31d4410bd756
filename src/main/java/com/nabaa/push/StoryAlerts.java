package com.nabaa.push;

import com.nabaa.news.Article;
import com.nabaa.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The alert for one article of a story: what the carrier renders, self-contained. */
final class StoryAlerts {
    /** The summary: the opening sentences, at most two and about this many characters. */
    static final int SUMMARY_CHARS = 300;

    private StoryAlerts() {
    }

    static PushMessage.StoryAlert of(Article a, RecentStories.Story story, Optional<String> topic) {
        return new PushMessage.StoryAlert(key(story.id()), topic, a.breaking(), a.id(), a.title(), a.url(), a.source(),
                a.published(), summary(a), story.earlierSources());
    }

    static String key(long storyId) {
        return Long.toString(storyId);
    }

    /** The push key that makes one alert per story and chat. */
    static String pushKey(long storyId) {
        return "story:" + storyId;
    }

    static List<String> summary(Article a) {
        List<String> out = new ArrayList<>();
        if (a.paragraphs().isEmpty()) return out;
        int chars = 0;
        for (String sentence : SentenceSplitter.split(a.paragraphs().get(0))) {
            if (!out.isEmpty() && chars + sentence.length() > SUMMARY_CHARS) break;
            out.add(sentence);
            chars += sentence.length();
            if (out.size() == 2) break;
        }
        return out;
    }
}

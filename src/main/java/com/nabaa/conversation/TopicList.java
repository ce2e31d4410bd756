package com.nabaa.conversation;

import com.nabaa.push.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The chat's topics, numbered as /unfollow takes them, with an unfollow button for each. */
final class TopicList {
    private static final int PER_ROW = 3;

    private TopicList() {
    }

    static Rich body(Turn turn, List<Topic> topics) {
        AlertTexts a = turn.alertTexts();
        if (topics.isEmpty()) return Rich.plain(a.noTopics());
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < topics.size(); i++) {
            if (i > 0) list.append('\n');
            list.append(i + 1).append(". ").append(topics.get(i).typed());
        }
        return Rich.builder().bold(a.topicsTitle()).paragraph().plain(list.toString()).build();
    }

    static List<List<Button>> buttons(Turn turn, List<Topic> topics) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < topics.size(); i += PER_ROW) {
            List<Button> row = new ArrayList<>();
            for (int j = i; j < Math.min(i + PER_ROW, topics.size()); j++) {
                row.add(Button.press(turn.alertTexts().unfollowButton(j + 1),
                        new ButtonData.Unfollow(topics.get(j).id()).encode()));
            }
            rows.add(row);
        }
        return rows;
    }

    static Outgoing.Send send(Turn turn, List<Topic> topics) {
        return new Outgoing.Send(turn.chat().id(), body(turn, topics), buttons(turn, topics), false,
                Optional.empty(), Optional.empty());
    }
}

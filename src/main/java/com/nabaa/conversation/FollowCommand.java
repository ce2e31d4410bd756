package com.nabaa.conversation;

import com.nabaa.news.Language;
import com.nabaa.push.FollowResult;
import com.nabaa.push.InvalidTopicException;
import com.nabaa.push.Subscriptions;
import com.nabaa.question.QuestionParser;
import java.util.List;

/**
 * /follow words: the chat follows the topic at once and gets every new story on it ("-word" leaves
 * out articles that mention a word; section: and source: keep to one section or outlet, see
 * {@link com.nabaa.push.TopicSpec}). Without words it says how.
 */
final class FollowCommand implements CommandHandler {
    private final Subscriptions subscriptions;
    private final AdminGate gate;

    FollowCommand(Subscriptions subscriptions, AdminGate gate) {
        this.subscriptions = subscriptions;
        this.gate = gate;
    }

    @Override
    public List<Outgoing> handle(Turn turn, String argument) {
        AlertTexts a = turn.alertTexts();
        if (argument.isBlank()) return List.of(Replies.plain(turn, a.followHowTo()));
        if (!gate.mayChange(turn)) return AdminGate.refused(turn);
        return List.of(Replies.plain(turn, follow(turn, argument)));
    }

    /** Follows the topic and says what came of it, in a line short enough for a button's notice. */
    String follow(Turn turn, String topic) {
        AlertTexts a = turn.alertTexts();
        try {
            return switch (subscriptions.follow(turn.chat().id(), topic)) {
                case FollowResult.Added added -> a.followed(added.topic().typed());
                case FollowResult.AlreadyFollowing same -> a.alreadyFollowing(same.topic().typed());
                case FollowResult.TooMany many -> a.tooManyTopics(many.max());
            };
        } catch (InvalidTopicException e) {
            return switch (e.reason()) {
                case NO_WORDS -> a.topicNoWords();
                case TOO_LONG -> a.topicTooLong();
                case UNKNOWN_SECTION -> unknownSection(turn, e.detail());
            };
        }
    }

    private static String unknownSection(Turn turn, String name) {
        Texts t = turn.texts();
        String names = String.join(t.language() == Language.ENGLISH ? ", " : "، ",
                QuestionParser.sections().stream().map(t::sectionName).toList());
        return t.unknownSection(name) + "\n" + t.sectionsTitle() + names;
    }
}

package com.nabaa.conversation;

import com.nabaa.answer.Answer;
import com.nabaa.answer.Answers;
import com.nabaa.answer.AskRequest;
import com.nabaa.answer.Story;
import com.nabaa.question.FollowUps;
import com.nabaa.question.QuestionParser;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the conversation reads a short follow-up ("وبعدين؟", "ومين المسؤول؟") sent after an answer:
 * the one place that turns it into the question asked, for the chat and for {@code nabaa eval},
 * which replays the reader set's follow-ups the way a chat would.
 */
public final class FollowUpQuestions {
    private FollowUpQuestions() {
    }

    /** Whether the message points back at the last answer rather than asking a question of its own. */
    public static boolean pointsBack(String text, ZonedDateTime now) {
        return FollowUps.isFollowUp(text, now);
    }

    /**
     * The question asked for a follow-up about {@code topic} (the last answer's topic words): the
     * topic with what the follow-up adds to it ("المسؤول"), and the question mark it asked with;
     * the topic alone when it adds nothing ("وبعدين؟" asks for the topic's newest stories). A
     * follow-up asking of another time ({@link FollowUps#asksAnotherTime}) adds itself, its date
     * with it: "وكم كانت بنهاية يوليو؟" after the Saudi holdings of US bonds asks them at July's end.
     */
    public static String about(String topic, String text, ZonedDateTime now) {
        if (FollowUps.asksAnotherTime(QuestionParser.parse(text, now))) {
            return topic + " " + FollowUps.withoutJoinedOpening(text).strip();
        }
        String added = withAsking(FollowUps.aspects(text), text);
        if (added.isBlank()) return topic;
        return topic + " " + added + questionMark(text);
    }

    /**
     * What the follow-up adds, with the words that ask what it wants ("ووين صارت؟" asks where): its
     * answer must give that, as the reader's own question would.
     */
    private static String withAsking(String added, String text) {
        StringBuilder out = new StringBuilder(added);
        List<String> kept = List.of(added.split("\\s+"));
        for (String w : FollowUps.askingWords(text)) {
            if (!kept.contains(w)) out.append(out.isEmpty() ? "" : " ").append(w);
        }
        return out.toString();
    }

    /**
     * The question a message asks when it goes on from the last answer in words of its own ("وشو اسم
     * الرواية؟" after the Booker prize's winner, "ومين تبنى التفجير؟" after the Kabul bombing): the
     * last answer's {@code topic} with the words the message adds ({@link FollowUps#addedWords}),
     * when the first story answering that question is the one the last answer showed first ({@code
     * lead}: its articles' ids) and its headline and summary speak of what the message names ({@link
     * FollowUps#spokenIn}). A message asking something new ("ومين فاز بالدوري؟" after the Booker
     * prize) is answered by other stories, or by none, and is asked on its own; so is one that only
     * a story further down the last answer speaks of ("ومين رئيس فرنسا؟" after Genoa's bridge, whose
     * third story was France 24's).
     * <p>
     * A message that opens as a follow-up does ({@link FollowUps#opensJoined}) and, asked on its own,
     * finds nothing names no topic of its own, whatever its length: "ومين كابتن الفريق اللي كان واعد
     * يرجّعه؟" after Parma's promotion. It is asked with the topic, and goes on when a story the last
     * answer showed ({@code shown}: the articles of all its stories) answers it first.
     */
    public static Optional<String> goingOn(Answers answers, String topic, Set<String> lead, Set<String> shown, String text,
                                           ZonedDateTime now) {
        if (topic.isBlank() || lead.isEmpty()) return Optional.empty();
        // "وشو اسم الرواية؟" goes on in words of its own; "شو اسم النادي؟" names the club the last question did
        Optional<String> added = FollowUps.addedWords(text, now).or(() -> FollowUps.referredWords(text, topic, now));
        if (added.isPresent()) {
            String question = topic + " " + withAsking(added.get(), text) + questionMark(text);
            Answer a = answers.ask(AskRequest.of(question, now, 1));
            if (!a.noAnswer() && !a.stories().isEmpty()) {
                Story first = a.stories().get(0);
                boolean goesOn = first.articleIds().stream().anyMatch(lead::contains)
                        && (FollowUps.spokenIn(added.get(), first.headline() + "\n" + String.join("\n", first.summary()))
                        || holdsAllNamed(a.kind(), first, FollowUps.namedIn(added.get())));
                if (goesOn) return Optional.of(question);
            }
        }
        if (!FollowUps.opensJoined(text) || !answers.ask(AskRequest.of(text, now, 1)).noAnswer()) return Optional.empty();
        String question = topic + " " + FollowUps.withoutJoinedOpening(text);
        Answer a = answers.ask(AskRequest.of(question, now, 1));
        if (a.noAnswer() || a.stories().isEmpty()) return Optional.empty();
        return a.stories().get(0).articleIds().stream().anyMatch(shown::contains) ? Optional.of(question) : Optional.empty();
    }

    /**
     * Whether the story answers with its whole article holding each word the message names: none is
     * among the words the lead article lacks ("وقديش كان عدد القتلى بالإبادة؟" after Namibia's
     * skulls, whose summary tells of the genocide but whose text counts its dead).
     */
    private static boolean holdsAllNamed(Answer.Kind kind, Story story, List<String> named) {
        return kind == Answer.Kind.ANSWERED && !named.isEmpty()
                && named.stream().noneMatch(w -> story.missing().stream().anyMatch(m -> FollowUps.sameWord(w, m)));
    }

    /** The question mark a message asked with, if any. */
    private static String questionMark(String text) {
        return text.indexOf('?') >= 0 || text.indexOf('؟') >= 0 ? "؟" : "";
    }
}

package com.nabaa.conversation;

import com.nabaa.answer.Answer;
import com.nabaa.answer.Answers;
import com.nabaa.answer.AskRequest;
import com.nabaa.answer.Story;
import com.nabaa.question.FollowUps;
import com.nabaa.store.AnswerPage;
import com.nabaa.store.ChatStore;
import com.nabaa.store.PageStore;
import com.nabaa.store.StoredChat;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Free text: a question, a reply to one of the bot's pages (asked within that page's story), or a
 * short follow-up ("وبعدين؟", "more") read in the context of the chat's last answer while it is
 * fresh. Without a context a follow-up gets a question back, never an answer at random.
 */
final class Asking {
    private final Answers answers;
    private final PageRunner runner;
    private final Replies replies;
    private final PageStore pages;
    private final ChatStore chats;
    private final Examples examples;
    private final Clock clock;
    private final Duration contextLifetime;

    Asking(Answers answers, PageRunner runner, Replies replies, PageStore pages, ChatStore chats, Examples examples,
           Clock clock, Duration contextLifetime) {
        this.answers = answers;
        this.runner = runner;
        this.replies = replies;
        this.pages = pages;
        this.chats = chats;
        this.examples = examples;
        this.clock = clock;
        this.contextLifetime = contextLifetime;
    }

    List<Outgoing> handle(Turn turn, String text, Optional<Long> replyTo) {
        Texts t = turn.texts();
        if (!InputText.hasWords(text)) return List.of(Replies.plain(turn, withExamples(turn, t.noWords())));
        List<Outgoing> out = new ArrayList<>();
        if (InputText.tooLong(text)) out.add(Replies.plain(turn, t.tooLong()));
        String question = InputText.cut(text);
        Optional<AnswerPage> repliedTo = replyTo.flatMap(m -> pages.pageShownBy(turn.chat().id(), m))
                .flatMap(pages::find).filter(p -> p.chatId() == turn.chat().id());
        if (repliedTo.isPresent()) {
            out.add(within(turn, repliedTo.get(), question, false));
        } else if (FollowUps.isFollowUp(question, turn.now())) {
            Optional<AnswerPage> context = context(turn);
            out.add(context.isPresent() ? within(turn, context.get(), question, true)
                    : Replies.plain(turn, withExamples(turn, t.whatDoYouMean())));
        } else {
            out.add(goingOn(turn, question).orElseGet(() -> replies.send(turn, request(PageKind.ASK, question, turn, 0),
                    runner.run(PageKind.ASK, question, turn.now(), 0, turn.language()))));
        }
        return out;
    }

    /**
     * A message going on from the chat's last answer in words of its own ("وشو اسم الرواية؟"), asked
     * with that answer's topic when its stories answer it ({@link FollowUpQuestions#goingOn}); empty
     * for a question of its own.
     */
    private Optional<Outgoing> goingOn(Turn turn, String text) {
        Optional<AnswerPage> context = context(turn);
        if (context.isEmpty()) return Optional.empty();
        AnswerPage page = context.get();
        if (page.stories().isEmpty()) return Optional.empty();
        Set<String> shown = new HashSet<>();
        page.stories().forEach(shown::addAll);
        return FollowUpQuestions.goingOn(answers, page.topic(), Set.copyOf(page.stories().get(0)), shown, text, turn.now())
                .map(question -> ask(turn, question, shown));
    }

    /** The chat's last page, while it is fresh enough for a follow-up to refer to it. */
    private Optional<AnswerPage> context(Turn turn) {
        return chats.find(turn.chat().id()).flatMap(StoredChat::context)
                .filter(c -> !clock.instant().isAfter(c.at().plus(contextLifetime)))
                .flatMap(c -> pages.find(c.pageId()));
    }

    /**
     * A message about a page: "more" shows its next page; anything else is asked with the page's
     * topic, and the page's stories come first in the answer. {@code followUp}: the message came
     * without a reply, so only its aspect words ("المسؤول") are added to the topic.
     */
    private Outgoing within(Turn turn, AnswerPage page, String text, boolean followUp) {
        Optional<PageKind> kind = PageKind.of(page.kind());
        if (FollowUps.wantsMore(text, turn.now()) && kind.filter(PageKind::lists).isPresent()) {
            int offset = page.offset() + page.pageSize();
            Shown next = runner.run(kind.get(), page.query(), page.askedAt(), offset, page.language());
            return replies.send(turn, new Replies.Request(kind.get(), page.query(), page.askedAt(), offset,
                    page.pageSize()), next);
        }
        boolean pointsBack = followUp || FollowUps.isFollowUp(text, turn.now());
        if (page.topic().isBlank()) {
            return pointsBack ? Replies.plain(turn, withExamples(turn, turn.texts().whatDoYouMean()))
                    : ask(turn, text, Set.of());
        }
        // "وبعدين؟" adds nothing: the topic alone asks for its newest stories, which is what comes next.
        String question = pointsBack ? FollowUpQuestions.about(page.topic(), text, turn.now()) : page.topic() + " " + text;
        Set<String> preferred = new HashSet<>();
        page.stories().forEach(preferred::addAll);
        return ask(turn, question, preferred);
    }

    private Outgoing ask(Turn turn, String question, Set<String> preferred) {
        Answer a = answers.ask(new AskRequest(question, Optional.of(turn.language()), turn.now(),
                runner.pageSize(), 0));
        return replies.send(turn, request(PageKind.ASK, question, turn, 0), runner.answered(a.preferring(preferred)));
    }

    private Replies.Request request(PageKind kind, String query, Turn turn, int offset) {
        return new Replies.Request(kind, query, turn.now(), offset, runner.pageSize());
    }

    private Rich withExamples(Turn turn, String message) {
        return examples.withExamples(message, turn.language(), turn.now());
    }
}

package com.nabaa.conversation;

import com.nabaa.answer.NewsDesk;
import com.nabaa.answer.Story;
import com.nabaa.store.PageStore;
import java.util.List;
import java.util.Optional;

/**
 * /start: the welcome, in the reader's language: what the bot does and questions that work on the
 * news loaded now. "/start s1z" (a deep link) opens a shared story; a link that names none gets an
 * apology and the welcome.
 */
final class StartCommand implements CommandHandler {
    private final Examples examples;
    private final NewsDesk desk;
    private final PageStore pages;
    private final StoryShow stories;
    private final Optional<String> bot;

    StartCommand(Examples examples, NewsDesk desk, PageStore pages, StoryShow stories, Optional<String> bot) {
        this.examples = examples;
        this.desk = desk;
        this.pages = pages;
        this.stories = stories;
        this.bot = bot;
    }

    @Override
    public List<Outgoing> handle(Turn turn, String argument) {
        if (argument.isEmpty()) return List.of(Replies.plain(turn, welcome(turn, Optional.empty())));
        Optional<Story> story = DeepLinks.story(argument).flatMap(pages::shared)
                .flatMap(ids -> desk.story(ids, turn.now()));
        if (story.isPresent()) return List.of(stories.show(turn, story.get(), "", ""));
        return List.of(Replies.plain(turn, welcome(turn, Optional.of(turn.texts().badDeepLink()))));
    }

    private Rich welcome(Turn turn, Optional<String> apology) {
        Texts t = turn.texts();
        Rich.Builder b = Rich.builder();
        apology.ifPresent(a -> b.plain(a).paragraph());
        b.bold(t.greeting()).paragraph().plain(t.whatICanDo()).paragraph()
                .plain(String.join("\n", t.capabilities(bot))).paragraph();
        return examples.appendTo(b, turn.language(), turn.now()).build();
    }
}

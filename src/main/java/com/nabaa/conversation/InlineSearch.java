package com.nabaa.conversation;

import com.nabaa.answer.Headlines;
import com.nabaa.answer.NewsDesk;
import com.nabaa.answer.Story;
import com.nabaa.answer.Wording;
import com.nabaa.news.ArticleIds;
import com.nabaa.news.Language;
import com.nabaa.store.ChatStore;
import com.nabaa.store.StoredChat;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Inline mode ("@bot words" in any chat): up to 50 stories with every word, newest first, paged by
 * offset; an empty query lists the newest. Picking one posts the story: headline link, date,
 * source and its opening sentence.
 */
final class InlineSearch {
    /** Deeper than this nobody scrolls, and each page costs more to find. */
    static final int MAX_OFFSET = 500;
    static final int MAX_ID_BYTES = 64;

    private final NewsDesk desk;
    private final ChatStore chats;
    private final AnswerView view;
    private final ZoneId zone;
    private final Clock clock;
    private final int cacheSeconds;

    InlineSearch(NewsDesk desk, ChatStore chats, AnswerView view, ZoneId zone, Clock clock, int cacheSeconds) {
        this.desk = desk;
        this.chats = chats;
        this.view = view;
        this.zone = zone;
        this.clock = clock;
        this.cacheSeconds = cacheSeconds;
    }

    Outgoing.InlineAnswer handle(Incoming.Inline q) {
        // A reader's private chat has the reader's id: a language chosen there holds here too.
        Language language = Turn.language(chats.find(q.from().id()).flatMap(StoredChat::language), q.from());
        ZonedDateTime now = clock.instant().atZone(zone);
        Optional<Integer> offset = offset(q.offset());
        if (offset.isEmpty()) return new Outgoing.InlineAnswer(List.of(), Optional.empty(), cacheSeconds);
        String query = InputText.cut(InputText.clean(q.query()));
        int n = Outgoing.InlineAnswer.MAX_RESULTS;
        Headlines h = InputText.hasWords(query) ? desk.search(query, n, offset.get(), now)
                : desk.latest(Optional.empty(), false, n, offset.get(), now);
        List<Outgoing.InlineArticle> results = h.stories().stream().map(s -> result(s, language)).toList();
        int next = offset.get() + n;
        return new Outgoing.InlineAnswer(results,
                h.more() && next <= MAX_OFFSET ? Optional.of(Integer.toString(next)) : Optional.empty(), cacheSeconds);
    }

    private Outgoing.InlineArticle result(Story s, Language language) {
        Wording say = Wording.of(language);
        String title = (s.breaking() ? "[" + say.breaking() + "] " : "") + s.headline();
        String description = view.date(s.published(), say) + " · " + (s.source().isBlank() ? "-" : s.source())
                + (s.summary().isEmpty() ? "" : "\n" + s.summary().get(0));
        return new Outgoing.InlineArticle(id(s.articleId()), title, description, s.url(), view.article(s, language));
    }

    /** The article's id, or a hash of it when it is longer than Telegram allows a result id. */
    static String id(String articleId) {
        if (articleId.getBytes(StandardCharsets.UTF_8).length <= MAX_ID_BYTES) return articleId;
        return "h" + ArticleIds.sha256(articleId).substring(0, 40);
    }

    /** The page asked for: "" is the first; anything but a multiple of a page within reach is not ours. */
    private static Optional<Integer> offset(String offset) {
        if (offset.isEmpty()) return Optional.of(0);
        if (!offset.matches("[0-9]{1,4}")) return Optional.empty();
        int o = Integer.parseInt(offset);
        return o <= MAX_OFFSET ? Optional.of(o) : Optional.empty();
    }
}

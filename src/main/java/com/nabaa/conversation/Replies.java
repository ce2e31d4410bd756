package com.nabaa.conversation;

import com.nabaa.store.AnswerPage;
import com.nabaa.store.ChatStore;
import com.nabaa.store.PageStore;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends and edits pages: stores each page shown (so that its buttons, replies to it and follow-ups
 * come back to it), makes it the chat's context, and puts its buttons under it. A page's handle,
 * "a:" and its id, is what the carrier reports back in {@link Dialog#sent}.
 */
final class Replies {
    private static final Pattern HANDLE = Pattern.compile("a:([1-9][0-9]{0,17})");

    private final PageStore pages;
    private final ChatStore chats;
    private final Clock clock;
    private final Optional<String> bot;

    Replies(PageStore pages, ChatStore chats, Clock clock, Optional<String> bot) {
        this.pages = pages;
        this.chats = chats;
        this.clock = clock;
        this.bot = bot;
    }

    static String handle(long pageId) {
        return "a:" + pageId;
    }

    static Optional<Long> pageOf(String handle) {
        Matcher m = HANDLE.matcher(handle);
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** A request for a page: what made it, with what, and where in the list. */
    record Request(PageKind kind, String query, ZonedDateTime askedAt, int offset, int pageSize) {
    }

    /** A new message showing the page. */
    Outgoing.Send send(Turn turn, Request request, Shown shown) {
        if (!shown.saved()) return plain(turn, shown.body());
        long page = save(turn, request, shown);
        return new Outgoing.Send(turn.chat().id(), shown.body(), buttons(request, page, shown), preview(shown),
                Optional.empty(), Optional.of(handle(page)));
    }

    /** The message {@code messageId} edited to show the page (the next page of the same list). */
    Outgoing.Edit edit(Turn turn, long messageId, Request request, Shown shown) {
        long page = save(turn, request, shown);
        return new Outgoing.Edit(turn.chat().id(), messageId, shown.body(), buttons(request, page, shown),
                preview(shown), Optional.of(handle(page)));
    }

    static Outgoing.Send plain(Turn turn, Rich body) {
        return new Outgoing.Send(turn.chat().id(), body, List.of(), false, Optional.empty(), Optional.empty());
    }

    static Outgoing.Send plain(Turn turn, String text) {
        return plain(turn, Rich.plain(text));
    }

    private long save(Turn turn, Request r, Shown shown) {
        long page = pages.save(new AnswerPage(turn.chat().id(), r.kind().code(), r.query(), r.askedAt(), r.offset(),
                r.pageSize(), shown.language(), shown.topic(), shown.storyIds()), clock.instant());
        chats.remember(turn.chat().id(), page, clock.instant());
        return page;
    }

    private static boolean preview(Shown shown) {
        return shown.preview();
    }

    private List<List<Button>> buttons(Request r, long page, Shown shown) {
        Texts t = Texts.of(shown.language());
        List<List<Button>> rows = new ArrayList<>();
        if (r.kind().lists()) {
            for (int i = 0; i < shown.storyIds().size(); i++) {
                int number = r.offset() + i + 1;
                rows.add(List.of(Button.press(t.summary(number), new ButtonData.Summary(page, i).encode()),
                        Button.press(t.timeline(number), new ButtonData.Timeline(page, i).encode())));
            }
            if (shown.more()) rows.add(List.of(Button.press(t.more(), new ButtonData.More(page).encode())));
        }
        if (r.kind() == PageKind.STORY) {
            List<Button> row = new ArrayList<>();
            row.add(Button.press(t.storyTimeline(), new ButtonData.Timeline(page, 0).encode()));
            bot.ifPresent(b -> row.add(Button.link(t.share(), "https://t.me/" + b + "?start="
                    + DeepLinks.payload(pages.share(shown.storyIds().get(0), clock.instant())))));
            rows.add(row);
        }
        if (r.kind() == PageKind.ASK && !shown.topic().isBlank()) {
            rows.add(List.of(Button.press(AlertTexts.of(shown.language()).followThisTopic(),
                    new ButtonData.FollowTopic(page).encode())));
        }
        if (r.kind() == PageKind.ASK || r.kind() == PageKind.STORY) {
            rows.add(List.of(Button.press(t.helpful(), new ButtonData.Vote(page, true).encode()),
                    Button.press(t.notHelpful(), new ButtonData.Vote(page, false).encode())));
        }
        return rows;
    }
}

package com.nabaa.conversation;

import com.nabaa.admin.Action;
import com.nabaa.admin.Admin;
import com.nabaa.admin.FeedChange;
import com.nabaa.admin.FeedDesk;
import com.nabaa.admin.Newsroom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** /feeds [list], /feeds add url [minutes], /feeds remove url|number: the feeds Nabaa polls, for admins. */
final class FeedsCommand implements CommandHandler {
    private final Newsroom newsroom;

    FeedsCommand(Newsroom newsroom) {
        this.newsroom = newsroom;
    }

    @Override
    public List<Outgoing> handle(Turn turn, String argument) {
        String[] words = argument.isBlank() ? new String[] {"list"} : argument.strip().split("\\s+");
        String sub = words[0].toLowerCase(Locale.ROOT);
        Action action = switch (sub) {
            case "add" -> Action.FEEDS_ADD;
            case "remove" -> Action.FEEDS_REMOVE;
            default -> Action.FEEDS_LIST;
        };
        Optional<Admin> admin = newsroom.admin(turn.reader().id(), turn.chat().id(), action);
        if (admin.isEmpty()) return BroadcastView.refused(turn);
        AdminTexts t = AdminTexts.of(turn.language());
        String said;
        if (sub.equals("list") && words.length == 1) {
            return List.of(Replies.plain(turn, list(t, admin.get())));
        } else if (sub.equals("add") && (words.length == 2 || words.length == 3)) {
            said = said(t, admin.get().addFeed(words[1],
                    words.length == 3 ? Optional.of(words[2]) : Optional.empty()));
        } else if (sub.equals("remove") && words.length == 2) {
            said = said(t, admin.get().removeFeed(words[1]));
        } else {
            said = t.feedsUsage();
        }
        return List.of(Replies.plain(turn, said));
    }

    private static Rich list(AdminTexts t, Admin admin) {
        Optional<List<FeedDesk.Feed>> feeds = admin.feeds();
        if (feeds.isEmpty()) return Rich.plain(t.feedsUnavailable());
        if (feeds.get().isEmpty()) return Rich.plain(t.noFeeds() + "\n" + t.feedsUsage());
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < feeds.get().size(); i++) {
            if (i > 0) lines.append('\n');
            lines.append(t.feed(i + 1, feeds.get().get(i)));
        }
        return Rich.builder().bold(t.feedsTitle()).paragraph().plain(lines.toString()).build();
    }

    private static String said(AdminTexts t, FeedChange change) {
        return switch (change) {
            case FeedChange.Added a -> t.feedAdded(a.feed());
            case FeedChange.Removed r -> t.feedRemoved(r.url());
            case FeedChange.Refused r -> t.feedRefused(r.reason());
            case FeedChange.Problem p -> switch (p) {
                case NOT_A_URL -> t.notAUrl();
                case BAD_MINUTES -> t.badMinutes();
                case UNKNOWN_FEED -> t.unknownFeed();
                case UNAVAILABLE -> t.feedsUnavailable();
            };
        };
    }
}

package com.nabaa.conversation;

import com.nabaa.admin.Action;
import com.nabaa.admin.Admin;
import com.nabaa.admin.Newsroom;
import com.nabaa.store.ArticleStore;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * /breaking: the newest stories marked as breaking. /breaking followed by an article's address is
 * an admin's: it marks that stored article as breaking news.
 */
final class BreakingCommand implements CommandHandler {
    private static final Pattern ADDRESS = Pattern.compile("(?i)https?://\\S+");

    private final FirstPage lists;
    private final Newsroom newsroom;

    BreakingCommand(FirstPage lists, Newsroom newsroom) {
        this.lists = lists;
        this.newsroom = newsroom;
    }

    @Override
    public List<Outgoing> handle(Turn turn, String argument) {
        if (!ADDRESS.matcher(argument).matches()) return List.of(lists.show(turn, PageKind.BREAKING, ""));
        Optional<Admin> admin = newsroom.admin(turn.reader().id(), turn.chat().id(), Action.BREAKING);
        if (admin.isEmpty()) return BroadcastView.refused(turn);
        AdminTexts t = AdminTexts.of(turn.language());
        Optional<ArticleStore.Marked> marked = admin.get().markBreaking(argument);
        return List.of(Replies.plain(turn, marked.map(m -> m.changed() ? t.markedBreaking(m.title())
                : t.alreadyBreaking(m.title())).orElse(t.noArticleAt(argument))));
    }
}

package com.nabaa.conversation;

import com.nabaa.admin.Action;
import com.nabaa.admin.Admin;
import com.nabaa.admin.Newsroom;
import java.util.List;
import java.util.Optional;

/** /stats: the newsroom's numbers in one short message, for admins. */
final class StatsCommand implements CommandHandler {
    private final Newsroom newsroom;

    StatsCommand(Newsroom newsroom) {
        this.newsroom = newsroom;
    }

    @Override
    public List<Outgoing> handle(Turn turn, String argument) {
        Optional<Admin> admin = newsroom.admin(turn.reader().id(), turn.chat().id(), Action.STATS);
        if (admin.isEmpty()) return BroadcastView.refused(turn);
        AdminTexts t = AdminTexts.of(turn.language());
        return List.of(Replies.plain(turn, Rich.builder().bold(t.statsTitle()).paragraph()
                .plain(String.join("\n", t.stats(admin.get().stats()))).build()));
    }
}

package com.nabaa.conversation;

import com.nabaa.admin.Action;
import com.nabaa.admin.Admin;
import com.nabaa.admin.Newsroom;
import com.nabaa.admin.Preview;
import java.util.List;
import java.util.Optional;

/** /announce [lang:xx|topic:word] text: an admin's announcement, previewed with Send and Cancel; nothing goes yet. */
final class AnnounceCommand implements CommandHandler {
    private final Newsroom newsroom;

    AnnounceCommand(Newsroom newsroom) {
        this.newsroom = newsroom;
    }

    @Override
    public List<Outgoing> handle(Turn turn, String argument) {
        Optional<Admin> admin = newsroom.admin(turn.reader().id(), turn.chat().id(), Action.ANNOUNCE_PREVIEW);
        if (admin.isEmpty()) return BroadcastView.refused(turn);
        AdminTexts t = AdminTexts.of(turn.language());
        return List.of(switch (admin.get().preview(argument, turn.language())) {
            case Preview.Ready ready -> BroadcastView.preview(turn, ready);
            case Preview.Problem p -> Replies.plain(turn, switch (p) {
                case NO_TEXT -> t.announceUsage();
                case TOO_LONG -> t.announceTooLong(Preview.MAX_CHARS);
                case UNKNOWN_SEGMENT -> t.unknownSegment();
                case NO_TOPICS -> t.noTopics();
            });
        });
    }
}

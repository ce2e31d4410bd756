package com.nabaa.conversation;

import com.nabaa.admin.Broadcast;
import com.nabaa.admin.Preview;
import java.util.List;
import java.util.Optional;

/**
 * An announcement as its admin sees it: the preview with Send and Cancel, then the same message
 * edited to show how the broadcast goes (with Cancel while it goes), and the refusal anyone else gets.
 */
final class BroadcastView {
    private BroadcastView() {
    }

    /** The text as readers will see it, under whom it goes to and how many chats that is. */
    static Outgoing.Send preview(Turn turn, Preview.Ready ready) {
        AdminTexts t = AdminTexts.of(turn.language());
        Rich body = Rich.builder().bold(t.previewTitle(ready.segment(), ready.reach())).paragraph()
                .plain(ready.text()).build();
        List<List<Button>> buttons = List.of(List.of(
                Button.press(t.send(), new ButtonData.Announcement(ready.id(), true).encode()),
                Button.press(t.cancel(), new ButtonData.Announcement(ready.id(), false).encode())));
        return new Outgoing.Send(turn.chat().id(), body, buttons, false, Optional.empty(), Optional.empty());
    }

    /** The broadcast's message, in the language of the admin who wrote it. */
    static Outgoing.Edit progress(Broadcast b) {
        AdminTexts t = AdminTexts.of(b.language());
        Rich.Builder body = Rich.builder().bold(t.broadcastTitle(b)).paragraph();
        if (b.phase() != Broadcast.Phase.CANCELLED && b.phase() != Broadcast.Phase.DRAFT) {
            body.plain(t.deliveries(b.deliveries()));
        }
        List<List<Button>> buttons = b.phase() == Broadcast.Phase.SENDING
                ? List.of(List.of(Button.press(t.cancel(), new ButtonData.Announcement(b.id(), false).encode())))
                : List.of();
        return new Outgoing.Edit(b.chatId(), b.messageId(), body.build(), buttons, false, Optional.empty());
    }

    /** To anyone who is not an admin. */
    static List<Outgoing> refused(Turn turn) {
        return List.of(Replies.plain(turn, AdminTexts.of(turn.language()).refused()));
    }
}

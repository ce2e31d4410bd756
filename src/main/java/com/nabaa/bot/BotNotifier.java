package com.nabaa.bot;

import com.nabaa.conversation.Dialog;
import com.nabaa.conversation.Outgoing;
import com.nabaa.conversation.PushView;
import com.nabaa.conversation.Rich;
import com.nabaa.news.Language;
import com.nabaa.push.Notifier;
import com.nabaa.push.Push;
import com.nabaa.push.PushMessage;
import com.nabaa.store.ChatStore;
import com.nabaa.store.StoredChat;
import java.io.Serializable;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Pushes over Telegram: each rendered in the chat's language when it goes, sent through the same
 * {@link Sender} as replies but behind them, within the same limits. A chat that cannot be reached
 * is marked so, like a reader's.
 */
final class BotNotifier implements Notifier {
    private final Sender sender;
    private final Replies replies;
    private final ChatStore chats;
    private final PushView view;
    private final Dialog dialog;
    private final Clock clock;

    BotNotifier(Sender sender, Replies replies, ChatStore chats, PushView view, Dialog dialog, Clock clock) {
        this.sender = sender;
        this.replies = replies;
        this.chats = chats;
        this.view = view;
        this.dialog = dialog;
        this.clock = clock;
    }

    @Override
    public void send(Push push, Outcome outcome) {
        Optional<StoredChat> chat = chats.find(push.chatId());
        Language language = chat.flatMap(StoredChat::language).orElse(Language.ARABIC);
        boolean group = chat.map(c -> !"PRIVATE".equalsIgnoreCase(c.kind())).orElse(false);
        Rich body = view.render(push.message(), language, ZonedDateTime.now(clock));
        boolean preview = push.message() instanceof PushMessage.StoryAlert;
        List<SendMessage> parts = replies.send(new Outgoing.Send(push.chatId(), body, List.of(), preview, Optional.empty(),
                Optional.empty()), push.silent());
        if (parts.isEmpty()) {
            outcome.failed("nothing to send");
            return;
        }
        AtomicInteger left = new AtomicInteger(parts.size());
        AtomicLong firstMessage = new AtomicLong(-1);
        AtomicInteger failed = new AtomicInteger();
        for (int i = 0; i < parts.size(); i++) {
            boolean first = i == 0;
            sender.submit(new Delivery(push.chatId(), group, Sender.Priority.BROADCAST, parts.get(i), new Delivery.Outcome() {
                @Override
                public void sent(Serializable result) {
                    if (first && result instanceof Message m) firstMessage.set(m.getMessageId());
                    if (left.decrementAndGet() == 0 && failed.get() == 0) outcome.sent(firstMessage.get());
                }

                @Override
                public void failed(Delivery.Failure failure, String description) {
                    // Only the first failure of a push decides its outcome.
                    if (failed.getAndIncrement() > 0) return;
                    switch (failure) {
                        case UNREACHABLE -> {
                            dialog.unreachable(push.chatId());
                            outcome.unreachable(description);
                        }
                        case CLOSED -> outcome.notNow();
                        default -> outcome.failed(description);
                    }
                }
            }));
        }
    }
}

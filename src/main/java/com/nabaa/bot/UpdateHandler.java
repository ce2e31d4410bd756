package com.nabaa.bot;

import com.nabaa.conversation.Chat;
import com.nabaa.conversation.Dialog;
import com.nabaa.conversation.Incoming;
import com.nabaa.conversation.Outgoing;
import com.nabaa.conversation.Rich;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * One update from arrival to its last reply: mapped for the conversation, queued in its chat's lane
 * (the receiving thread returns at once), handled, and its replies sent through the {@link Sender};
 * a button press is answered at once, exactly once, even when handling it failed. Logs name the
 * update id, never what a reader wrote.
 */
final class UpdateHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);

    private final UpdateMapper mapper;
    private final Dialog dialog;
    private final TelegramClient client;
    private final Sender sender;
    private final ChatLanes lanes;
    private final BotMetrics metrics;
    private final Replies replies;

    UpdateHandler(UpdateMapper mapper, Dialog dialog, Replies replies, TelegramClient client, Sender sender,
                  ChatLanes lanes, BotMetrics metrics) {
        this.replies = replies;
        this.mapper = mapper;
        this.dialog = dialog;
        this.client = client;
        this.sender = sender;
        this.lanes = lanes;
        this.metrics = metrics;
    }

    /** Takes an update from the poller or the webhook; returns at once. */
    void accept(Update update) {
        long arrived = System.nanoTime();
        long id = update.getUpdateId() == null ? -1 : update.getUpdateId();
        UpdateMapper.Mapped mapped = mapper.map(update);
        boolean taken = switch (mapped) {
            case UpdateMapper.Mapped.Ignored ignored -> {
                metrics.update("ignored");
                LOG.debug("update {} ignored: {}", id, ignored.what());
                yield true;
            }
            case UpdateMapper.Mapped.Gone gone -> {
                metrics.update("membership");
                LOG.info("update {}: chat {} removed the bot", id, gone.chatId());
                yield lanes.submit(gone.chatId(), new ChatLanes.Work(id, () -> dialog.unreachable(gone.chatId())));
            }
            case UpdateMapper.Mapped.ForChat forChat -> {
                metrics.update(kind(forChat.incoming()));
                ChatLanes.Work work = new ChatLanes.Work(id, () -> handle(id, forChat, arrived));
                yield forChat.incoming() instanceof Incoming.Inline ? lanes.submitUnordered(work)
                        : lanes.submit(forChat.lane(), work);
            }
        };
        if (!taken) LOG.warn("update {} arrived during shutdown and was not handled", id);
    }

    private static String kind(Incoming incoming) {
        return switch (incoming) {
            case Incoming.Text t -> t.text().startsWith("/") ? "command" : "message";
            case Incoming.Press p -> "button";
            case Incoming.Inline i -> "inline";
        };
    }

    private void handle(long updateId, UpdateMapper.Mapped.ForChat mapped, long arrived) {
        List<Outgoing> out;
        try {
            out = dialog.handle(mapped.incoming());
        } catch (RuntimeException e) {
            metrics.failedUpdate();
            LOG.error("update {} could not be handled: {}", updateId, e.toString(), e);
            out = apology(mapped.incoming());
        }
        List<Delivery> deliveries = new ArrayList<>();
        Trace trace = new Trace(arrived);
        boolean noticed = false;
        for (Outgoing o : out) {
            switch (o) {
                case Outgoing.Notice n -> {
                    if (mapped.queryId().isPresent() && !noticed) {
                        noticed = true;
                        callNow(updateId, Replies.notice(mapped.queryId().get(), n));
                    }
                }
                case Outgoing.InlineAnswer a -> mapped.queryId().ifPresent(q -> callNow(updateId, replies.inline(q, a)));
                case Outgoing.Send s -> {
                    for (var m : replies.send(s)) deliveries.add(delivery(s.chatId(), group(mapped), m, s.shows(), trace));
                }
                case Outgoing.Edit e -> replies.edit(e).ifPresent(m ->
                        deliveries.add(delivery(e.chatId(), group(mapped), m, e.shows(), trace)));
            }
        }
        // Telegram shows a spinner until a press is answered: every press gets its answer.
        if (mapped.incoming() instanceof Incoming.Press && !noticed && mapped.queryId().isPresent()) {
            callNow(updateId, Replies.notice(mapped.queryId().get(), new Outgoing.Notice(Optional.empty(), false)));
        }
        trace.expect(deliveries.size());
        deliveries.forEach(sender::submit);
    }

    private static List<Outgoing> apology(Incoming incoming) {
        Rich sorry = Rich.plain("عذرًا، حدث خطأ. حاول مرة أخرى. / Sorry, something went wrong. Please try again.");
        return switch (incoming) {
            case Incoming.Text t -> t.addressedToBot()
                    ? List.of(new Outgoing.Send(t.chat().id(), sorry, List.of(), false, Optional.empty(), Optional.empty()))
                    : List.of();
            case Incoming.Press p -> List.of(new Outgoing.Notice(Optional.of("عذرًا، حدث خطأ. / Sorry, something went wrong."), false));
            case Incoming.Inline i -> List.of();
        };
    }

    private static boolean group(UpdateMapper.Mapped.ForChat mapped) {
        Chat chat = switch (mapped.incoming()) {
            case Incoming.Text t -> t.chat();
            case Incoming.Press p -> p.chat();
            case Incoming.Inline i -> new Chat(0, Chat.Kind.PRIVATE);
        };
        return chat.kind() != Chat.Kind.PRIVATE;
    }

    private Delivery delivery(long chatId, boolean group, BotApiMethod<? extends Serializable> method,
                              Optional<String> shows, Trace trace) {
        return new Delivery(chatId, group, Sender.Priority.REPLY, method, new Delivery.Outcome() {
            @Override
            public void sent(Serializable result) {
                if (shows.isPresent()) {
                    long messageId = result instanceof Message m ? m.getMessageId() : messageIdOf(method);
                    if (messageId > 0) dialog.sent(chatId, messageId, shows.get());
                }
                trace.done();
            }

            @Override
            public void failed(Delivery.Failure failure, String description) {
                if (failure == Delivery.Failure.UNREACHABLE) dialog.unreachable(chatId);
                trace.done();
            }
        });
    }

    private static long messageIdOf(BotApiMethod<?> method) {
        return method instanceof org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText e
                && e.getMessageId() != null ? e.getMessageId() : -1;
    }

    /** Answers a press or an inline query at once: these are not messages and take no turn. */
    private void callNow(long updateId, BotApiMethod<? extends Serializable> method) {
        try {
            client.execute(method);
        } catch (TelegramApiException e) {
            metrics.telegramError(e instanceof org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException r
                    && r.getErrorCode() != null ? r.getErrorCode() : -1);
            LOG.warn("update {}: {} failed: {}", updateId, method.getMethod(), e.getMessage());
        }
    }

    /** Observes the time from an update's arrival to its last reply sent. */
    private final class Trace {
        private final long arrived;
        private final AtomicInteger left = new AtomicInteger(1);

        Trace(long arrived) {
            this.arrived = arrived;
        }

        void expect(int deliveries) {
            left.addAndGet(deliveries);
            done();
        }

        void done() {
            if (left.decrementAndGet() == 0) metrics.replied(System.nanoTime() - arrived);
        }
    }
}

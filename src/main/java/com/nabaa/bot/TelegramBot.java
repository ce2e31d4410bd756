package com.nabaa.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nabaa.config.BotSettings;
import com.nabaa.conversation.Dialog;
import com.nabaa.news.Language;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Nabaa on Telegram: checks the token, publishes the command menu, receives updates by long polling
 * (or on its own webhook endpoint) and hands each to the {@link UpdateHandler}. Owns every thread it
 * starts, the library's included, and stops them all on {@link #close}.
 */
public final class TelegramBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    /** What the bot asks Telegram for; everything else is never sent to it. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "channel_post", "callback_query", "inline_query",
            "my_chat_member");
    static final String WEBHOOK_PATH = "/telegram";

    private final OkHttpClient http;
    private final Sender sender;
    private final ChatLanes lanes;
    private final Optional<TelegramBotsLongPollingApplication> polling;
    private final Optional<ScheduledExecutorService> pollingThreads;
    private final Optional<WebhookEndpoint> webhook;
    private final String username;
    private final Dialog dialog;
    private boolean closed;

    private TelegramBot(OkHttpClient http, Sender sender, ChatLanes lanes,
                        Optional<TelegramBotsLongPollingApplication> polling,
                        Optional<ScheduledExecutorService> pollingThreads, Optional<WebhookEndpoint> webhook,
                        String username, Dialog dialog) {
        this.dialog = dialog;
        this.http = http;
        this.sender = sender;
        this.lanes = lanes;
        this.polling = polling;
        this.pollingThreads = pollingThreads;
        this.webhook = webhook;
        this.username = username;
    }

    /**
     * Starts the bot; {@code dialogFor} makes the conversation once the bot knows its username (for
     * deep links). {@code pollSeconds} is the long-poll timeout (50 in production; tests shorten it
     * so that shutdown is quick).
     *
     * @throws BotStartException with a message for the operator: no token, a token Telegram rejects,
     *                           an API that cannot be reached, a webhook without its secret
     */
    public static TelegramBot start(Optional<String> token, BotSettings settings,
                                    java.util.function.BiFunction<String, com.nabaa.conversation.ChatAdmins, Dialog> dialogFor,
                                    BotMetrics metrics,
                                    int pollSeconds) throws BotStartException {
        String t = token.filter(v -> !v.isBlank()).orElseThrow(() -> new BotStartException(
                "no bot token: create a bot with @BotFather in Telegram and set TELEGRAM_BOT_TOKEN"));
        settings.webhookProblem().ifPresent(p -> {
            throw new BotStartException(p);
        });
        TelegramUrl url = telegramUrl(settings.apiUrl());
        OkHttpClient http = new OkHttpClient.Builder()
                .dispatcher(new Dispatcher(Executors.newCachedThreadPool(r -> new Thread(r, "nabaa-okhttp"))))
                .connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(pollSeconds + 15L))
                .writeTimeout(Duration.ofSeconds(30)).build();
        OkHttpTelegramClient client = new OkHttpTelegramClient(http, t, url);
        List<AutoCloseable> started = new ArrayList<>();
        try {
            User me = checkToken(client, settings.apiUrl());
            Dialog dialog = dialogFor.apply(me.getUserName(), new BotChatAdmins(client));
            publishMenu(client, dialog);
            Sender sender = new Sender(client, settings.messagesPerSecond(), settings.chatMessagesPerSecond(),
                    settings.groupMessagesPerMinute(), (method, code) -> {
                        if (code != 0) metrics.telegramError(code);
                    });
            started.add(sender);
            ChatLanes lanes = new ChatLanes();
            started.add(lanes);
            UpdateHandler handler = new UpdateHandler(new UpdateMapper(me.getId(), me.getUserName()), dialog,
                    new Replies(TelegramBot::html), client, sender, lanes, metrics);
            ObjectMapper json = new ObjectMapper();
            if (settings.mode() == BotSettings.Mode.WEBHOOK) {
                WebhookEndpoint endpoint = WebhookEndpoint.start(settings.webhookPort(), WEBHOOK_PATH,
                        settings.webhookSecret().orElseThrow(), json, handler::accept);
                started.add(endpoint);
                client.execute(SetWebhook.builder().url(settings.webhookUrl().orElseThrow() + WEBHOOK_PATH)
                        .secretToken(settings.webhookSecret().orElseThrow()).allowedUpdates(ALLOWED_UPDATES).build());
                LOG.info("@{} receives updates on its webhook, port {}", me.getUserName(), endpoint.port());
                return new TelegramBot(http, sender, lanes, Optional.empty(), Optional.empty(), Optional.of(endpoint),
                        me.getUserName(), dialog);
            }
            ScheduledExecutorService pollingThreads = Executors.newSingleThreadScheduledExecutor(
                    r -> new Thread(r, "nabaa-polling"));
            TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(() -> json, () -> http,
                    () -> pollingThreads);
            started.add(() -> {
                app.close();
                pollingThreads.shutdownNow();
            });
            app.registerBot(t, () -> url, offset -> GetUpdates.builder().offset(offset).limit(100).timeout(pollSeconds)
                    .allowedUpdates(ALLOWED_UPDATES).build(), updates -> updates.forEach(handler::accept));
            LOG.info("@{} receives updates by long polling", me.getUserName());
            return new TelegramBot(http, sender, lanes, Optional.of(app), Optional.of(pollingThreads), Optional.empty(),
                    me.getUserName(), dialog);
        } catch (TelegramApiException | IOException | RuntimeException e) {
            for (int i = started.size() - 1; i >= 0; i--) closeQuietly(started.get(i));
            shutdown(http);
            if (e instanceof BotStartException b) throw b;
            throw new BotStartException("cannot start the bot: " + e.getMessage(), e);
        }
    }

    /** Telegram HTML in the message's own direction: an Arabic reply reads right to left. */
    static List<String> html(com.nabaa.conversation.Rich body) {
        return TelegramHtml.render(body, com.nabaa.text.LanguageDetector.detect(com.nabaa.conversation.PlainText.render(body)));
    }

    private static TelegramUrl telegramUrl(URI api) {
        int port = api.getPort() > 0 ? api.getPort() : "https".equals(api.getScheme()) ? 443 : 80;
        return new TelegramUrl(api.getScheme(), api.getHost(), port, false);
    }

    /** Who the bot is; a clear message when the token is refused or the API is out of reach. */
    private static User checkToken(OkHttpTelegramClient client, URI api) {
        try {
            return client.execute(new GetMe());
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code != null && (code == 401 || code == 404)) {
                throw new BotStartException("Telegram rejected the bot token (" + code
                        + "): check TELEGRAM_BOT_TOKEN, as @BotFather gave it");
            }
            throw new BotStartException("the Bot API at " + api + " refused getMe: " + e.getMessage(), e);
        } catch (TelegramApiException e) {
            throw new BotStartException("cannot reach the Bot API at " + api + ": "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().toString()), e);
        }
    }

    private static void publishMenu(OkHttpTelegramClient client, Dialog dialog) throws TelegramApiException {
        for (Language language : List.of(Language.ARABIC, Language.ENGLISH)) {
            List<BotCommand> commands = dialog.menu(language).stream()
                    .map(c -> new BotCommand(c.command(), c.description())).toList();
            client.execute(SetMyCommands.builder().commands(commands).languageCode(language.code()).build());
            if (language == Language.ARABIC) client.execute(SetMyCommands.builder().commands(commands).build());
        }
    }

    /**
     * The port through which pushes reach readers: rendered in each chat's language, sent behind
     * replies within the same limits.
     */
    public com.nabaa.push.Notifier notifier(com.nabaa.store.ChatStore chats,
                                            com.nabaa.conversation.PushView view, java.time.Clock clock) {
        return new BotNotifier(sender, new Replies(TelegramBot::html), chats, view, dialog, clock);
    }

    /**
     * Carries out a message no update asked for (an admin's broadcast progress, edited every few
     * seconds): sent like a reply, within the same limits.
     */
    public void carryOut(com.nabaa.conversation.Outgoing outgoing) {
        Replies replies = new Replies(TelegramBot::html);
        switch (outgoing) {
            case com.nabaa.conversation.Outgoing.Send s -> replies.send(s).forEach(m -> sender.submit(
                    new Delivery(s.chatId(), s.chatId() < 0, Sender.Priority.REPLY, m, recording(s.chatId(), s.shows()))));
            case com.nabaa.conversation.Outgoing.Edit e -> replies.edit(e).ifPresent(m -> sender.submit(
                    new Delivery(e.chatId(), e.chatId() < 0, Sender.Priority.REPLY, m, recording(e.chatId(), e.shows()))));
            default -> LOG.warn("{} cannot be carried out without an update", outgoing.getClass().getSimpleName());
        }
    }

    private Delivery.Outcome recording(long chatId, Optional<String> shows) {
        return new Delivery.Outcome() {
            @Override
            public void sent(java.io.Serializable result) {
                if (shows.isPresent() && result instanceof org.telegram.telegrambots.meta.api.objects.message.Message m) {
                    dialog.sent(chatId, m.getMessageId(), shows.get());
                }
            }

            @Override
            public void failed(Delivery.Failure failure, String description) {
                if (failure == Delivery.Failure.UNREACHABLE) dialog.unreachable(chatId);
            }
        };
    }

    public String username() {
        return username;
    }

    /** Whether updates are coming in: the poller runs, or the webhook endpoint listens. */
    public boolean receiving() {
        return webhook.isPresent() || polling.map(TelegramBotsLongPollingApplication::isRunning).orElse(false);
    }

    /** The webhook endpoint's port, in webhook mode. */
    public Optional<Integer> webhookPort() {
        return webhook.map(WebhookEndpoint::port);
    }

    /**
     * Stops receiving, lets the updates in flight finish and their replies go, then stops every
     * thread: the poller, the library's executor, the chat lanes, the sender and the HTTP client's.
     */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        polling.ifPresent(TelegramBot::closeQuietly);
        pollingThreads.ifPresent(ScheduledExecutorService::shutdownNow);
        webhook.ifPresent(WebhookEndpoint::close);
        lanes.close(Duration.ofSeconds(30));
        sender.close(Duration.ofSeconds(30));
        shutdown(http);
    }

    private static void shutdown(OkHttpClient http) {
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
        try {
            http.dispatcher().executorService().awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("while stopping: {}", e.toString());
        }
    }
}

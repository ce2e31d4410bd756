package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The real TelegramBots 10.2.0 long-polling application pointed at a {@link FakeBotApi}, closed without
 * leaving a thread behind. The application's close() neither shuts its polling executor down nor ends
 * the getUpdates call in flight (held up to 50 s), so this owns both and ends them itself.
 */
public final class RealPolling implements AutoCloseable {
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService executor;
    private final OkHttpClient http;
    private final TelegramBotsLongPollingApplication application;

    private RealPolling(FakeBotApi telegram, LongPollingUpdateConsumer consumer) throws TelegramApiException {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "real-polling");
            t.setDaemon(true);
            threads.add(t);
            return t;
        });
        http = new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get();
        application = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> executor);
        application.registerBot(telegram.token(), telegram::telegramUrl, new DefaultGetUpdatesGenerator(), consumer);
    }

    /** Registers the consumer and starts polling (deleteWebhook first, then getUpdates with timeout 50). */
    public static RealPolling start(FakeBotApi telegram, LongPollingUpdateConsumer consumer) {
        try {
            return new RealPolling(telegram, consumer);
        } catch (TelegramApiException e) {
            throw new IllegalStateException("the polling application did not start: " + e, e);
        }
    }

    public boolean isRunning() {
        return application.isRunning();
    }

    /** The polling threads this made, to check none outlives {@link #close()}. */
    List<Thread> threads() {
        return List.copyOf(threads);
    }

    @Override
    public void close() {
        try {
            application.close();
        } catch (Exception e) {
            throw new IllegalStateException("the polling application did not close: " + e, e);
        } finally {
            http.dispatcher().cancelAll();
            executor.shutdownNow();
            awaitPollingThread();
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private void awaitPollingThread() {
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the polling thread did not stop");
            }
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(10));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

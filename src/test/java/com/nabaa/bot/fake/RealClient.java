package com.nabaa.bot.fake;

import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The real TelegramBots OkHttp client pointed at a {@link FakeBotApi}, on an OkHttpClient this owns,
 * so that closing it leaves no dispatcher thread behind (OkHttp's are not daemons).
 */
public final class RealClient implements AutoCloseable {
    private final OkHttpClient http = new OkHttpClient();
    private final TelegramClient client;

    private RealClient(String token, FakeBotApi telegram) {
        client = new OkHttpTelegramClient(http, token, telegram.telegramUrl());
    }

    public static RealClient of(FakeBotApi telegram) {
        return new RealClient(telegram.token(), telegram);
    }

    /** A client with another token, e.g. to see a 401. */
    public static RealClient withToken(FakeBotApi telegram, String token) {
        return new RealClient(token, telegram);
    }

    public TelegramClient telegram() {
        return client;
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}

package com.nabaa.bot.fake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The webhook the bot set with setWebhook, and real HTTP deliveries of updates to a bot's endpoint,
 * with the header {@code X-Telegram-Bot-Api-Secret-Token} as Telegram sends it.
 */
public final class Webhook implements AutoCloseable {
    /** The header Telegram puts the secret_token of setWebhook in. */
    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final UpdateQueue queue;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Optional<URI> url = Optional.empty();
    private Optional<String> secret = Optional.empty();
    private List<String> allowedUpdates = List.of();
    private Optional<String> lastError = Optional.empty();

    Webhook(UpdateQueue queue) {
        this.queue = queue;
    }

    synchronized void set(URI newUrl, Optional<String> newSecret, List<String> allowed) {
        url = Optional.of(newUrl);
        secret = newSecret;
        allowedUpdates = List.copyOf(allowed);
        lastError = Optional.empty();
    }

    synchronized void delete() {
        url = Optional.empty();
        secret = Optional.empty();
        allowedUpdates = List.of();
    }

    /** The url set by setWebhook, if one is set. */
    public synchronized Optional<URI> url() {
        return url;
    }

    /** The secret_token set by setWebhook. */
    public synchronized Optional<String> secretToken() {
        return secret;
    }

    /** The allowed_updates set by setWebhook (empty: Telegram's default). */
    public synchronized List<String> allowedUpdates() {
        return allowedUpdates;
    }

    synchronized Optional<String> lastError() {
        return lastError;
    }

    /**
     * Delivers the update as Telegram would: to the url set by setWebhook, with its secret token.
     * A 2xx answer confirms it (it leaves the pending updates). Returns the HTTP status.
     */
    public int post(FakeUpdate update) {
        URI target;
        Optional<String> token;
        synchronized (this) {
            target = url.orElseThrow(() -> new IllegalStateException("no webhook is set"));
            token = secret;
            if (!allowedUpdates.isEmpty() && !allowedUpdates.contains(update.type())) {
                throw new IllegalStateException("Telegram would not send a " + update.type()
                        + " update to this webhook: allowed_updates=" + allowedUpdates);
            }
        }
        int status = post(update, target, token);
        synchronized (this) {
            lastError = status / 100 == 2 ? Optional.empty()
                    : Optional.of("Wrong response from the webhook: " + status);
        }
        if (status / 100 == 2) {
            queue.remove(update);
        }
        return status;
    }

    /** Delivers the update to any url with the given secret header (or none), e.g. a wrong one. */
    public int post(FakeUpdate update, URI target, Optional<String> secretToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.body()));
        secretToken.ifPresent(value -> request.header(SECRET_HEADER, value));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("webhook " + target + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while posting to " + target, e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}

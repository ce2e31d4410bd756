package com.nabaa.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the Telegram bot runs ({@code nabaa serve}).
 *
 * @param mode                 long polling (the default) or a webhook endpoint of its own
 * @param apiUrl               the Bot API's base URL (Telegram's, a self-hosted Bot API server, a test server)
 * @param webhookUrl           the public HTTPS URL Telegram posts updates to (webhook mode)
 * @param webhookPort          the local port of the webhook endpoint
 * @param webhookSecret        the secret Telegram sends with every update, from the environment only
 * @param metricsPort          the local port of /health and /metrics; 0 turns them off
 * @param messagesPerSecond    messages sent per second overall (Telegram: about 30; paid broadcasts up to 1,000)
 * @param chatMessagesPerSecond messages per second to one chat
 * @param groupMessagesPerMinute messages per minute to one group
 * @param questionsPerMinute   questions one reader may ask per minute before being asked to slow down
 * @param context              how long a chat's last answer stays the context of short follow-ups
 */
public record BotSettings(Mode mode, URI apiUrl, Optional<URI> webhookUrl, int webhookPort,
                          Optional<String> webhookSecret, int metricsPort, int messagesPerSecond,
                          int chatMessagesPerSecond, int groupMessagesPerMinute, int questionsPerMinute,
                          Duration context) {
    public static final URI TELEGRAM = URI.create("https://api.telegram.org");

    public BotSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(context, "context");
        if (!"http".equals(apiUrl.getScheme()) && !"https".equals(apiUrl.getScheme()) || apiUrl.getHost() == null) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must be an http(s) URL with a host, not '" + apiUrl + "'");
        }
        if (webhookPort < 0 || webhookPort > 65_535 || metricsPort < 0 || metricsPort > 65_535) {
            throw new IllegalArgumentException("ports must be within 0..65535");
        }
        if (messagesPerSecond < 1 || messagesPerSecond > 1_000) {
            throw new IllegalArgumentException("telegram.messages.per.second must be 1..1000, not " + messagesPerSecond);
        }
        if (chatMessagesPerSecond < 1 || groupMessagesPerMinute < 1 || questionsPerMinute < 1) {
            throw new IllegalArgumentException("rate limits must be positive");
        }
    }

    /** What a webhook needs and is missing, when the mode is webhook; empty when it can start. */
    public Optional<String> webhookProblem() {
        if (mode != Mode.WEBHOOK) return Optional.empty();
        if (webhookSecret.isEmpty() || webhookSecret.get().isBlank()) {
            return Optional.of("webhook mode needs a secret: set TELEGRAM_WEBHOOK_SECRET (1-256 of A-Z a-z 0-9 _ -)");
        }
        if (!webhookSecret.get().matches("[A-Za-z0-9_-]{1,256}")) {
            return Optional.of("TELEGRAM_WEBHOOK_SECRET may hold only A-Z a-z 0-9 _ - (1 to 256 of them)");
        }
        if (webhookUrl.isEmpty()) return Optional.of("webhook mode needs the public URL: set webhook.url (NABAA_WEBHOOK_URL)");
        return Optional.empty();
    }

    public enum Mode { POLLING, WEBHOOK }

    @Override
    public String toString() {
        return "BotSettings[mode=" + mode + ", apiUrl=" + apiUrl + ", webhookUrl=" + webhookUrl + ", webhookPort="
                + webhookPort + ", webhookSecret=" + (webhookSecret.isPresent() ? "(set)" : "(unset)")
                + ", metricsPort=" + metricsPort + ", messagesPerSecond=" + messagesPerSecond + "]";
    }
}

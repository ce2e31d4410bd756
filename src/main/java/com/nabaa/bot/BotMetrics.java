package com.nabaa.bot;

import com.nabaa.answer.Answer;
import com.nabaa.answer.Answers;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What an operator watches while the bot serves, in Prometheus' text format: updates by kind,
 * answers by kind (nothing found included), the time from an update's arrival to its last reply
 * sent, Telegram's errors by code, and the index's size. One registry per bot, no global state.
 */
public final class BotMetrics {
    // Exemplars and native histograms would start the library's own scheduler thread, which nothing
    // stops: neither is needed here.
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter updates = Counter.builder().name("nabaa_updates_total")
            .help("Telegram updates received, by kind").labelNames("kind").withoutExemplars().register(registry);
    private final Counter answers = Counter.builder().name("nabaa_answers_total")
            .help("Questions answered, by the kind of answer (nothing_found: no article answered)")
            .labelNames("kind").withoutExemplars().register(registry);
    private final Histogram replyLatency = Histogram.builder().name("nabaa_reply_latency_seconds")
            .help("From an update's arrival to its last reply sent")
            .classicOnly().classicUpperBounds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10).withoutExemplars().register(registry);
    private final Counter telegramErrors = Counter.builder().name("nabaa_telegram_errors_total")
            .help("Bot API requests that failed, by error code (-1: no answer from the server)")
            .labelNames("code").withoutExemplars().register(registry);
    private final Counter failedUpdates = Counter.builder().name("nabaa_failed_updates_total")
            .help("Updates whose handling threw (logged with the update id)").withoutExemplars().register(registry);

    /** {@code indexedArticles}: how many articles the index holds, read at each scrape. */
    public BotMetrics(LongSupplier indexedArticles) {
        GaugeWithCallback.builder().name("nabaa_index_articles").help("Articles in the search index")
                .callback(cb -> cb.call(indexedArticles.getAsLong())).register(registry);
    }

    /** {@code answers}, counting each answer by its kind. */
    public Answers counting(Answers delegate) {
        return request -> {
            Answer a = delegate.ask(request);
            answers.labelValues(a.kind().name().toLowerCase(Locale.ROOT)).inc();
            return a;
        };
    }

    void update(String kind) {
        updates.labelValues(kind).inc();
    }

    void replied(long nanosSinceArrival) {
        replyLatency.observe(nanosSinceArrival / 1e9);
    }

    void telegramError(int code) {
        telegramErrors.labelValues(Integer.toString(code)).inc();
    }

    void failedUpdate() {
        failedUpdates.inc();
    }

    /** Writes every metric in the Prometheus text format. */
    public void write(OutputStream out) throws IOException {
        PrometheusTextFormatWriter.create().write(out, registry.scrape());
    }

    public static String contentType() {
        return PrometheusTextFormatWriter.CONTENT_TYPE;
    }
}

package com.nabaa.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.nabaa.answer.Answer;
import com.nabaa.answer.AskRequest;
import com.nabaa.news.Language;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What an operator's monitoring reads: /health and /metrics in Prometheus' text format. */
class OpsEndpointTest {
    @Test
    void metricsCountUpdatesAnswersByKindErrorsAndTheIndexAndHealthFollowsTheBot() throws Exception {
        BotMetrics metrics = new BotMetrics(() -> 29_974);
        ZonedDateTime now = ZonedDateTime.parse("2026-11-25T12:00+02:00[Africa/Cairo]");
        var answers = metrics.counting(request -> new Answer(request.text(), now, Language.ARABIC, List.of(),
                Answer.Kind.NOTHING_FOUND, List.of(), Optional.empty(), Optional.empty(), List.of(), 0, false));
        answers.ask(AskRequest.of("زورفكستان", now, 3));
        metrics.update("message");
        metrics.telegramError(429);
        metrics.replied(42_000_000);
        AtomicBoolean receiving = new AtomicBoolean(true);
        try (OpsEndpoint ops = OpsEndpoint.start(0, metrics, receiving::get);
             HttpClient http = HttpClient.newHttpClient()) {
            String base = "http://127.0.0.1:" + ops.port();
            HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> healthy = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            receiving.set(false);
            HttpResponse<String> down = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(scrape.body()).contains("nabaa_answers_total{kind=\"nothing_found\"} 1.0")
                    .contains("nabaa_updates_total{kind=\"message\"} 1.0")
                    .contains("nabaa_telegram_errors_total{code=\"429\"} 1.0")
                    .contains("nabaa_reply_latency_seconds_bucket{le=\"0.05\"} 1")
                    .contains("nabaa_index_articles 29974.0");
            assertThat(healthy.statusCode()).isEqualTo(200);
            assertThat(down.statusCode()).isEqualTo(503);
        }
    }
}

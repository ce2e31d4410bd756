package com.nabaa.bot.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** setWebhook as the real client sends it, and real HTTP deliveries to a bot's webhook endpoint. */
class FakeWebhookTest {
    private static final String SECRET = "s3cret_token-1";
    private static final FakeUser READER = FakeUser.of(506, "Rami", "ar");

    private final FakeBotApi fake = FakeBotApi.start();
    private final RealClient real = RealClient.of(fake);
    private final TelegramClient client = real.telegram();
    private final Endpoint endpoint = new Endpoint();

    @AfterEach
    void checkAndClose() {
        try (fake; real; endpoint) {
            fake.assertNoViolations();
        }
    }

    @Test
    void setWebhookIsSentMultipartAndRecordsUrlSecretAndAllowedUpdates() throws TelegramApiException {
        client.execute(SetWebhook.builder().url(endpoint.url().toString()).secretToken(SECRET)
                .allowedUpdates(List.of("message", "callback_query")).build());

        assertThat(fake.calls("setWebhook").get(0).contentType()).startsWith("multipart/form-data");
        assertThat(fake.webhook().url()).contains(endpoint.url());
        assertThat(fake.webhook().secretToken()).contains(SECRET);
        assertThat(fake.webhook().allowedUpdates()).containsExactly("message", "callback_query");
        assertThat(client.execute(new GetWebhookInfo()).getUrl()).isEqualTo(endpoint.url().toString());
    }

    @Test
    void anUpdateIsPostedWithTheSecretAndConfirmedByA200() throws TelegramApiException {
        setWebhook();
        FakeUpdate update = fake.updates().text(READER, "مرحبا");

        assertThat(fake.webhook().post(update)).isEqualTo(200);
        assertThat(endpoint.received).singleElement()
                .satisfies(u -> assertThat(u.getMessage().getText()).isEqualTo("مرحبا"));
        assertThat(fake.pendingUpdates()).isZero();
    }

    @Test
    void aWrongOrMissingSecretIsDeliveredAsIsForTheEndpointToRefuse() throws TelegramApiException {
        setWebhook();
        FakeUpdate update = fake.updates().text(READER, "مرحبا");

        assertThat(fake.webhook().post(update, endpoint.url(), Optional.of("wrong"))).isEqualTo(401);
        assertThat(fake.webhook().post(update, endpoint.url(), Optional.empty())).isEqualTo(401);
        assertThat(endpoint.received).isEmpty();
        assertThat(fake.pendingUpdates()).as("not confirmed").isEqualTo(1);
    }

    @Test
    void updatesOfTypesTheWebhookDidNotAskForAreNotSent() throws TelegramApiException {
        setWebhook();
        FakeUpdate inline = fake.updates().inlineQuery(READER, "q", "");
        assertThatThrownBy(() -> fake.webhook().post(inline)).hasMessageContaining("allowed_updates");
    }

    @Test
    void getUpdatesConflictsWhileAWebhookIsSetAndWorksAfterDeleteWebhook() throws TelegramApiException {
        setWebhook();
        FakeUpdate pending = fake.updates().text(READER, "هل من جديد؟");

        TelegramApiRequestException e = catchThrowableOfType(TelegramApiRequestException.class,
                () -> client.execute(GetUpdates.builder().timeout(0).build()));
        assertThat(e.getErrorCode()).isEqualTo(409);
        assertThat(e.getApiResponse()).contains("webhook is active");

        client.execute(new DeleteWebhook());
        assertThat(client.execute(GetUpdates.builder().timeout(0).build()))
                .extracting(Update::getUpdateId).containsExactly(pending.updateId());
    }

    @Test
    void aPlainHttpWebhookOffThisMachineIsRefused() {
        TelegramApiRequestException e = catchThrowableOfType(TelegramApiRequestException.class,
                () -> client.execute(SetWebhook.builder().url("http://bot.example/hook").build()));
        assertThat(e.getApiResponse()).isEqualTo("Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
        assertThat(fake.violations()).extracting(Violation::rule).containsExactly(Violation.Rule.SETTINGS);
        fake.clearViolations();
    }

    private void setWebhook() throws TelegramApiException {
        client.execute(SetWebhook.builder().url(endpoint.url().toString()).secretToken(SECRET)
                .allowedUpdates(List.of("message", "callback_query")).build());
    }

    /** A stand-in for the bot's webhook: 200 with the right secret, 401 without. */
    private static final class Endpoint implements AutoCloseable {
        final List<Update> received = new CopyOnWriteArrayList<>();
        private final ObjectMapper mapper = new ObjectMapper();
        private final HttpServer server;

        Endpoint() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/hook", this::handle);
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                if (!SECRET.equals(exchange.getRequestHeaders().getFirst(Webhook.SECRET_HEADER))) {
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                received.add(mapper.readValue(exchange.getRequestBody(), Update.class));
                exchange.sendResponseHeaders(200, -1);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}

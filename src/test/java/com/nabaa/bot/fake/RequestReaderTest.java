package com.nabaa.bot.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The three ways the Bot API takes parameters, plus the query string. */
class RequestReaderTest {

    private static ObjectNode read(String query, String type, String body) throws Exception {
        return RequestReader.read(query, type, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void jsonBodiesAreTakenAsTheyAre() throws Exception {
        ObjectNode values = read(null, "application/json; charset=UTF-8", "{\"chat_id\":5,\"text\":\"سلام\"}");
        assertThat(values.get("chat_id").asLong()).isEqualTo(5);
        assertThat(values.get("text").asText()).isEqualTo("سلام");
    }

    @Test
    void formValuesAreStringsExceptTheFieldsTelegramDefinesAsJson() throws Exception {
        ObjectNode values = read("offset=3", "application/x-www-form-urlencoded",
                "text=%5Bnot+json%5D&reply_markup=%7B%22inline_keyboard%22%3A%5B%5D%7D");
        assertThat(values.get("offset").asText()).isEqualTo("3");
        assertThat(values.get("text").asText()).isEqualTo("[not json]");
        assertThat(values.get("reply_markup").has("inline_keyboard")).isTrue();
    }

    @Test
    void multipartKeepsUtf8TextJsonPartsAndDescribesFiles() throws Exception {
        String body = """
                --XyZ\r
                Content-Disposition: form-data; name="caption"\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                تقرير اليوم\r
                --XyZ\r
                Content-Disposition: form-data; name="allowed_updates"\r
                \r
                ["message"]\r
                --XyZ\r
                Content-Disposition: form-data; name="document"; filename="report.txt"\r
                Content-Type: application/octet-stream\r
                \r
                12345\r
                --XyZ--\r
                """;
        ObjectNode values = read(null, "multipart/form-data; boundary=XyZ", body);
        assertThat(values.get("caption").asText()).isEqualTo("تقرير اليوم");
        assertThat(values.get("allowed_updates").get(0).asText()).isEqualTo("message");
        assertThat(values.get("document").get("file_name").asText()).isEqualTo("report.txt");
        assertThat(values.get("document").get("size").asInt()).isEqualTo(5);
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertThatThrownBy(() -> read(null, "application/json", "{\"chat_id\":"))
                .isInstanceOf(ApiError.class).hasMessageStartingWith("Bad Request: can't parse JSON");
    }
}

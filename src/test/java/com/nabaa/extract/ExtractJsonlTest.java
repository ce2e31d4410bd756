package com.nabaa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractJsonlTest {
    private static final JsonMapper JSON = new JsonMapper();

    private static List<JsonNode> run(String input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExtractJsonl.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        return out.toString(StandardCharsets.UTF_8).lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
    }

    private static String line(String id, String url, String html) throws Exception {
        return JSON.writeValueAsString(JSON.createObjectNode().put("id", id).put("url", url).put("html", html));
    }

    @Test
    void writesBodyAndLocalPublicationDayPerPage() throws Exception {
        List<JsonNode> out = run(line("a", "https://nahar.example/n", Fixtures.read("ar-jsonld-article.html")) + "\n");
        assertThat(out).hasSize(1);
        assertThat(out.get(0).get("id").asText()).isEqualTo("a");
        assertThat(out.get(0).get("date").asText()).isEqualTo("2024-03-07");
        assertThat(out.get(0).get("body").asText()).startsWith("افتتح محافظ").contains("\n");
        assertThat(out.get(0).get("language").asText()).isEqualTo("ar");
        assertThat(out.get(0).get("error").isNull()).isTrue();
    }

    @Test
    void reportsBadLinesAndKeepsGoing() throws Exception {
        String input = "{not json\n" + line("empty", "https://e.example/", Fixtures.read("no-article.html")) + "\n"
                + line("ok", "https://ledger.example/x", Fixtures.read("en-meta-time.html")) + "\n";
        List<JsonNode> out = run(input);
        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("error").asText()).isNotBlank();
        assertThat(out.get(1).get("error").asText()).contains("no article text");
        assertThat(out.get(1).get("date").isNull()).isTrue();
        assertThat(out.get(2).get("error").isNull()).isTrue();
        assertThat(out.get(2).get("title").asText()).isEqualTo("City council approves new bike lanes");
        assertThat(out.get(2).get("headline").asText()).as("the name the extraction scorer reads")
                .isEqualTo("City council approves new bike lanes");
        assertThat(out.get(2).get("site_name").asText()).isEqualTo("The Riverside Ledger");
    }
}

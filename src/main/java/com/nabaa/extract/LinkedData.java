package com.nabaa.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a page's JSON-LD says about the article's headline and the site's name.
 *
 * @param headline the {@code headline} of the article object (an Article, NewsArticle, BlogPosting…),
 *                 else of any object, entities decoded
 * @param siteNames the {@code name} of the article's publisher, then of WebSite objects, then of
 *                  Organization objects (which may also be a story's subject, so they come last)
 */
record LinkedData(Optional<String> headline, List<String> siteNames) {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i).*(?:article|posting|report|story).*");
    private static final Pattern ORGANIZATION_TYPE = Pattern.compile("(?i)Organization|NewsMediaOrganization");
    /** Hand-written JSON-LD is often invalid; its headline pair usually is not. */
    private static final Pattern HEADLINE_PAIR = Pattern.compile("\"headline\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,500})\"");

    LinkedData {
        siteNames = List.copyOf(siteNames);
    }

    static LinkedData of(Document doc) {
        List<String> articleHeadlines = new ArrayList<>();
        List<String> otherHeadlines = new ArrayList<>();
        Names names = new Names(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            try {
                walk(JSON.readTree(json), articleHeadlines, otherHeadlines, names);
            } catch (JsonProcessingException e) {
                Matcher m = HEADLINE_PAIR.matcher(json);
                if (m.find()) {
                    otherHeadlines.add(m.group(1).replace("\\\"", "\"").replace("\\/", "/"));
                }
            }
        }
        Optional<String> headline = articleHeadlines.stream().findFirst().or(() -> otherHeadlines.stream().findFirst())
                .map(h -> Paragraphs.clean(Parser.unescapeEntities(h, false))).filter(h -> !h.isEmpty());
        List<String> siteNames = new ArrayList<>(names.publishers());
        siteNames.addAll(names.websites());
        siteNames.addAll(names.organizations());
        return new LinkedData(headline, siteNames.stream().map(Paragraphs::clean).filter(n -> !n.isEmpty()).distinct().toList());
    }

    private record Names(List<String> publishers, List<String> websites, List<String> organizations) {
    }

    private static void walk(JsonNode node, List<String> articles, List<String> others, Names names) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            String type = node.path("@type").isArray() ? node.path("@type").path(0).asText("")
                    : node.path("@type").asText("");
            JsonNode headline = node.get("headline");
            if (headline != null && headline.isTextual() && !headline.asText().isBlank()) {
                (ARTICLE_TYPE.matcher(type).matches() ? articles : others).add(headline.asText());
            }
            String name = Parser.unescapeEntities(node.path("name").asText(""), false);
            if ("WebSite".equalsIgnoreCase(type)) {
                names.websites().add(name);
            } else if (ORGANIZATION_TYPE.matcher(type).matches()) {
                names.organizations().add(name);
            }
            JsonNode publisher = node.path("publisher");
            if (publisher.path("name").isTextual()) {
                names.publishers().add(Parser.unescapeEntities(publisher.path("name").asText(), false));
            }
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                walk(child, articles, others, names);
            }
        }
    }
}

package com.nabaa.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a call's parameters the three ways the Bot API accepts them: the query string, a JSON body,
 * application/x-www-form-urlencoded, multipart/form-data. In the last two every value is a string, so
 * the fields Telegram defines as JSON-serialized objects are parsed back into JSON.
 */
final class RequestReader {
    private static final Set<String> JSON_FIELDS = Set.of("reply_markup", "entities", "caption_entities",
            "commands", "scope", "results", "allowed_updates", "link_preview_options", "reply_parameters",
            "button", "media");
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern DISPOSITION_NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern DISPOSITION_FILE = Pattern.compile("\\bfilename=\"([^\"]*)\"");

    private RequestReader() {
    }

    static ObjectNode read(String rawQuery, String contentType, InputStream body) throws IOException, ApiError {
        ObjectNode values = Json.object();
        if (rawQuery != null) {
            form(rawQuery, values);
        }
        byte[] bytes = body.readAllBytes();
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (bytes.length == 0) {
            return values;
        }
        if (type.startsWith("application/json")) {
            JsonNode json = parseJson(new String(bytes, StandardCharsets.UTF_8));
            if (!json.isObject()) {
                throw ApiError.badRequest("parameters must be a JSON object");
            }
            values.setAll((ObjectNode) json);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            form(new String(bytes, StandardCharsets.UTF_8), values);
        } else if (type.startsWith("multipart/form-data")) {
            multipart(bytes, contentType, values);
        } else {
            throw ApiError.badRequest("unsupported content type \"" + contentType + "\"");
        }
        return values;
    }

    private static void form(String encoded, ObjectNode into) throws ApiError {
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            put(into, name, value);
        }
    }

    /** Bytes are kept as ISO-8859-1 chars while splitting, so each part's bytes survive untouched. */
    private static void multipart(byte[] bytes, String contentType, ObjectNode into) throws ApiError {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw ApiError.badRequest("multipart body without a boundary");
        }
        String body = new String(bytes, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary.group(1);
        for (String part : body.split(Pattern.quote(delimiter))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                continue;
            }
            Map<String, String> headers = headers(part.substring(0, headersEnd));
            String disposition = headers.getOrDefault("content-disposition", "");
            Matcher name = DISPOSITION_NAME.matcher(disposition);
            if (!name.find()) {
                continue;
            }
            String content = part.substring(headersEnd + 4);
            content = content.endsWith("\r\n") ? content.substring(0, content.length() - 2) : content;
            Matcher file = DISPOSITION_FILE.matcher(disposition);
            if (file.find()) {
                into.putObject(name.group(1)).put("file_name", file.group(1)).put("size", content.length());
            } else {
                byte[] raw = content.getBytes(StandardCharsets.ISO_8859_1);
                put(into, name.group(1), new String(raw, StandardCharsets.UTF_8));
            }
        }
    }

    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new HashMap<>();
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    private static void put(ObjectNode into, String name, String value) throws ApiError {
        String trimmed = value.trim();
        if (JSON_FIELDS.contains(name) && (trimmed.startsWith("{") || trimmed.startsWith("["))) {
            into.set(name, parseJson(value));
        } else {
            into.put(name, value);
        }
    }

    private static JsonNode parseJson(String json) throws ApiError {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw ApiError.badRequest("can't parse JSON: " + e.getMessage());
        }
    }
}

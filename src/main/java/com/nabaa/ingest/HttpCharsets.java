package com.nabaa.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the charset of a fetched body and decodes it. Order: byte order mark, {@code charset} of
 * the {@code Content-Type} header, XML prolog {@code encoding}, HTML {@code <meta charset>} or
 * {@code <meta http-equiv content="...; charset=...">} in the first 4 KB, else UTF-8. Bytes that
 * are invalid in the chosen charset become U+FFFD rather than failing.
 */
final class HttpCharsets {

    private static final int SNIFF_BYTES = 4096;
    private static final Pattern HEADER_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([^\"';\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_PROLOG =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?([^\"'\\s/>;]+)", Pattern.CASE_INSENSITIVE);

    private HttpCharsets() {
    }

    static String decode(byte[] body, String contentType) {
        int bomLength = bomLength(body);
        Charset charset = detect(body, contentType);
        return new String(body, bomLength, body.length - bomLength, charset);
    }

    static Charset detect(byte[] body, String contentType) {
        Optional<Charset> bom = fromBom(body);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> declared = find(HEADER_CHARSET, contentType == null ? "" : contentType);
        if (declared.isPresent()) {
            return declared.get();
        }
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        return find(XML_PROLOG, head)
                .or(() -> find(META_CHARSET, head))
                // a UTF-16 label inside an ASCII-readable document is a lie (WHATWG rule)
                .filter(c -> !c.name().startsWith("UTF-16"))
                .orElse(StandardCharsets.UTF_8);
    }

    private static Optional<Charset> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? forLabel(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> forLabel(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        // browsers read these labels as windows-1252, which is a superset
        if (name.equals("iso-8859-1") || name.equals("us-ascii") || name.equals("latin1")) {
            name = "windows-1252";
        }
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalArgumentException unknownOrIllegalName) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static int bomLength(byte[] b) {
        Optional<Charset> bom = fromBom(b);
        if (bom.isEmpty()) {
            return 0;
        }
        return bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
    }
}

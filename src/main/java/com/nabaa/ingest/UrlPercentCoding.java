package com.nabaa.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Percent-encoding normalization for one URL component (RFC 3986, section 6.2.2). */
final class UrlPercentCoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlPercentCoding() {
    }

    /**
     * Rewrites a raw component so that equivalent spellings become identical: escapes of unreserved
     * characters are decoded, other escapes get upper-case hex, and anything that is neither
     * unreserved nor in {@code literals} (non-ASCII letters, spaces, quotes) is encoded as UTF-8.
     * A {@code %} not followed by two hex digits is encoded as {@code %25}.
     */
    static String normalize(String raw, String literals, String url) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                int b = Integer.parseInt(raw, i + 1, i + 3, 16);
                appendByte(out, b, true, literals);
                i += 3;
            } else if (c < 0x80) {
                appendByte(out, c, false, literals);
                i++;
            } else {
                int cp = raw.codePointAt(i);
                if (Character.isISOControl(cp)) {
                    throw new IllegalArgumentException("invalid URL '" + url + "': control character");
                }
                for (byte b : Character.toString(cp).getBytes(StandardCharsets.UTF_8)) {
                    appendByte(out, b & 0xFF, true, literals);
                }
                i += Character.charCount(cp);
            }
        }
        return out.toString();
    }

    /** Decodes every escape as UTF-8 (used for hosts, which are then converted by IDN). */
    static String decodeAll(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 3;
            } else {
                int cp = raw.codePointAt(i);
                bytes.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void appendByte(StringBuilder out, int b, boolean escaped, String literals) {
        if (isUnreserved(b) || (!escaped && b > 0x20 && b < 0x7F && literals.indexOf(b) >= 0)) {
            out.append((char) b);
        } else {
            out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
        }
    }

    private static boolean isUnreserved(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                || b == '-' || b == '.' || b == '_' || b == '~';
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}

package com.nabaa.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Machine-readable dates found in structured inputs (JSON Lines, feeds). */
final class Dates {
    private Dates() {
    }

    /**
     * ISO 8601 with offset, without offset (taken as UTC), or a bare date (midnight UTC); empty for
     * anything else, since a wrong date is worse than none.
     */
    static Optional<Instant> parseInstant(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) return Optional.empty();
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            // not with an offset: try the plainer forms
        }
        try {
            return Optional.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // not a local date-time either
        }
        try {
            return Optional.of(LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

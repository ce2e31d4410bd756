package com.nabaa.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A topic a chat follows, as the store keeps it.
 *
 * @param typed      the whole topic as the reader typed it, exclusions and filters included
 * @param words      its words, without exclusions and filters
 * @param exclusions words that keep an article out ("-مصر" → "مصر")
 * @param section    the section it is limited to (a category name, "sport")
 * @param source     the outlet it is limited to
 * @param created    when it was followed: nothing published before is pushed for it
 */
public record StoredTopic(long id, long chatId, String typed, String words, List<String> exclusions,
                          Optional<String> section, Optional<String> source, Instant created) {
    public StoredTopic {
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(words, "words");
        exclusions = List.copyOf(exclusions);
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(created, "created");
    }
}

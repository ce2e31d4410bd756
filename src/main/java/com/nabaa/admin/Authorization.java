package com.nabaa.admin;

import java.util.Collection;
import java.util.Set;

/**
 * Who the newsroom's admins are: Telegram user ids, from the settings ({@code admins},
 * {@code NABAA_ADMINS}). A user, not a chat, is an admin: in a group only the admin's own messages
 * and presses count.
 */
public final class Authorization {
    private final Set<Long> admins;

    public Authorization(Collection<Long> admins) {
        this.admins = Set.copyOf(admins);
        if (this.admins.stream().anyMatch(id -> id <= 0)) {
            throw new IllegalArgumentException("a Telegram user id is positive: " + admins);
        }
    }

    /** Nobody is an admin (no admins configured). */
    public static Authorization nobody() {
        return new Authorization(Set.of());
    }

    public boolean isAdmin(long userId) {
        return admins.contains(userId);
    }

    public Set<Long> admins() {
        return admins;
    }
}

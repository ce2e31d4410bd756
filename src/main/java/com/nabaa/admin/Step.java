package com.nabaa.admin;

import java.util.Objects;

/**
 * What a press of an announcement's button did.
 *
 * @param changed   true when this press moved it on (sent it, cancelled it, stopped it); false when an
 *                  earlier one had (Send pressed twice sends once)
 * @param broadcast where it is now
 */
public record Step(boolean changed, Broadcast broadcast) {
    public Step {
        Objects.requireNonNull(broadcast, "broadcast");
    }
}

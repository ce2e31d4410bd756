package com.nabaa.admin;

import com.nabaa.store.OutboxStore;
import java.util.Map;

/**
 * Pushes by how far they got: sent, failed (refused, or the chat could not be reached), pending
 * (waiting or being sent), cancelled.
 */
public record Deliveries(long sent, long failed, long pending, long cancelled) {
    public Deliveries {
        if (sent < 0 || failed < 0 || pending < 0 || cancelled < 0) throw new IllegalArgumentException("counts");
    }

    static Deliveries of(Map<OutboxStore.State, Long> byState) {
        return new Deliveries(get(byState, OutboxStore.State.SENT), get(byState, OutboxStore.State.FAILED),
                get(byState, OutboxStore.State.PENDING) + get(byState, OutboxStore.State.SENDING),
                get(byState, OutboxStore.State.CANCELLED));
    }

    private static long get(Map<OutboxStore.State, Long> byState, OutboxStore.State state) {
        return byState.getOrDefault(state, 0L);
    }

    public long total() {
        return sent + failed + pending + cancelled;
    }
}

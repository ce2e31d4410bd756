package com.nabaa.ingest;

import com.nabaa.store.FeedStatus;

/**
 * Hears when the poller gives up on a feed, so that the admins can be told (the composition root
 * connects it to their notifications).
 */
@FunctionalInterface
public interface FeedHealthListener {
    /**
     * The feed failed too often in a row and is disabled until an admin enables it again. Called
     * once per disabling, on a poller thread; it should return soon.
     *
     * @param feed   the feed as disabled (its last failure and failures in a row included)
     * @param reason why, in one line: the number of failures and the last one's message
     */
    void disabled(FeedStatus feed, String reason);
}

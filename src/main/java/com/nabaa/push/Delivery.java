package com.nabaa.push;

/** How a chat gets its alerts. */
public enum Delivery {
    /** Each alert as it comes (within the quiet hours' rule). */
    INSTANT,
    /** Collected, and sent as one digest a day at the reader's hour. */
    DIGEST
}

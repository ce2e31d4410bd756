package com.nabaa.bot.fake;

import java.util.ArrayList;
import java.util.List;

/** Every violation recorded so far, in order; thread-safe. */
final class Violations {
    private final List<Violation> recorded = new ArrayList<>();

    synchronized void add(Violation.Rule rule, String detail, String method, Params request) {
        recorded.add(new Violation(rule, detail, method, request.toString()));
    }

    synchronized List<Violation> all() {
        return List.copyOf(recorded);
    }

    synchronized void clear() {
        recorded.clear();
    }
}

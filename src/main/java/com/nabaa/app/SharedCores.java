package com.nabaa.app;

import com.nabaa.answer.Answers;
import java.util.concurrent.Semaphore;

/**
 * The machine's cores, shared between questions and indexing so that neither starves the other:
 * one permit per core; a question holds one while it is answered, and the index follower holds
 * one while it indexes a page. So while articles are indexed, questions run at most cores − 1 at
 * a time and indexing keeps a core; at other times every core answers. (On 2 cores, without this,
 * 4 threads asking continuously left an ingest 51% of its speed, measured by
 * {@code nabaa bench runtime}.)
 */
final class SharedCores {
    private final Semaphore cores;

    SharedCores(int cores) {
        this.cores = new Semaphore(Math.max(1, cores), true);
    }

    Semaphore semaphore() {
        return cores;
    }

    /** {@code answers} answered on a shared core. */
    Answers gate(Answers answers) {
        return request -> {
            cores.acquireUninterruptibly();
            try {
                return answers.ask(request);
            } finally {
                cores.release();
            }
        };
    }
}

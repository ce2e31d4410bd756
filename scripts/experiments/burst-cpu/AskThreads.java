package com.nabaa.app;

import com.nabaa.answer.AskRequest;
import com.nabaa.answer.Answers;
import com.nabaa.config.Settings;
import com.nabaa.config.SettingsLoader;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Questions answered per second by the bench index's answering alone (no bot, no HTTP), on one
 * thread and on two: what the machine's two cores can give the bot's burst. The questions are
 * those of `nabaa bench bot` (200 of XQuAD-ar, 200 of ARCD). Eight rounds; the first three warm up.
 * Run through ask-threads.sh.
 */
public final class AskThreads {
    public static void main(String[] args) throws Exception {
        SettingsLoader loader = new SettingsLoader(System.getenv());
        Settings base = loader.load(loader.defaultFile());
        List<String> questions = new ArrayList<>();
        for (String set : List.of("xquad-ar.qa.jsonl", "arcd-train.qa.jsonl")) {
            questions.addAll(BenchAskCommand.questions(base.shared().resolve("eval").resolve(set), 200));
        }
        try (NabaaRuntime runtime = NabaaRuntime.open(base.withHome(BenchHome.path(base)), NabaaRuntime.Role.READER)) {
            Answers answers = runtime.answers();
            ZonedDateTime now = ZonedDateTime.now(base.timeZone());
            for (int round = 0; round < 8; round++) {
                for (int threads = 1; threads <= 2; threads++) {
                    int n = threads;
                    long start = System.nanoTime();
                    try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
                        List<Future<?>> work = new ArrayList<>();
                        for (int t = 0; t < n; t++) {
                            int first = t;
                            work.add(pool.submit(() -> {
                                for (int i = first; i < questions.size(); i += n) answers.ask(AskRequest.of(questions.get(i), now, 3));
                            }));
                        }
                        for (Future<?> f : work) f.get();
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (round >= 3) System.out.printf("round %d, %d thread(s): %.0f questions/s%n", round + 1, n, questions.size() / seconds);
                }
            }
        }
    }
}

package com.nabaa.answer;

/** The answering API of front ends (terminal, Telegram): one call per question, thread-safe. */
@FunctionalInterface
public interface Answers {
    /** The page of stories the request asks for. */
    Answer ask(AskRequest request);
}

package com.nabaa.conversation;

import java.util.List;

/** What one command does; {@code argument}: the text after the command, stripped ("" when none). */
@FunctionalInterface
interface CommandHandler {
    List<Outgoing> handle(Turn turn, String argument);
}

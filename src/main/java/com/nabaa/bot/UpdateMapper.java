package com.nabaa.bot;

import com.nabaa.conversation.Chat;
import com.nabaa.conversation.Incoming;
import com.nabaa.conversation.Reader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Telegram's update as the conversation sees it: who wrote where, what, and whether it was meant
 * for the bot. In a group the bot hears every message only if its privacy mode is off; it answers
 * commands, mentions of it and replies to it, and leaves the rest alone. In a channel where it is an
 * admin it sees the posts and acts on commands (subscribing the channel to breaking news).
 */
final class UpdateMapper {
    private final long botId;
    private final String mention;

    UpdateMapper(long botId, String username) {
        this.botId = botId;
        this.mention = "@" + username.toLowerCase(Locale.ROOT);
    }

    /** What an update means to the bot. */
    sealed interface Mapped {
        /** Something for the conversation: {@code queryId} is the callback or inline query to answer. */
        record ForChat(long lane, Incoming incoming, Optional<String> queryId) implements Mapped {
        }

        /** The bot was blocked or removed: the chat is unreachable. */
        record Gone(long chatId) implements Mapped {
        }

        /** Nothing the bot handles (an edit, a poll, a join). */
        record Ignored(String what) implements Mapped {
        }
    }

    Mapped map(Update u) {
        if (u.hasMessage() && u.getMessage().hasText()) return message(u.getMessage());
        // Only a channel's admins post in it, so a command there comes from one of them.
        if (u.hasChannelPost() && u.getChannelPost().hasText()) return message(u.getChannelPost());
        if (u.hasCallbackQuery()) return press(u.getCallbackQuery());
        if (u.hasInlineQuery()) return inline(u.getInlineQuery());
        if (u.hasMyChatMember()) return membership(u.getMyChatMember());
        return new Mapped.Ignored(u.hasMessage() || u.hasChannelPost() ? "a message without text" : "an update of another kind");
    }

    private Mapped message(Message m) {
        Chat chat = chat(m.getChat());
        String text = m.getText();
        boolean command = false;
        boolean mentioned = false;
        // isCommand() stays false until getEntities() has been read: read the entities directly.
        List<MessageEntity> entities = m.getEntities() == null ? List.of() : m.getEntities();
        for (MessageEntity e : entities) {
            String part = entityText(text, e).toLowerCase(Locale.ROOT);
            if ("bot_command".equals(e.getType()) && e.getOffset() == 0) {
                int at = part.indexOf('@');
                if (at >= 0 && !part.substring(at).equals(mention)) return new Mapped.Ignored("a command for another bot");
                command = true;
            } else if ("mention".equals(e.getType()) && part.equals(mention)) {
                mentioned = true;
            }
        }
        String cleaned = clean(text);
        Optional<Long> replyTo = Optional.empty();
        Message replied = m.getReplyToMessage();
        if (replied != null && replied.getFrom() != null && replied.getFrom().getId() == botId) {
            replyTo = Optional.of(replied.getMessageId().longValue());
        }
        boolean addressed = chat.kind() == Chat.Kind.PRIVATE || command || mentioned || replyTo.isPresent();
        return new Mapped.ForChat(chat.id(), new Incoming.Text(chat, reader(m.getFrom()), cleaned, replyTo, addressed,
                Instant.ofEpochSecond(m.getDate())), Optional.empty());
    }

    /** The text without the bot's @name: "/start@nabaa_bot x" → "/start x", "@nabaa_bot ما الجديد" → "ما الجديد". */
    private String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < text.length()) {
            if (lower.startsWith(mention, i) && (i + mention.length() == text.length()
                    || !Character.isLetterOrDigit(text.charAt(i + mention.length())) && text.charAt(i + mention.length()) != '_')) {
                i += mention.length();
                continue;
            }
            out.append(text.charAt(i++));
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private Mapped press(CallbackQuery q) {
        MaybeInaccessibleMessage m = q.getMessage();
        if (m == null) {
            // A button under an inline result posted in someone else's chat: no chat to answer in.
            return new Mapped.ForChat(q.getFrom().getId(), new Incoming.Press(new Chat(q.getFrom().getId(), Chat.Kind.PRIVATE),
                    reader(q.getFrom()), 0, q.getData() == null ? "" : q.getData(), Instant.now()), Optional.of(q.getId()));
        }
        Chat chat = chat(m.getChat());
        return new Mapped.ForChat(chat.id(), new Incoming.Press(chat, reader(q.getFrom()), m.getMessageId(),
                q.getData() == null ? "" : q.getData(), Instant.now()), Optional.of(q.getId()));
    }

    private Mapped inline(InlineQuery q) {
        return new Mapped.ForChat(q.getFrom().getId(), new Incoming.Inline(reader(q.getFrom()),
                q.getQuery() == null ? "" : q.getQuery(), q.getOffset() == null ? "" : q.getOffset(), Instant.now()),
                Optional.of(q.getId()));
    }

    private Mapped membership(ChatMemberUpdated update) {
        String status = update.getNewChatMember() == null ? "" : update.getNewChatMember().getStatus();
        if ("kicked".equals(status) || "left".equals(status)) return new Mapped.Gone(update.getChat().getId());
        return new Mapped.Ignored("a membership change: " + status);
    }

    private static Chat chat(org.telegram.telegrambots.meta.api.objects.chat.Chat c) {
        Chat.Kind kind = switch (c.getType() == null ? "" : c.getType()) {
            case "private" -> Chat.Kind.PRIVATE;
            case "channel" -> Chat.Kind.CHANNEL;
            default -> Chat.Kind.GROUP;
        };
        return new Chat(c.getId(), kind);
    }

    private static Reader reader(User u) {
        if (u == null) return new Reader(0, Optional.empty());
        return new Reader(u.getId(), Optional.ofNullable(u.getLanguageCode()).filter(l -> !l.isBlank()));
    }

    /** The entity's text: offsets and lengths count UTF-16 units, as Java strings do. */
    private static String entityText(String text, MessageEntity e) {
        int from = Math.max(0, Math.min(text.length(), e.getOffset()));
        int to = Math.max(from, Math.min(text.length(), e.getOffset() + e.getLength()));
        return text.substring(from, to);
    }
}

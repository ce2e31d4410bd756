package com.nabaa.bot;

import com.nabaa.conversation.Button;
import com.nabaa.conversation.Outgoing;
import com.nabaa.conversation.Rich;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * The conversation's replies as Bot API requests: text in Telegram's HTML parse mode, split into
 * as many messages as the limits require (the buttons go under the last), buttons as an inline
 * keyboard, link previews as the conversation asked.
 */
final class Replies {
    static final String HTML = "HTML";
    private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();
    private static final LinkPreviewOptions PREVIEW = LinkPreviewOptions.builder().isDisabled(false).build();

    private final HtmlParts html;

    /** Renders a message as Telegram HTML, split within Telegram's limits. */
    @FunctionalInterface
    interface HtmlParts {
        List<String> render(Rich body);
    }

    Replies(HtmlParts html) {
        this.html = html;
    }

    /** The messages of one Send, in order; only the last carries the buttons. */
    List<SendMessage> send(Outgoing.Send s) {
        return send(s, false);
    }

    /** The same, delivered without a notification sound when {@code silent} (quiet hours). */
    List<SendMessage> send(Outgoing.Send s, boolean silent) {
        List<String> parts = html.render(s.body());
        List<SendMessage> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            SendMessage.SendMessageBuilder<?, ?> m = SendMessage.builder().chatId(Long.toString(s.chatId()))
                    .text(parts.get(i)).parseMode(HTML).linkPreviewOptions(s.linkPreview() && i == 0 ? PREVIEW : NO_PREVIEW);
            if (i == 0 && s.replyTo().isPresent()) {
                m.replyParameters(ReplyParameters.builder().messageId(Math.toIntExact(s.replyTo().get()))
                        .allowSendingWithoutReply(true).build());
            }
            if (last) keyboard(s.buttons()).ifPresent(m::replyMarkup);
            if (silent) m.disableNotification(true);
            out.add(m.build());
        }
        return out;
    }

    /**
     * An edit replaces one message: a text too long for one is cut to its first part (pages of an
     * answer are short; a reader who needs the rest asks for it).
     */
    Optional<EditMessageText> edit(Outgoing.Edit e) {
        List<String> parts = html.render(e.body());
        if (parts.isEmpty()) return Optional.empty();
        EditMessageText.EditMessageTextBuilder<?, ?> m = EditMessageText.builder().chatId(Long.toString(e.chatId()))
                .messageId(Math.toIntExact(e.messageId())).text(parts.get(0)).parseMode(HTML)
                .linkPreviewOptions(e.linkPreview() ? PREVIEW : NO_PREVIEW);
        keyboard(e.buttons()).ifPresent(m::replyMarkup);
        return Optional.of(m.build());
    }

    static AnswerCallbackQuery notice(String queryId, Outgoing.Notice n) {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> a = AnswerCallbackQuery.builder().callbackQueryId(queryId);
        n.text().ifPresent(t -> a.text(t.length() > 200 ? t.substring(0, 199) + "…" : t));
        return a.showAlert(n.alert()).build();
    }

    AnswerInlineQuery inline(String queryId, Outgoing.InlineAnswer a) {
        List<InlineQueryResult> results = new ArrayList<>(a.results().size());
        for (Outgoing.InlineArticle r : a.results()) {
            List<String> message = html.render(r.message());
            if (message.isEmpty()) continue;
            results.add(InlineQueryResultArticle.builder().id(r.id()).title(r.title()).description(r.description())
                    .url(r.url()).inputMessageContent(InputTextMessageContent.builder()
                            .messageText(message.get(0)).parseMode(HTML).linkPreviewOptions(PREVIEW).build())
                    .build());
        }
        AnswerInlineQuery.AnswerInlineQueryBuilder<?, ?> q = AnswerInlineQuery.builder().inlineQueryId(queryId)
                .results(results).cacheTime(a.cacheSeconds());
        a.nextOffset().ifPresent(q::nextOffset);
        return q.build();
    }

    private static Optional<InlineKeyboardMarkup> keyboard(List<List<Button>> rows) {
        if (rows.isEmpty()) return Optional.empty();
        List<InlineKeyboardRow> keyboard = new ArrayList<>(rows.size());
        for (List<Button> row : rows) {
            InlineKeyboardRow r = new InlineKeyboardRow();
            for (Button b : row) {
                InlineKeyboardButton.InlineKeyboardButtonBuilder<?, ?> k = InlineKeyboardButton.builder().text(b.label());
                b.data().ifPresent(k::callbackData);
                b.url().ifPresent(k::url);
                r.add(k.build());
            }
            if (!r.isEmpty()) keyboard.add(r);
        }
        return keyboard.isEmpty() ? Optional.empty() : Optional.of(InlineKeyboardMarkup.builder().keyboard(keyboard).build());
    }
}

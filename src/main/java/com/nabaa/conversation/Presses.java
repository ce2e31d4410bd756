package com.nabaa.conversation;

import com.nabaa.store.AnswerPage;
import com.nabaa.store.PageStore;
import java.util.List;
import java.util.Optional;

/**
 * Button presses: the data is parsed, the page it names must still be stored, belong to this chat
 * and be shown by a message the bot knows; then the button's own handler runs. Anything else is
 * answered with a polite notice and changes nothing. Every press gets exactly one notice.
 */
final class Presses {
    private final PageStore pages;
    private final MoreButton more;
    private final SummaryButton summary;
    private final TimelineButton timeline;
    private final VoteButton vote;
    private final LanguageButton language;
    private final AnnouncementButton announcement;
    private final AlertButtons alerts;

    /** The buttons of subscriptions: follow an answer's topic, unfollow, settings. */
    record AlertButtons(FollowTopicButton follow, UnfollowButton unfollow, SettingButton setting) {
    }

    Presses(PageStore pages, MoreButton more, SummaryButton summary, TimelineButton timeline, VoteButton vote,
            LanguageButton language, AnnouncementButton announcement, AlertButtons alerts) {
        this.pages = pages;
        this.more = more;
        this.summary = summary;
        this.timeline = timeline;
        this.vote = vote;
        this.language = language;
        this.announcement = announcement;
        this.alerts = alerts;
    }

    List<Outgoing> handle(Turn turn, Incoming.Press press) {
        Texts t = turn.texts();
        Optional<ButtonData> data = ButtonData.parse(press.data());
        if (data.isEmpty()) return notice(t.forged());
        switch (data.get()) {
            case ButtonData.ChooseLanguage choose -> {
                return language.handle(turn, press, choose);
            }
            case ButtonData.Unfollow u -> {
                return alerts.unfollow().one(turn, press, u.topic());
            }
            case ButtonData.UnfollowAll a -> {
                return alerts.unfollow().all(turn, press);
            }
            case ButtonData.Setting setting -> {
                return alerts.setting().handle(turn, press, setting);
            }
            case ButtonData.Announcement a -> {
                return announcement.handle(turn, press, a);
            }
            default -> {
                // a button about a page, below
            }
        }
        long pageId = data.get().pageId().orElseThrow();
        Optional<AnswerPage> page = pages.find(pageId);
        if (page.isEmpty()) return notice(t.stale());
        if (page.get().chatId() != turn.chat().id()) return notice(t.forged());
        // The message pressed need not be known yet: a reader can press a button in the moment
        // between Telegram taking the message and the carrier recording its id. The page being this
        // chat's is what keeps a forged press out.
        Pressed pressed = new Pressed(turn, press, pageId, page.get());
        return switch (data.get()) {
            case ButtonData.More m -> more.handle(pressed);
            case ButtonData.Summary s -> summary.handle(pressed, s.story());
            case ButtonData.Timeline tl -> timeline.handle(pressed, tl.story());
            case ButtonData.Vote v -> vote.handle(pressed, v.helpful());
            case ButtonData.FollowTopic f -> alerts.follow().handle(pressed);
            case ButtonData.ChooseLanguage l -> language.handle(turn, press, l);
            case ButtonData.Announcement a -> announcement.handle(turn, press, a);
            case ButtonData.Unfollow u -> alerts.unfollow().one(turn, press, u.topic());
            case ButtonData.UnfollowAll a -> alerts.unfollow().all(turn, press);
            case ButtonData.Setting setting -> alerts.setting().handle(turn, press, setting);
        };
    }

    /** A press on a page that checked out: who pressed, on which message, and the page. */
    record Pressed(Turn turn, Incoming.Press press, long pageId, AnswerPage page) {
        /** The turn in the page's language: what it shows next speaks as the page did. */
        Turn pageTurn() {
            return turn.withLanguage(page.language());
        }
    }

    static List<Outgoing> notice(String text) {
        return List.of(new Outgoing.Notice(Optional.of(text), false));
    }

    static Outgoing.Notice silent() {
        return new Outgoing.Notice(Optional.empty(), false);
    }
}

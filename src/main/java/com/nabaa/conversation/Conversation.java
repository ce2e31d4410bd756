package com.nabaa.conversation;

import com.nabaa.admin.Broadcast;
import com.nabaa.admin.Newsroom;
import com.nabaa.answer.Answers;
import com.nabaa.answer.NewsDesk;
import com.nabaa.news.Language;
import com.nabaa.push.Outbox;
import com.nabaa.push.Subscriptions;
import com.nabaa.store.ChatStore;
import com.nabaa.store.Database;
import com.nabaa.store.FeedbackStore;
import com.nabaa.store.OutboxStore;
import com.nabaa.store.PageStore;
import com.nabaa.store.StoredChat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one conversation that Telegram and the terminal both drive: questions, follow-ups, commands,
 * buttons and inline searches, in Arabic or English. Its state lives in the store (chats, the pages
 * shown, feedback), except the per-reader message counts against floods, which are bounded in
 * memory. Thread-safe: one chat's messages in order, different chats concurrently.
 */
public final class Conversation implements Dialog {
    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);
    /** "/cmd", "/cmd@bot" and what follows; a command name of Telegram's kind or any other word typed after a slash. */
    private static final Pattern COMMAND = Pattern.compile("/([^\\s@/]+)(?:@\\S*)?(?:\\s+(.*))?", Pattern.DOTALL);
    /** How often old pages are dropped from the store. */
    private static final java.time.Duration PRUNE_EVERY = java.time.Duration.ofHours(1);

    private final ChatStore chats;
    private final PageStore pages;
    private final ZoneId zone;
    private final Clock clock;
    private final Limits limits;
    private final FloodGate flood;
    private final Asking asking;
    private final Presses presses;
    private final InlineSearch inline;
    private final Map<String, CommandHandler> commands;
    private final UnknownCommand unknown = new UnknownCommand();
    private final AtomicReference<Instant> nextPrune = new AtomicReference<>(Instant.MIN);

    private Conversation(Builder b) {
        this.chats = new ChatStore(b.db);
        this.pages = new PageStore(b.db);
        this.zone = b.zone;
        this.clock = b.clock;
        this.limits = b.limits;
        this.flood = new FloodGate(limits.questionsPerMinute(), limits.floodReaders());
        AnswerView view = new AnswerView(zone);
        PageRunner runner = new PageRunner(b.answers, b.desk, view, limits.storiesPerPage());
        Replies replies = new Replies(pages, chats, clock, b.botUsername);
        Examples examples = new Examples(b.answers, b.desk);
        StoryShow stories = new StoryShow(replies, view);
        FirstPage lists = new FirstPage(runner, replies);
        Newsroom newsroom = b.newsroom.orElseGet(() -> Newsroom.builder(b.db, new Outbox(new OutboxStore(b.db)))
                .clock(clock).zone(zone).build());
        Subscriptions subscriptions = b.subscriptions.orElseGet(() -> new Subscriptions(b.db, clock, zone));
        AdminGate gate = new AdminGate(b.admins);
        SettingsView settings = new SettingsView(subscriptions, chats);
        FollowCommand follow = new FollowCommand(subscriptions, gate);
        UnfollowCommand unfollow = new UnfollowCommand(subscriptions, gate);
        this.asking = new Asking(b.answers, runner, replies, pages, chats, examples, clock, limits.contextLifetime());
        this.presses = new Presses(pages, new MoreButton(runner, replies), new SummaryButton(b.desk, stories),
                new TimelineButton(b.desk, view, replies), new VoteButton(new FeedbackStore(b.db), clock),
                new LanguageButton(chats, settings), new AnnouncementButton(newsroom),
                new Presses.AlertButtons(new FollowTopicButton(follow, gate),
                new UnfollowButton(subscriptions, gate), new SettingButton(subscriptions, settings, gate)));
        this.inline = new InlineSearch(b.desk, chats, view, zone, clock, limits.inlineCacheSeconds());
        this.commands = Map.ofEntries(
                Map.entry(Commands.START, new StartCommand(examples, b.desk, pages, stories, b.botUsername)),
                Map.entry(Commands.HELP, new HelpCommand(newsroom)),
                Map.entry(Commands.LANG, new LangCommand(chats)),
                Map.entry(Commands.LATEST, new LatestCommand(lists)),
                Map.entry(Commands.BREAKING, new BreakingCommand(lists, newsroom)),
                Map.entry(Commands.SEARCH, new SearchCommand(lists)),
                Map.entry(Commands.SETTINGS, new SettingsCommand(settings)),
                Map.entry(Commands.SUBSCRIBE, new SubscribeCommand(subscriptions, settings, follow, gate)),
                Map.entry(Commands.UNSUBSCRIBE, new UnsubscribeCommand(subscriptions, unfollow, gate)),
                Map.entry(Commands.FOLLOW, follow),
                Map.entry(Commands.FOLLOWING, new FollowingCommand(subscriptions)),
                Map.entry(Commands.UNFOLLOW, unfollow),
                Map.entry(Commands.ANNOUNCE, new AnnounceCommand(newsroom)),
                Map.entry(Commands.STATS, new StatsCommand(newsroom)),
                Map.entry(Commands.FEEDS, new FeedsCommand(newsroom)));
    }

    /**
     * A conversation answering from {@code answers} and {@code desk}, keeping its state in
     * {@code db} (opened for writing, schema 4 or later).
     */
    public static Builder builder(Answers answers, NewsDesk desk, Database db) {
        return new Builder(answers, desk, db);
    }

    @Override
    public List<Outgoing> handle(Incoming incoming) {
        return switch (incoming) {
            case Incoming.Text t -> text(t);
            case Incoming.Press p -> press(p);
            case Incoming.Inline q -> List.of(inline.handle(q));
        };
    }

    private List<Outgoing> text(Incoming.Text t) {
        if (!t.addressedToBot()) return List.of(); // group chatter is not for the bot
        FloodGate.Verdict verdict = flood.admit(t.from().id(), clock.instant());
        if (verdict == FloodGate.Verdict.DROP) return List.of();
        Turn turn = turn(t.chat(), t.from());
        if (verdict == FloodGate.Verdict.WARN) return List.of(Replies.plain(turn, turn.texts().floodWait()));
        pruneNowAndThen();
        String text = InputText.clean(t.text());
        Matcher command = COMMAND.matcher(text);
        if (command.matches()) {
            String name = command.group(1).toLowerCase(Locale.ROOT);
            String argument = Objects.requireNonNullElse(command.group(2), "").strip();
            // An announcement keeps its line breaks, which the cleaning of questions folds into spaces.
            if (name.equals(Commands.ANNOUNCE)) argument = InputText.argumentWithLines(t.text());
            CommandHandler handler = commands.get(name);
            return handler == null ? unknown.handle(turn, command.group(1)) : handler.handle(turn, argument);
        }
        return asking.handle(turn, text, t.replyTo());
    }

    private List<Outgoing> press(Incoming.Press p) {
        FloodGate.Verdict verdict = flood.admit(p.from().id(), clock.instant());
        Turn turn = turn(p.chat(), p.from());
        if (verdict != FloodGate.Verdict.PASS) return Presses.notice(turn.texts().floodWait());
        try {
            return presses.handle(turn, p);
        } catch (RuntimeException e) {
            // Telegram needs an answer to every press, or the reader's button spins: say sorry instead.
            LOG.warn("press {} in chat {} failed", p.data(), p.chat().id(), e);
            return List.of(new Outgoing.Notice(Optional.of(turn.texts().failed()), true));
        }
    }

    /** The chat wrote: it is recorded as seen (and reachable again), and spoken to in its language. */
    private Turn turn(Chat chat, Reader reader) {
        Instant now = clock.instant();
        chats.seen(chat.id(), chat.kind().name().toLowerCase(Locale.ROOT), now);
        Optional<Language> chosen = chats.find(chat.id()).flatMap(StoredChat::language);
        return new Turn(chat, reader, Turn.language(chosen, reader), now.atZone(zone));
    }

    /** Pages older than the retention are dropped at most once an hour, by whichever message comes then. */
    private void pruneNowAndThen() {
        Instant now = clock.instant();
        Instant due = nextPrune.get();
        if (now.isBefore(due) || !nextPrune.compareAndSet(due, now.plus(PRUNE_EVERY))) return;
        pages.prune(now.minus(limits.pageRetention()));
    }

    /** Replies to the message and presses of its buttons now find the page it shows (a handle "a:123" of this chat). */
    @Override
    public void sent(long chatId, long messageId, String shows) {
        Replies.pageOf(shows).filter(id -> pages.find(id).filter(p -> p.chatId() == chatId).isPresent())
                .ifPresent(id -> pages.shown(chatId, messageId, id, clock.instant()));
    }

    @Override
    public void unreachable(long chatId) {
        chats.markUnreachable(chatId);
    }

    @Override
    public List<CommandInfo> menu(Language language) {
        return Commands.menu(language);
    }

    /**
     * The edit that shows where a broadcast is now, for its one progress message: what the
     * composition root sends for each broadcast {@code admin.BroadcastProgress} reports.
     */
    public Outgoing.Edit progress(Broadcast broadcast) {
        return BroadcastView.progress(broadcast);
    }

    /** What a conversation needs besides its answers and store; each has a default. */
    public static final class Builder {
        private final Answers answers;
        private final NewsDesk desk;
        private final Database db;
        private ZoneId zone = ZoneId.of("Africa/Cairo");
        private Clock clock = Clock.systemUTC();
        private Limits limits = Limits.defaults();
        private Optional<String> botUsername = Optional.empty();
        private Optional<Newsroom> newsroom = Optional.empty();
        private Optional<Subscriptions> subscriptions = Optional.empty();
        private ChatAdmins admins = ChatAdmins.none();

        private Builder(Answers answers, NewsDesk desk, Database db) {
            this.answers = Objects.requireNonNull(answers, "answers");
            this.desk = Objects.requireNonNull(desk, "desk");
            this.db = Objects.requireNonNull(db, "db");
        }

        /** The readers' time zone: dates shown and date phrases ("امبارح") are counted in it. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** The clock (tests fix it). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The bot's username without "@", when known: for inline-mode help and share links (t.me/name?start=…). */
        public Builder botUsername(String username) {
            if (!username.matches("[A-Za-z0-9_]{3,64}")) throw new IllegalArgumentException("not a bot username: " + username);
            this.botUsername = Optional.of(username);
            return this;
        }

        /** The newsroom behind the admins' commands (by default one with no admins, which refuses everyone). */
        public Builder newsroom(Newsroom newsroom) {
            this.newsroom = Optional.of(newsroom);
            return this;
        }

        /**
         * The subscriptions the chats change, shared with the running alerts so that their topic
         * monitor hears of each change; by default the conversation keeps its own over the store.
         */
        public Builder subscriptions(Subscriptions subscriptions) {
            this.subscriptions = Optional.of(subscriptions);
            return this;
        }

        /**
         * Who administers a group (only they change its subscriptions); by default nobody, so only
         * private chats and channels change theirs.
         */
        public Builder admins(ChatAdmins admins) {
            this.admins = Objects.requireNonNull(admins, "admins");
            return this;
        }

        public Conversation build() {
            return new Conversation(this);
        }
    }
}

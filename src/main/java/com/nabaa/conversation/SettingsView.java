package com.nabaa.conversation;

import com.nabaa.push.Delivery;
import com.nabaa.push.QuietHours;
import com.nabaa.push.Subscription;
import com.nabaa.push.Subscriptions;
import com.nabaa.store.ChatStore;
import com.nabaa.store.StoredChat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chat's settings as /settings shows them: language, breaking news, topics, instant alerts or
 * a daily digest, quiet hours and time zone, with a button for each choice (the current one ticked)
 * and the language buttons. The choices offered are few on purpose: a reader chooses by pressing.
 */
final class SettingsView {
    /** The time zones offered, numbered in the buttons' data by their position. */
    static final List<ZoneId> ZONES = List.of(ZoneId.of("Africa/Cairo"), ZoneId.of("Asia/Riyadh"),
            ZoneId.of("Asia/Dubai"), ZoneId.of("Asia/Beirut"), ZoneId.of("Africa/Casablanca"), ZoneId.of("Europe/London"));
    static final List<Integer> DIGEST_HOURS = List.of(6, 8, 12, 18, 20, 22);
    /** Quiet hours offered, from–to. */
    static final List<List<Integer>> QUIET = List.of(List.of(22, 6), List.of(23, 7), List.of(0, 8));
    private static final String TICK = "✓ ";

    private final Subscriptions subscriptions;
    private final ChatStore chats;

    SettingsView(Subscriptions subscriptions, ChatStore chats) {
        this.subscriptions = subscriptions;
        this.chats = chats;
    }

    Rich body(Turn turn) {
        Texts t = turn.texts();
        AlertTexts a = turn.alertTexts();
        Subscription sub = subscriptions.of(turn.chat().id());
        boolean chosen = chats.find(turn.chat().id()).flatMap(StoredChat::language).isPresent();
        return Rich.builder().bold(t.settingsTitle()).paragraph()
                .plain(String.join("\n", t.settingsLanguage(t.languageName(turn.language()), chosen),
                        a.settingsBreaking(sub.breaking()),
                        a.settingsTopics(subscriptions.topics(turn.chat().id()).size()),
                        a.settingsDelivery(sub.delivery(), sub.digestHour()), a.settingsQuiet(sub.quiet()),
                        a.settingsZone(a.zoneName(sub.zone()))))
                .build();
    }

    /** Every setting's buttons, then the languages. */
    List<List<Button>> buttons(Turn turn) {
        Subscription sub = subscriptions.of(turn.chat().id());
        AlertTexts a = turn.alertTexts();
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(setting(a.breakingButton(sub.breaking()), 'b', sub.breaking() ? "0" : "1")));
        rows.addAll(alertRows(turn, sub));
        rows.add(List.of(setting(a.zoneButton(a.zoneName(sub.zone())), 'z', null)));
        rows.addAll(LangCommand.languageButtons());
        return rows;
    }

    /** How alerts come: instant or digest (with its hour), quiet hours (with what they do). */
    List<List<Button>> alertRows(Turn turn, Subscription sub) {
        AlertTexts a = turn.alertTexts();
        List<List<Button>> rows = new ArrayList<>();
        boolean digest = sub.delivery() == Delivery.DIGEST;
        rows.add(List.of(setting(tick(!digest, a.instantButton()), 'd', "i"), setting(tick(digest, a.digestButton()), 'd', "d")));
        if (digest) {
            for (int i = 0; i < DIGEST_HOURS.size(); i += 3) {
                rows.add(DIGEST_HOURS.subList(i, i + 3).stream()
                        .map(h -> setting(tick(h == sub.digestHour(), a.hourButton(h)), 'h', String.valueOf(h))).toList());
            }
        }
        Optional<QuietHours> quiet = sub.quiet();
        rows.add(QUIET.stream().map(q -> setting(tick(quiet.filter(x -> x.from().getHour() == q.get(0)
                && x.to().getHour() == q.get(1)).isPresent(), a.quietButton(q.get(0), q.get(1))), 'q',
                q.get(0) + "-" + q.get(1))).toList());
        if (quiet.isPresent()) {
            boolean defer = quiet.get().mode() == QuietHours.Mode.DEFER;
            rows.add(List.of(setting(tick(!defer, a.silentButton()), 'm', "s"), setting(tick(defer, a.deferButton()), 'm', "d"),
                    setting(a.quietOffButton(), 'q', "0")));
        }
        return rows;
    }

    Rich zoneMenu(Turn turn) {
        return Rich.plain(turn.alertTexts().chooseZone());
    }

    List<List<Button>> zoneButtons(Turn turn) {
        AlertTexts a = turn.alertTexts();
        ZoneId current = subscriptions.of(turn.chat().id()).zone();
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < ZONES.size(); i += 3) {
            List<Button> row = new ArrayList<>();
            for (int j = i; j < Math.min(i + 3, ZONES.size()); j++) {
                row.add(setting(tick(ZONES.get(j).equals(current), a.zoneName(ZONES.get(j))), 'z', String.valueOf(j)));
            }
            rows.add(row);
        }
        rows.add(List.of(setting(a.back(), 's', null)));
        return rows;
    }

    private static String tick(boolean chosen, String label) {
        return chosen ? TICK + label : label;
    }

    private static Button setting(String label, char key, String value) {
        return Button.press(label, new ButtonData.Setting(key, Optional.ofNullable(value)).encode());
    }
}

package com.nabaa.conversation;

import com.nabaa.push.Delivery;
import com.nabaa.push.QuietHours;
import com.nabaa.push.Subscription;
import com.nabaa.push.Subscriptions;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A settings button: the change is stored and the message shows the settings as they are now.
 * Opening the time zones and going back change nothing and are anyone's; a change in a group is
 * its admins'.
 */
final class SettingButton {
    private final Subscriptions subscriptions;
    private final SettingsView view;
    private final AdminGate gate;

    SettingButton(Subscriptions subscriptions, SettingsView view, AdminGate gate) {
        this.subscriptions = subscriptions;
        this.view = view;
        this.gate = gate;
    }

    List<Outgoing> handle(Turn turn, Incoming.Press press, ButtonData.Setting s) {
        long chat = turn.chat().id();
        if (s.key() == 's') return show(turn, press, Presses.silent());
        if (s.key() == 'z' && s.value().isEmpty()) {
            return List.of(new Outgoing.Edit(chat, press.messageId(), view.zoneMenu(turn), view.zoneButtons(turn), false,
                    Optional.empty()), Presses.silent());
        }
        Optional<UnaryOperator<Subscription>> change = change(s.key(), s.value().orElse(""));
        if (change.isEmpty()) return Presses.notice(turn.texts().forged());
        if (!gate.mayChange(turn)) return AdminGate.refusedPress(turn);
        switch (s.key()) {
            case 'b' -> {
                if (s.value().get().equals("1")) subscriptions.subscribeBreaking(chat);
                else subscriptions.unsubscribeBreaking(chat);
            }
            default -> subscriptions.change(chat, change.get());
        }
        return show(turn, press, new Outgoing.Notice(Optional.of(turn.alertTexts().saved()), false));
    }

    private List<Outgoing> show(Turn turn, Incoming.Press press, Outgoing.Notice notice) {
        return List.of(new Outgoing.Edit(turn.chat().id(), press.messageId(), view.body(turn), view.buttons(turn), false,
                Optional.empty()), notice);
    }

    /** The change a button's data asks for; empty for data no button of ours carries. */
    static Optional<UnaryOperator<Subscription>> change(char key, String value) {
        return switch (key) {
            case 'b' -> value.equals("1") || value.equals("0") ? Optional.of(UnaryOperator.identity()) : Optional.empty();
            case 'd' -> value.equals("i") ? Optional.of(s -> s.withDelivery(Delivery.INSTANT))
                    : value.equals("d") ? Optional.of(s -> s.withDelivery(Delivery.DIGEST)) : Optional.empty();
            case 'h' -> hour(value).map(h -> s -> s.withDelivery(Delivery.DIGEST).withDigestHour(h));
            case 'q' -> quiet(value);
            case 'm' -> value.equals("s") || value.equals("d")
                    ? Optional.of(s -> s.withQuiet(s.quiet().map(q -> q.withMode(value.equals("d")
                    ? QuietHours.Mode.DEFER : QuietHours.Mode.SILENT)))) : Optional.empty();
            case 'z' -> number(value).filter(i -> i < SettingsView.ZONES.size())
                    .map(i -> s -> s.withZone(SettingsView.ZONES.get(i)));
            default -> Optional.empty();
        };
    }

    private static Optional<UnaryOperator<Subscription>> quiet(String value) {
        if (value.equals("0")) return Optional.of(s -> s.withQuiet(Optional.empty()));
        String[] hours = value.split("-");
        if (hours.length != 2) return Optional.empty();
        Optional<Integer> from = hour(hours[0]);
        Optional<Integer> to = hour(hours[1]);
        if (from.isEmpty() || to.isEmpty() || from.get().equals(to.get())) return Optional.empty();
        return Optional.of(s -> s.withQuiet(Optional.of(new QuietHours(LocalTime.of(from.get(), 0), LocalTime.of(to.get(), 0),
                s.quiet().map(QuietHours::mode).orElse(QuietHours.Mode.SILENT)))));
    }

    private static Optional<Integer> hour(String value) {
        return number(value).filter(h -> h < 24);
    }

    private static Optional<Integer> number(String value) {
        return value.matches("[0-9]{1,2}") ? Optional.of(Integer.parseInt(value)) : Optional.empty();
    }
}

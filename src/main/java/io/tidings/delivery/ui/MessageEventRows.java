package io.tidings.delivery.ui;

import io.tidings.delivery.MessageEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Turns a message's events into rows: what, when, how long after sending, and whether it is still to come. */
final class MessageEventRows {

    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_DAY = DateTimeFormatter.ofPattern("d MMM, HH:mm:ss", Locale.ENGLISH);

    private final Clock clock;

    MessageEventRows(Clock clock) {
        this.clock = clock;
    }

    /** @param sentAt when the message was sent, the moment "+4 s" counts from */
    List<MessageEventRow> of(List<MessageEvent> events, Instant sentAt) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        return events.stream().map(event -> new MessageEventRow(EventWords.of(event), event.type(),
                (LocalDate.ofInstant(event.at(), clock.getZone()).equals(today) ? TODAY : OTHER_DAY)
                        .format(event.at().atZone(clock.getZone())),
                after(Duration.between(sentAt, event.at())), event.attributes().getOrDefault("detail", ""),
                event.at().isAfter(now))).toList();
    }

    /** "at sending", "+4 s", "+12 min", "+2 h 13 min", "+1 d 3 h". */
    static String after(Duration duration) {
        long seconds = Math.max(0, Math.round(duration.toMillis() / 1000.0));
        if (seconds == 0) {
            return "at sending";
        }
        if (seconds < 60) {
            return "+" + seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return "+" + minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return "+" + hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return "+" + hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }
}

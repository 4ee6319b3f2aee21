package io.leadrelay.portal;

import java.time.Duration;
import java.time.Instant;

/** The SLA countdown as a partner reads it: "5h 12m left", or "overdue by 2d 3h" (shown in red). */
record Countdown(Instant due, boolean overdue, String text) {

    static Countdown of(Instant due, Instant now) {
        if (due == null) {
            return new Countdown(null, false, "");
        }
        Duration left = Duration.between(now, due);
        return left.isNegative()
                ? new Countdown(due, true, "overdue by " + format(left.negated()))
                : new Countdown(due, false, format(left) + " left");
    }

    static String format(Duration duration) {
        long minutes = duration.toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        if (days > 0) {
            return days + "d " + hours + "h";
        }
        return hours > 0 ? hours + "h " + minutes % 60 + "m" : minutes % 60 + "m";
    }
}

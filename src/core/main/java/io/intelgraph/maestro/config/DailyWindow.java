package io.intelgraph.maestro.config;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A stretch of the day in local time ({@code 22:00-07:00}), which may run past midnight: quiet hours
 * for sounds, dimming hours for the wall. Start inclusive, end exclusive; equal ends mean never.
 */
public record DailyWindow(LocalTime start, LocalTime end) {

    /** {@code HH:mm-HH:mm}; blank means none. */
    public static Optional<DailyWindow> parse(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int dash = text.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("expected HH:mm-HH:mm");
        }
        try {
            return Optional.of(new DailyWindow(LocalTime.parse(text.substring(0, dash).strip()),
                    LocalTime.parse(text.substring(dash + 1).strip())));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected HH:mm-HH:mm", e);
        }
    }

    public boolean contains(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }
}

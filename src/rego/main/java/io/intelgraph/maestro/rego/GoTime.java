package io.intelgraph.maestro.rego;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.SignStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rego's time builtins as OPA computes them with Go's time package: instants are nanoseconds since the
 * epoch in a signed 64-bit range, layouts are Go reference layouts ({@code 2006-01-02T15:04:05Z07:00}, or a
 * name such as {@code RFC1123Z}), {@code add_date} normalises as Go's {@code AddDate} does (Jan 31 + 1 month
 * is Mar 3, not Feb 28).
 */
final class GoTime {

    private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Go's named layouts that OPA accepts in place of a layout. */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("ANSIC", "Mon Jan _2 15:04:05 2006"),
            Map.entry("UnixDate", "Mon Jan _2 15:04:05 MST 2006"),
            Map.entry("RubyDate", "Mon Jan 02 15:04:05 -0700 2006"),
            Map.entry("RFC822", "02 Jan 06 15:04 MST"),
            Map.entry("RFC822Z", "02 Jan 06 15:04 -0700"),
            Map.entry("RFC850", "Monday, 02-Jan-06 15:04:05 MST"),
            Map.entry("RFC1123", "Mon, 02 Jan 2006 15:04:05 MST"),
            Map.entry("RFC1123Z", "Mon, 02 Jan 2006 15:04:05 -0700"),
            Map.entry("RFC3339", "2006-01-02T15:04:05Z07:00"),
            Map.entry("RFC3339Nano", "2006-01-02T15:04:05.999999999Z07:00"),
            Map.entry("Kitchen", "3:04PM"),
            Map.entry("Stamp", "Jan _2 15:04:05"),
            Map.entry("StampMilli", "Jan _2 15:04:05.000"),
            Map.entry("StampMicro", "Jan _2 15:04:05.000000"),
            Map.entry("StampNano", "Jan _2 15:04:05.000000000"),
            Map.entry("DateTime", "2006-01-02 15:04:05"),
            Map.entry("DateOnly", "2006-01-02"),
            Map.entry("TimeOnly", "15:04:05"));

    /** Go layout elements, longest first where one is a prefix of another. */
    private static final List<String> ELEMENTS = List.of("January", "Monday", "Jan", "Mon", "MST", "2006", "Z07:00:00",
            "-07:00:00", "Z070000", "-070000", "Z07:00", "-07:00", "Z0700", "-0700", "Z07", "-07", "002", "__2", "_2",
            "01", "02", "03", "04", "05", "06", "15", "PM", "pm", "1", "2", "3", "4", "5");

    private GoTime() {
    }

    /** Nanoseconds since the epoch as the instant they name, in {@code zone}. */
    static ZonedDateTime at(Object nanos, ZoneId zone) {
        long ns = nanos(nanos);
        return Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L)).atZone(zone);
    }

    /** {@code ns} or {@code [ns, tz]} (or {@code [ns, tz, layout]}): the instant in its zone (UTC when none). */
    static ZonedDateTime at(Object arg) {
        if (arg instanceof List<?> list && !list.isEmpty()) {
            return at(list.get(0), zone(list.size() > 1 ? list.get(1) : ""));
        }
        return at(arg, ZoneOffset.UTC);
    }

    static ZoneId zone(Object name) {
        if (!(name instanceof String tz)) {
            throw new RegoException("time: a time zone must be a string");
        }
        if (tz.isEmpty() || tz.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        try {
            return tz.equals("Local") ? ZoneId.systemDefault() : ZoneId.of(tz);
        } catch (DateTimeException e) {
            throw new RegoException("time: unknown time zone " + Values.quote(tz));
        }
    }

    static long nanos(Object value) {
        if (!(value instanceof BigDecimal number)) {
            throw new RegoException("time: a timestamp must be a number of nanoseconds");
        }
        try {
            return number.toBigInteger().longValueExact();
        } catch (ArithmeticException e) {
            throw new RegoException("time: timestamp too big");
        }
    }

    /** Epoch nanoseconds of {@code t}; outside the signed 64-bit range is Go's "time outside of valid range". */
    static BigDecimal epochNanos(ZonedDateTime t) {
        BigInteger ns = BigInteger.valueOf(t.toEpochSecond()).multiply(NANOS_PER_SECOND).add(BigInteger.valueOf(t.getNano()));
        if (ns.compareTo(MIN) < 0 || ns.compareTo(MAX) > 0) {
            throw new RegoException("time: time outside of valid range");
        }
        return new BigDecimal(ns);
    }

    static BigDecimal parse(String layout, String value) {
        try {
            var parsed = formatter(NAMED.getOrDefault(layout, layout), true).parse(value);
            ZoneId zone = parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.ofTotalSeconds(
                    parsed.get(ChronoField.OFFSET_SECONDS)) : ZoneOffset.UTC;
            LocalDate date = LocalDate.of(parsed.isSupported(ChronoField.YEAR) ? parsed.get(ChronoField.YEAR) : 0,
                    parsed.isSupported(ChronoField.MONTH_OF_YEAR) ? parsed.get(ChronoField.MONTH_OF_YEAR) : 1,
                    parsed.isSupported(ChronoField.DAY_OF_MONTH) ? parsed.get(ChronoField.DAY_OF_MONTH) : 1);
            int hour = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? parsed.get(ChronoField.HOUR_OF_DAY)
                    : parsed.isSupported(ChronoField.HOUR_OF_AMPM) ? parsed.get(ChronoField.HOUR_OF_AMPM)
                    + (parsed.isSupported(ChronoField.AMPM_OF_DAY) ? 12 * parsed.get(ChronoField.AMPM_OF_DAY) : 0) : 0;
            ZonedDateTime t = date.atTime(hour,
                    parsed.isSupported(ChronoField.MINUTE_OF_HOUR) ? parsed.get(ChronoField.MINUTE_OF_HOUR) : 0,
                    parsed.isSupported(ChronoField.SECOND_OF_MINUTE) ? parsed.get(ChronoField.SECOND_OF_MINUTE) : 0,
                    parsed.isSupported(ChronoField.NANO_OF_SECOND) ? parsed.get(ChronoField.NANO_OF_SECOND) : 0)
                    .atZone(zone);
            return epochNanos(t);
        } catch (DateTimeParseException e) {
            throw new RegoException("time.parse_ns: cannot parse " + Values.quote(value) + " as " + Values.quote(layout));
        }
    }

    static String format(ZonedDateTime t, String layout) {
        return formatter(NAMED.getOrDefault(layout, layout), false).format(t);
    }

    /** A Go reference layout as a formatter; when parsing, Go accepts a fraction after the seconds anyway. */
    private static DateTimeFormatter formatter(String layout, boolean parsing) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
        int i = 0;
        while (i < layout.length()) {
            String element = elementAt(layout, i);
            if (element == null) {
                char c = layout.charAt(i);
                if ((c == '.' || c == ',') && i + 1 < layout.length() && (layout.charAt(i + 1) == '0' || layout.charAt(i + 1) == '9')
                        && i > 0 && layout.startsWith("05", i - 2)) {
                    int j = i + 1;
                    while (j < layout.length() && layout.charAt(j) == layout.charAt(i + 1)) {
                        j++;
                    }
                    int digits = j - i - 1;
                    boolean trimmed = layout.charAt(i + 1) == '9';
                    b.appendFraction(ChronoField.NANO_OF_SECOND, trimmed ? 0 : digits, digits, true);
                    i = j;
                    continue;
                }
                b.appendLiteral(c);
                i++;
                continue;
            }
            switch (element) {
                case "January" -> b.appendText(ChronoField.MONTH_OF_YEAR, TextStyle.FULL);
                case "Jan" -> b.appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT);
                case "Monday" -> b.appendText(ChronoField.DAY_OF_WEEK, TextStyle.FULL);
                case "Mon" -> b.appendText(ChronoField.DAY_OF_WEEK, TextStyle.SHORT);
                case "MST" -> b.appendZoneText(TextStyle.SHORT);
                case "2006" -> b.appendValue(ChronoField.YEAR, 4, 9, SignStyle.NORMAL);
                case "06" -> b.appendValueReduced(ChronoField.YEAR, 2, 2, 1969);
                case "01" -> b.appendValue(ChronoField.MONTH_OF_YEAR, 2);
                case "1" -> b.appendValue(ChronoField.MONTH_OF_YEAR);
                case "02" -> b.appendValue(ChronoField.DAY_OF_MONTH, 2);
                case "2" -> b.appendValue(ChronoField.DAY_OF_MONTH);
                case "_2" -> b.padNext(2).appendValue(ChronoField.DAY_OF_MONTH);
                case "002", "__2" -> b.appendValue(ChronoField.DAY_OF_YEAR, 3);
                case "15" -> b.appendValue(ChronoField.HOUR_OF_DAY, 2);
                case "03" -> b.appendValue(ChronoField.CLOCK_HOUR_OF_AMPM, 2);
                case "3" -> b.appendValue(ChronoField.CLOCK_HOUR_OF_AMPM);
                case "04" -> b.appendValue(ChronoField.MINUTE_OF_HOUR, 2);
                case "4" -> b.appendValue(ChronoField.MINUTE_OF_HOUR);
                case "05" -> {
                    b.appendValue(ChronoField.SECOND_OF_MINUTE, 2);
                    if (parsing && !layout.startsWith(".", i + 2) && !layout.startsWith(",", i + 2)) {
                        b.optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd();
                    }
                }
                case "5" -> b.appendValue(ChronoField.SECOND_OF_MINUTE);
                case "PM", "pm" -> b.appendText(ChronoField.AMPM_OF_DAY, Map.of(0L, element.equals("PM") ? "AM" : "am",
                        1L, element));
                case "Z07:00:00" -> b.appendOffset("+HH:MM:ss", "Z");
                case "-07:00:00" -> b.appendOffset("+HH:MM:ss", "+00:00:00");
                case "Z070000" -> b.appendOffset("+HHMMss", "Z");
                case "-070000" -> b.appendOffset("+HHMMss", "+000000");
                case "Z07:00" -> b.appendOffset("+HH:MM", "Z");
                case "-07:00" -> b.appendOffset("+HH:MM", "+00:00");
                case "Z0700" -> b.appendOffset("+HHMM", "Z");
                case "-0700" -> b.appendOffset("+HHMM", "+0000");
                case "Z07" -> b.appendOffset("+HH", "Z");
                case "-07" -> b.appendOffset("+HH", "+00");
                default -> throw new IllegalStateException(element);
            }
            i += element.length();
        }
        return b.toFormatter(Locale.US);
    }

    private static String elementAt(String layout, int i) {
        for (String element : ELEMENTS) {
            if (layout.startsWith(element, i)) {
                // "2006" and friends only when not inside a longer run of digits
                return element;
            }
        }
        return null;
    }

    /** Go's time.ParseDuration: "1h2m3.5s", "100ms", "1.5us", "-2µs". */
    static BigDecimal duration(String text) {
        String s = text;
        boolean negative = s.startsWith("-");
        if (s.startsWith("-") || s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return BigDecimal.ZERO;
        }
        if (s.isEmpty()) {
            throw new RegoException("time.parse_duration_ns: invalid duration " + Values.quote(text));
        }
        BigDecimal total = BigDecimal.ZERO;
        var m = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)").matcher(s);
        int at = 0;
        while (at < s.length() && m.find(at) && m.start() == at) {
            long unit = switch (m.group(2)) {
                case "ns" -> 1L;
                case "us", "µs", "μs" -> 1_000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                default -> 3_600_000_000_000L;
            };
            total = total.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)));
            at = m.end();
        }
        if (at != s.length()) {
            throw new RegoException("time.parse_duration_ns: invalid duration " + Values.quote(text));
        }
        BigDecimal ns = total.setScale(0, RoundingMode.DOWN);
        return negative ? ns.negate() : ns;
    }

    /** Go's AddDate: the calendar fields overflow into the next ones instead of clamping to a month's end. */
    static ZonedDateTime addDate(ZonedDateTime t, long years, long months, long days) {
        long monthIndex = t.getYear() * 12L + (t.getMonthValue() - 1) + years * 12L + months;
        LocalDate firstOfMonth = LocalDate.of((int) Math.floorDiv(monthIndex, 12L), (int) Math.floorMod(monthIndex, 12L) + 1, 1);
        LocalDate date = firstOfMonth.plusDays(t.getDayOfMonth() - 1L + days);
        return ZonedDateTime.of(date, t.toLocalTime(), t.getZone());
    }

    /** OPA's time.diff: [years, months, days, hours, minutes, seconds] between two instants, in the first's zone. */
    static List<Object> diff(ZonedDateTime a, ZonedDateTime b) {
        ZonedDateTime t1 = a;
        ZonedDateTime t2 = b.withZoneSameInstant(a.getZone());
        if (t1.isAfter(t2)) {
            ZonedDateTime swap = t1;
            t1 = t2;
            t2 = swap;
        }
        long year = t2.getYear() - t1.getYear();
        long month = t2.getMonthValue() - t1.getMonthValue();
        long day = t2.getDayOfMonth() - t1.getDayOfMonth();
        long hour = t2.getHour() - t1.getHour();
        long minute = t2.getMinute() - t1.getMinute();
        long second = t2.getSecond() - t1.getSecond();
        if (second < 0) {
            second += 60;
            minute--;
        }
        if (minute < 0) {
            minute += 60;
            hour--;
        }
        if (hour < 0) {
            hour += 24;
            day--;
        }
        if (day < 0) {
            day += t1.toLocalDate().lengthOfMonth();
            month--;
        }
        if (month < 0) {
            month += 12;
            year--;
        }
        return List.of(number(year), number(month), number(day), number(hour), number(minute), number(second));
    }

    static BigDecimal number(long n) {
        return Values.number(BigDecimal.valueOf(n));
    }
}

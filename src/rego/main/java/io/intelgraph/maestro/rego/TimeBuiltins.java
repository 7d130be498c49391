package io.intelgraph.maestro.rego;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import static io.intelgraph.maestro.rego.Operands.str;

/**
 * OPA's time.go: nanoseconds since the epoch, Go's layouts and Go's calendar arithmetic ({@link GoTime}).
 * time.now_ns is declared here for its arity; the interpreter answers it with the query's own instant.
 */
final class TimeBuiltins implements BuiltinFamily {

    @Override
    public void register(BuiltinRegistry r) {
        r.add("time.now_ns", 0, a -> {
            throw new IllegalStateException("time.now_ns is evaluated by the interpreter");
        });
        r.add("time.parse_ns", 2, a -> GoTime.parse(str(a.get(0)), str(a.get(1))));
        r.add("time.parse_rfc3339_ns", 1, a -> GoTime.parse("RFC3339", str(a.get(0))));
        r.add("time.parse_duration_ns", 1, a -> GoTime.duration(str(a.get(0))));
        r.add("time.date", 1, a -> {
            ZonedDateTime t = GoTime.at(a.get(0));
            return List.of(GoTime.number(t.getYear()), GoTime.number(t.getMonthValue()), GoTime.number(t.getDayOfMonth()));
        });
        r.add("time.clock", 1, a -> {
            ZonedDateTime t = GoTime.at(a.get(0));
            return List.of(GoTime.number(t.getHour()), GoTime.number(t.getMinute()), GoTime.number(t.getSecond()));
        });
        r.add("time.weekday", 1, a -> GoTime.at(a.get(0)).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US));
        r.add("time.add_date", 4, a -> GoTime.epochNanos(GoTime.addDate(GoTime.at(a.get(0), ZoneOffset.UTC),
                GoTime.nanos(a.get(1)), GoTime.nanos(a.get(2)), GoTime.nanos(a.get(3)))));
        r.add("time.diff", 2, a -> GoTime.diff(GoTime.at(a.get(0)), GoTime.at(a.get(1))));
        r.add("time.format", 1, a -> GoTime.format(GoTime.at(a.get(0)), a.get(0) instanceof List<?> l && l.size() > 2
                ? str(l.get(2)) : "RFC3339Nano"));
    }
}

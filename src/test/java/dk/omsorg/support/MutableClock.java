package dk.omsorg.support;

import dk.omsorg.shared.DanishTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock a test sets: the application's "now" at a chosen Danish date and time. Register it as the primary Clock bean. */
public final class MutableClock extends Clock {

    private volatile Instant instant = Instant.now();

    public void set(LocalDate day, LocalTime time) {
        instant = day.atTime(time).atZone(DanishTime.ZONE).toInstant();
    }

    public void reset() {
        instant = Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return DanishTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant, zone);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}

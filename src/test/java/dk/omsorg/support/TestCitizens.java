package dk.omsorg.support;

import java.util.concurrent.atomic.AtomicInteger;

/** CPR numbers that no other test uses: valid dates, a running sequence in the last four digits. */
public final class TestCitizens {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 4000));

    private TestCitizens() {
    }

    /** A CPR number of someone born in 1940 (7th digit 0–3 → 1900s). */
    public static String newCpr() {
        int n = SEQUENCE.incrementAndGet() % 4000;
        int day = 1 + n % 28;
        int month = 1 + (n / 28) % 12;
        int serial = 1000 + n;
        return "%02d%02d40-%04d".formatted(day, month, serial);
    }
}

package dk.omsorg.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per username and per client address (issue 14): after {@code maxFailures} failures within
 * {@code window} the username — or, after {@code maxFailuresPerClient}, the address — is locked for
 * {@code lock}. Values from {@code omsorg.login-throttle} in application.yaml: this is a security setting of
 * the installation, not a municipality's policy. Kept in memory: a restart or a second instance forgets it.
 */
@Component
class LoginThrottle {

    private final Settings settings;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

    LoginThrottle(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    boolean locked(String username, String client) {
        Instant now = clock.instant();
        return lockedKey(user(username), now) || lockedKey(client(client), now);
    }

    void failed(String username, String client) {
        Instant now = clock.instant();
        if (username != null && !username.isBlank()) {
            count(user(username), settings.maxFailures(), now);
        }
        count(client(client), settings.maxFailuresPerClient(), now);
    }

    void succeeded(String username) {
        failures.remove(user(username));
    }

    Duration lock() {
        return settings.lock();
    }

    private boolean lockedKey(String key, Instant now) {
        Instant until = lockedUntil.get(key);
        if (until != null && until.isBefore(now)) {
            lockedUntil.remove(key, until);
            return false;
        }
        return until != null;
    }

    private void count(String key, int max, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(settings.window()))) {
                times.removeFirst();
            }
            if (times.size() >= max) {
                lockedUntil.put(key, now.plus(settings.lock()));
                times.clear();
            }
        }
    }

    private static String user(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String client(String address) {
        return "c:" + address;
    }

    @ConfigurationProperties("omsorg.login-throttle")
    record Settings(int maxFailures, int maxFailuresPerClient, Duration window, Duration lock) {
    }
}

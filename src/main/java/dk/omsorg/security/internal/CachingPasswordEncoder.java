package dk.omsorg.security.internal;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers, for a short time, that a password matched a stored hash, so that an API client sending the same HTTP
 * Basic credentials on every call pays bcrypt (~60 ms of CPU) once per {@code ttl} instead of once per request
 * (issue 14, Load: 20 clients reached p95 ≈ 1 s).
 *
 * <p>Why a {@link PasswordEncoder} wrapper and not an own AuthenticationProvider: Spring's
 * {@code DaoAuthenticationProvider} still loads the user from {@code app_user} on every request and still checks
 * that it is enabled before the password is compared, so a disabled user is refused at once and a changed role or
 * municipality applies at once; only the one expensive step, the hash comparison, is short-cut. The entry's key is an
 * HMAC-SHA256 (random key, made per process, never stored) of the <em>stored hash</em> and the raw password, so a
 * changed password (a new hash) never finds an old entry, and the cache holds nothing from which a password could be
 * recovered or checked offline. Only successful comparisons are remembered; a wrong password always goes to bcrypt.
 */
final class CachingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private volatile Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    private final SecretKeySpec key;
    /** Key (HMAC as text) → when it stops counting; least recently used evicted first beyond maxEntries. */
    private final Map<String, Long> verified;

    CachingPasswordEncoder(PasswordEncoder delegate, Duration ttl, int maxEntries, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.verified = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > CachingPasswordEncoder.this.maxEntries;
            }
        };
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        Duration remember = ttl;
        if (rawPassword == null || encodedPassword == null || remember.isZero()) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String entry = hmac(rawPassword, encodedPassword);
        long now = clock.millis();
        synchronized (verified) {
            Long until = verified.get(entry);
            if (until != null && until > now) {
                return true;
            }
            if (until != null) {
                verified.remove(entry);
            }
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            synchronized (verified) {
                verified.put(entry, now + remember.toMillis());
            }
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** A new time to remember (zero: never), and nothing remembered so far; the API benchmark's baseline uses it. */
    void ttl(Duration newTtl) {
        synchronized (verified) {
            ttl = newTtl;
            verified.clear();
        }
    }

    int size() {
        synchronized (verified) {
            return verified.size();
        }
    }

    private String hmac(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] hash = encodedPassword.getBytes(StandardCharsets.UTF_8);
            // length-prefixed, so that no (hash, password) pair can be shifted into another
            mac.update(ByteBuffer.allocate(4).putInt(hash.length).array());
            mac.update(hash);
            mac.update(StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(rawPassword)));
            return java.util.HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dk.omsorg.security.internal;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;

/**
 * Lets the API benchmark ({@code bench/}) measure its baseline in the same run: the application's password cache off
 * (every HTTP Basic request pays bcrypt, as before issue 14), then on again. Benchmark code only, never in the app.
 */
public final class PasswordCacheSwitch {

    private PasswordCacheSwitch() {
    }

    /** Zero: every comparison goes to bcrypt; anything else: remembered that long. Forgets what was remembered. */
    public static void ttl(PasswordEncoder applicationEncoder, Duration ttl) {
        ((CachingPasswordEncoder) applicationEncoder).ttl(ttl);
    }
}

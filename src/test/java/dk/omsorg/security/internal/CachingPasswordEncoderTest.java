package dk.omsorg.security.internal;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The remembered bcrypt check behind the API's HTTP Basic (issue 14, Load). Real bcrypt, counted. */
class CachingPasswordEncoderTest {

    private final CountingBcrypt bcrypt = new CountingBcrypt();
    private final StepClock clock = new StepClock();
    private final CachingPasswordEncoder encoder = new CachingPasswordEncoder(bcrypt, Duration.ofMinutes(5), 3, clock);
    private final String hash = new BCryptPasswordEncoder(4).encode("demo");

    @Test
    void aSecondCallWithTheSameCredentialsSkipsBcrypt() {
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(bcrypt.checks).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsNeverServedFromTheCacheNorRemembered() {
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(encoder.matches("Demo", hash)).isFalse();
        assertThat(encoder.matches("Demo", hash)).isFalse();
        assertThat(encoder.matches("demo ", hash)).isFalse();
        assertThat(bcrypt.checks).isEqualTo(4);
        assertThat(encoder.size()).isEqualTo(1);
    }

    @Test
    void anEntryExpiresAfterItsTime() {
        assertThat(encoder.matches("demo", hash)).isTrue();
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(bcrypt.checks).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(bcrypt.checks).isEqualTo(2);
    }

    @Test
    void aChangedPasswordHashIsCheckedAgainAndTheOldPasswordFails() {
        assertThat(encoder.matches("demo", hash)).isTrue();
        String changed = new BCryptPasswordEncoder(4).encode("nyt-kodeord");
        assertThat(encoder.matches("demo", changed)).isFalse();
        assertThat(encoder.matches("nyt-kodeord", changed)).isTrue();
        assertThat(bcrypt.checks).isEqualTo(3);
        // even the same password hashed anew (a new salt) is a new entry
        String rehashed = new BCryptPasswordEncoder(4).encode("demo");
        assertThat(encoder.matches("demo", rehashed)).isTrue();
        assertThat(bcrypt.checks).isEqualTo(4);
    }

    @Test
    void theCacheIsBoundedAndCanBeTurnedOff() {
        for (int i = 0; i < 5; i++) {
            String other = new BCryptPasswordEncoder(4).encode("kode" + i);
            assertThat(encoder.matches("kode" + i, other)).isTrue();
        }
        assertThat(encoder.size()).isEqualTo(3);

        encoder.ttl(Duration.ZERO);
        assertThat(encoder.size()).isZero();
        int before = bcrypt.checks;
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(bcrypt.checks).isEqualTo(before + 2);
    }

    private static final class CountingBcrypt implements PasswordEncoder {
        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        int checks;

        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks++;
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }

    private static final class StepClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

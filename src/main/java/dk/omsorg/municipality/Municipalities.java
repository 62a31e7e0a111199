package dk.omsorg.municipality;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;

/** The municipalities the system serves; inserted by Flyway (V1). */
@Service
public class Municipalities {

    private final JdbcClient jdbc;

    Municipalities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Municipality> all() {
        return jdbc.sql("select id, name from municipality order by name").query(Municipality.class).list();
    }

    public Municipality byCode(int code) {
        return jdbc.sql("select id, name from municipality where id = ?").param(code)
                .query(Municipality.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("Unknown municipality code " + code));
    }

    /** @param id the official 3-digit municipality code (kommunekode), e.g. 253 for Greve */
    public record Municipality(int id, String name) {
    }
}

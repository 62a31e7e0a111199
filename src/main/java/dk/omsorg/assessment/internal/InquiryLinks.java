package dk.omsorg.assessment.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Which citizen an inquiry concerns, so that an assessment is only linked to one of the citizen's
 * own inquiries. Reads the {@code inquiry} table directly rather than calling the inquiry module:
 * the inquiry module will come to depend on assessments (a case is decided on one), and the
 * module graph must stay free of cycles.
 */
@Component
public class InquiryLinks {

    private final JdbcClient jdbc;

    InquiryLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> citizenOf(long inquiryId) {
        return jdbc.sql("select citizen_id from inquiry where id = ?").param(inquiryId).query(Long.class).optional();
    }
}

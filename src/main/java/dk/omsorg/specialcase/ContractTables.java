package dk.omsorg.specialcase;

import dk.omsorg.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reading special-case contracts and their rates over time. */
@Component
class ContractTables {

    /** A contract as stored; {@code rates} the rates in force on the day asked, or the latest ones. */
    record ContractRow(long id, int municipalityId, long specialCaseId, long citizenId, long providerId, String providerName,
                       String providerCode, Long offerId, LocalDate startOn, LocalDate endOn, int noticeMonths,
                       LocalDate noticeGivenOn, int version) {
        boolean inForceOn(LocalDate day) {
            return !day.isBefore(startOn) && (endOn == null || !day.isAfter(endOn));
        }
    }

    /** Rates of a contract for a period. */
    record RatePeriod(long id, LocalDate validFrom, LocalDate validTo, BandRates rates) {
        boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    private static final String SELECT = """
            select c.id, c.municipality_id, c.special_case_id, c.citizen_id, c.provider_id, p.name, p.code, c.offer_id,
                   c.start_on, c.end_on, c.notice_months, c.notice_given_on, c.version
            from special_case_contract c join provider p on p.id = c.provider_id""";

    private final JdbcClient jdbc;

    ContractTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ContractRow> find(int municipalityId, long contractId) {
        return jdbc.sql(SELECT + " where c.municipality_id = ? and c.id = ?").params(municipalityId, contractId)
                .query(ContractTables::row).optional();
    }

    List<ContractRow> ofCase(int municipalityId, long caseId) {
        return jdbc.sql(SELECT + " where c.municipality_id = ? and c.special_case_id = ? order by c.start_on")
                .params(municipalityId, caseId).query(ContractTables::row).list();
    }

    List<RatePeriod> rates(long contractId) {
        return jdbc.sql("""
                        select id, valid_from, valid_to, rate_weekday_day_ore, rate_other_ore, rate_night_ore
                        from special_case_contract_rate where contract_id = ? order by valid_from""")
                .param(contractId)
                .query((rs, n) -> new RatePeriod(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), new BandRates(new Money(rs.getLong(4)), new Money(rs.getLong(5)),
                        new Money(rs.getLong(6)))))
                .list();
    }

    private static ContractRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ContractRow(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getString(6),
                rs.getString(7), (Long) rs.getObject(8), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                rs.getInt(11), rs.getObject(12, LocalDate.class), rs.getInt(13));
    }
}

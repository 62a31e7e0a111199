package dk.omsorg.management.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The choices of the frame's filters: the municipality's districts, providers and catalogue areas. */
@Repository
public class FilterOptions {

    /** One choice: the value sent and the Danish name shown. */
    public record Option(String value, String name) {
    }

    private final JdbcClient jdbc;

    FilterOptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Option> districts(int municipalityId) {
        return jdbc.sql("select code, name from district where municipality_id = ? order by not listed, name, code")
                .param(municipalityId).query((rs, n) -> new Option(rs.getString(1), rs.getString(2))).list();
    }

    public List<Option> providers(int municipalityId) {
        return jdbc.sql("select id, name from provider where municipality_id = ? order by not listed, name, id")
                .param(municipalityId).query((rs, n) -> new Option(Long.toString(rs.getLong(1)), rs.getString(2))).list();
    }

    /** The areas of every catalogue version, each code once with its latest name. */
    public List<Option> areas(int municipalityId) {
        return jdbc.sql("""
                        select code, name from (
                            select distinct on (code) code, name, position from catalog_area
                            where municipality_id = ? order by code, catalog_valid_from desc) a
                        order by name, code""")
                .param(municipalityId).query((rs, n) -> new Option(rs.getString(1), rs.getString(2))).list();
    }
}

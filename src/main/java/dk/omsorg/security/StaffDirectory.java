package dk.omsorg.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/** The municipal staff who may log in, from the {@code app_user} table. */
@Service
public class StaffDirectory implements UserDetailsService {

    private static final String COLUMNS = "id, username, display_name, role, municipality_id, password_hash, enabled, provider_id";

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StaffUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    public Optional<StaffUser> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where username = ?")
                .param(username).query(StaffUser.class).optional();
    }

    /** The active users with a role in one municipality, by name. */
    public List<StaffUser> withRole(int municipalityId, Role role) {
        return jdbc.sql("select " + COLUMNS + " from app_user where municipality_id = ? and role = ? and enabled order by display_name")
                .params(municipalityId, role.name()).query(StaffUser.class).list();
    }

    /** Adds a provider's user unless one with the username exists; used for the demo provider users. */
    public void addProviderUserIfMissing(String username, String displayName, int municipalityId, long providerId,
                                         String passwordHash) {
        jdbc.sql("""
                        insert into app_user (username, display_name, role, municipality_id, password_hash, provider_id)
                        values (?, ?, 'PROVIDER', ?, ?, ?) on conflict (username) do nothing""")
                .params(username, displayName, municipalityId, passwordHash, providerId).update();
    }

    /** Adds the user unless one with the username exists; used for the demo users. */
    public void addIfMissing(String username, String displayName, Role role, int municipalityId, String passwordHash) {
        jdbc.sql("""
                        insert into app_user (username, display_name, role, municipality_id, password_hash)
                        values (?, ?, ?, ?, ?) on conflict (username) do nothing""")
                .params(username, displayName, role.name(), municipalityId, passwordHash).update();
    }
}

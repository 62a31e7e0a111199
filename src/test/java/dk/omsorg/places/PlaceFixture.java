package dk.omsorg.places;

import dk.omsorg.notice.NoticeTestData;
import dk.omsorg.support.ApiClient;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;

/**
 * Greve citizens on the places' lists, with offers, for the interval and guarantee tests: each citizen is granted help
 * through the API (a real decision and grant key), then put on a list with a JDBC insert as the lists' use cases
 * would leave the entry (until those are merged).
 */
final class PlaceFixture {

    static final int GREVE = 253;
    static final String INTERVAL_UNIT = "aflastning-tune";
    static final String INTERVAL_NAME = "Aflastningspladser Tune (demo)";
    static final String NURSING_HOME = "plejecenter-hundige";

    private final JdbcClient jdbc;
    private final int port;

    PlaceFixture(JdbcClient jdbc, int port) {
        this.jdbc = jdbc;
        this.port = port;
    }

    record Listed(long entryId, long citizenId, String name) {
    }

    /** A new Greve citizen with a decision, renamed to {@code name} so a test can find it on a page. */
    NoticeTestData.Granted citizen(String name) {
        NoticeTestData.Granted g = NoticeTestData.granted(ApiClient.as(port, "visitator"), jdbc, "leverandor-a", LocalDate.now());
        jdbc.sql("update citizen set name = ? where id = ?").params(name, g.citizenId()).update();
        return g;
    }

    Listed interval(String name, LocalDate listedOn, String[] preferred, String[] refused) {
        return entry(name, WaitingList.INTERVAL_STAY, listedOn, null, null, null, preferred, refused);
    }

    Listed temporary(String name, LocalDate listedOn) {
        return entry(name, WaitingList.TEMPORARY_STAY, listedOn, null, "HIGH", null, new String[0], new String[0]);
    }

    Listed general(String name, LocalDate listedOn, LocalDate guaranteeFrom) {
        return entry(name, WaitingList.NURSING_HOME_GENERAL, listedOn, guaranteeFrom, null, null, new String[0], new String[0]);
    }

    Listed specific(String name, LocalDate listedOn) {
        return entry(name, WaitingList.NURSING_HOME_SPECIFIC, listedOn, null, null, NURSING_HOME, new String[0], new String[0]);
    }

    private Listed entry(String name, WaitingList list, LocalDate listedOn, LocalDate guaranteeFrom, String priorityClass,
                         String wishedUnit, String[] preferred, String[] refused) {
        NoticeTestData.Granted g = citizen(name);
        long id = jdbc.sql("""
                        insert into place_list_entry (municipality_id, citizen_id, list, grant_key, decision_id, purpose,
                            priority_class, wished_unit, preferred_units, refused_units, listed_on, guarantee_from, reviewed_on,
                            status, created_at, created_by, modified_at, modified_by)
                        values (253, ?, ?, ?, ?, 'Aflastning af ægtefællen', ?, ?, ?, ?, ?, ?, ?, 'WAITING', now(), 'test', now(), 'test')
                        returning id""")
                .params(g.citizenId(), list.name(), g.grantKey(), g.decisionId(), priorityClass, wishedUnit, preferred, refused,
                        listedOn, guaranteeFrom, listedOn)
                .query(Long.class).single();
        return new Listed(id, g.citizenId(), name);
    }

    /** An offer of a place in the nursing home, made on {@code offeredOn} for move-in on {@code moveIn}. */
    long offer(long entryId, LocalDate offeredOn, LocalDate moveIn, int placeNo) {
        return jdbc.sql("""
                        insert into place_offer (municipality_id, entry_id, unit_code, place_no, from_on, offered_on, offered_by,
                            status, created_at, modified_at, modified_by)
                        values (253, ?, ?, ?, ?, ?, 'leder', 'OFFERED', now(), now(), 'leder') returning id""")
                .params(entryId, NURSING_HOME, placeNo, moveIn, offeredOn).query(Long.class).single();
    }

    /** The offer declined with the refusal received on {@code receivedOn}: the guarantee restarts from that day. */
    void decline(long entryId, long offerId, LocalDate receivedOn) {
        jdbc.sql("""
                        update place_offer set status = 'DECLINED', answered_on = ?, decline_reason = 'Ønsker at vente',
                            refusal_received_on = ? where id = ?""").params(receivedOn, receivedOn, offerId).update();
        jdbc.sql("update place_list_entry set guarantee_from = ?, status = 'WAITING', version = version + 1 where id = ?")
                .params(receivedOn, entryId).update();
    }
}

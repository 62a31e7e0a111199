package dk.omsorg.demo;

import dk.omsorg.assessment.AssessmentDraft;
import dk.omsorg.assessment.Assessments;
import dk.omsorg.catalog.FrequencyUnit;
import dk.omsorg.catalog.Shift;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.citizen.CprNumber;
import dk.omsorg.decision.Decision;
import dk.omsorg.decision.DecisionDraft;
import dk.omsorg.decision.Decisions;
import dk.omsorg.decision.Grant;
import dk.omsorg.decision.GrantInput;
import dk.omsorg.delivery.VisitInput;
import dk.omsorg.delivery.Visits;
import dk.omsorg.inquiry.Consent;
import dk.omsorg.inquiry.Inquiries;
import dk.omsorg.inquiry.Inquiry;
import dk.omsorg.inquiry.InquirySource;
import dk.omsorg.inquiry.Priority;
import dk.omsorg.notice.ProviderInbox;
import dk.omsorg.provider.ProviderChoice;
import dk.omsorg.provider.ProviderChoiceKind;
import dk.omsorg.security.StaffDirectory;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dk.omsorg.catalog.Shift.DAY;
import static dk.omsorg.catalog.Shift.EVENING;
import static dk.omsorg.catalog.Shift.NIGHT;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

/**
 * The care chain for four Greve citizens, so that the providers' week views, the reassessment scan,
 * supervision and the monthly settlement have something to show: inquiry → FSIII assessment → decision
 * (an ended § 83 a course, then permanent help from about three months ago with the citizen's providers, and a
 * temporary 1:1 watch day and night, with a special case: {@link DemoSpecialCase}) → planned and delivered visits from the first day of the month before last,
 * registered by each provider's own user, who also confirms the starts. Everything goes through the real use
 * cases, so the decisions are checked against Greve's quality standard (no finding needs a reason), letters,
 * notices and follow-ups are made, and every step is audited. Runs once, after {@link DemoData}, while no
 * decision exists.
 *
 * <p>Aase Frederiksen's morning care drifts: 25 minutes granted, about 40 delivered for the last four weeks,
 * so the reassessment scan flags it (seed 002's rule). Holger Jepsen is away for a weekend last month (not
 * delivered, citizen absent); two visits are cancelled by the citizen (paid by Greve's settlement policy).
 * The grant has no "every other week" frequency, so cleaning and laundry are granted and delivered weekly.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "omsorg.demo-data", matchIfMissing = true)
@Order(20)
class DemoCare implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCare.class);

    // FSIII functional-ability states (current, KL 2024); Greve's cleaning criteria need 2–4 on four of them
    // (the 2022 criteria's retired states are read on their successors, so count each successor once)
    private static final String PERSONLIG_PLEJE = "feb38b55-c2d7-4d57-99c2-93622eaa0025";
    private static final String HUSLIGT_ARBEJDE = "a7ac8429-513f-43cd-bc69-96a8d0e0f0ff";
    private static final String MOBILITET = "d8aa5f09-cd9c-4996-a853-1c95ee98f25c";
    private static final String ENERGI = "ff8312dc-442a-43f8-831a-faa18918c1ee";
    private static final String HUKOMMELSE = "a3ac7928-77c9-425c-a7f1-1248a3764d0a";
    private static final String KOGNITIVE_FUNKTIONER = "d7687a4e-d848-4931-940e-8ef338eb3f85";

    // the providers, by their demo users (policy/253-greve/providers.yaml)
    private static final String SOLSIKKEN = "leverandor-a";
    private static final String KYSTENS = "leverandor-b";
    private static final String HJEMMEPLEJEN = "hjemmeplejen";

    private static final Set<DayOfWeek> DAILY = EnumSet.allOf(DayOfWeek.class);

    /** A citizen, the inquiry and the assessment. */
    /** Demo: after the rehabilitation course each limitation is expected to ease by one step (forventet tilstand). */
    private static Map<String, Integer> expectedLevels(Map<String, Integer> scores) {
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        scores.forEach((state, score) -> {
            if (score >= 1 && score <= 4) {
                expected.put(state, score - 1);
            }
        });
        return expected;
    }

    private record Person(String key, String cpr, String name, String address, String district, String request,
                          String assessment, Map<String, Integer> scores) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("aase", "140337-1244", "Aase Frederiksen", "Mosedevej 4, 2670 Greve", "greve-nord",
                    "Hjælp til personlig pleje, rengøring og tøjvask efter apopleksi",
                    "Nedsat kraft i højre side efter apopleksi. Har efter rehabiliteringsforløbet genvundet evnen til at "
                            + "spise og klæde overkroppen på, men kan ikke selv vaske sig, gøre rent eller vaske tøj.",
                    Map.of(PERSONLIG_PLEJE, 3, HUSLIGT_ARBEJDE, 3, MOBILITET, 3, ENERGI, 2, KOGNITIVE_FUNKTIONER, 2, HUKOMMELSE, 1)),
            new Person("holger", "220835-1457", "Holger Jepsen", "Hundige Boulevard 22, 2670 Greve", "hundige",
                    "Hjælp til personlig pleje, rengøring og mad",
                    "KOL og hjerteinsufficiens; bliver forpustet ved mindste anstrengelse. Kan ikke stå ved komfuret "
                            + "eller gøre rent; har brug for hjælp til den daglige hygiejne morgen og aften.",
                    Map.of(PERSONLIG_PLEJE, 3, HUSLIGT_ARBEJDE, 4, MOBILITET, 3, ENERGI, 3, KOGNITIVE_FUNKTIONER, 2, HUKOMMELSE, 0)),
            new Person("gerda", "031134-2228", "Gerda Lund", "Karlslunde Mosevej 9, 2690 Karlslunde", "karlslunde",
                    "Hjælp til bad, rengøring, tøjvask og mad",
                    "Slidgigt i hofter og knæ, går med rollator. Klarer selv daglig hygiejne, men ikke bad, tunge "
                            + "rengøringsopgaver, tøjvask og madlavning.",
                    Map.of(PERSONLIG_PLEJE, 2, HUSLIGT_ARBEJDE, 3, MOBILITET, 3, ENERGI, 2, HUKOMMELSE, 2)),
            new Person("svend", "191040-3113", "Svend Winther", "Greve Midtby 14, 2670 Greve", "greve-midt",
                    "Hjælp til personlig pleje; uro om natten (demens)",
                    "Alzheimers demens. Udadreagerende og meget urolig om natten, forlader boligen; ægtefællen kan "
                            + "ikke længere skærme ham. Demenskoordinator og egen læge er inddraget.",
                    Map.of(PERSONLIG_PLEJE, 3, KOGNITIVE_FUNKTIONER, 4, HUKOMMELSE, 4, MOBILITET, 1)));

    /**
     * One grant and how it is delivered: in one shift, on the days listed (daily: once a day; else once on
     * each of the days a week, every {@code everyWeeks} weeks — Greve's cleaning "hver 3. uge", laundry "hver 2. uge"),
     * at the weekday and weekend start times, by the provider's user.
     */
    private record Help(String who, String code, Shift shift, int minutes, String provider, Set<DayOfWeek> days,
                        String weekday, String weekend, int everyWeeks) {
        Help(String who, String code, Shift shift, int minutes, String provider, Set<DayOfWeek> days, String weekday,
             String weekend) {
            this(who, code, shift, minutes, provider, days, weekday, weekend, 1);
        }

        /** Whether the grant has a delivery in the week of {@code day}, counted from the week of its start. */
        boolean deliveredInWeekOf(LocalDate day, LocalDate start) {
            long weeks = java.time.temporal.ChronoUnit.WEEKS.between(start.with(DayOfWeek.MONDAY), day.with(DayOfWeek.MONDAY));
            return weeks % everyWeeks == 0;
        }
    }

    private static final List<Help> HELP = List.of(
            new Help("aase", "daglig-hygiejne", DAY, 25, SOLSIKKEN, DAILY, "07:45", "09:00"),
            new Help("aase", "daglig-hygiejne", EVENING, 15, SOLSIKKEN, DAILY, "20:30", "20:30"),
            new Help("aase", "lille-rengoering", DAY, 30, SOLSIKKEN, Set.of(TUESDAY), "10:00", null, 3),
            new Help("aase", "toejvask-8kg-hver-anden-uge", DAY, 10, SOLSIKKEN, Set.of(THURSDAY), "13:00", null, 2),
            new Help("holger", "daglig-hygiejne", DAY, 20, HJEMMEPLEJEN, DAILY, "08:15", "09:30"),
            new Help("holger", "daglig-hygiejne", EVENING, 15, HJEMMEPLEJEN, DAILY, "19:45", "19:45"),
            new Help("holger", "lille-rengoering", DAY, 30, SOLSIKKEN, Set.of(WEDNESDAY), "11:00", null, 3),
            new Help("holger", "madudbringning", DAY, 5, KYSTENS, DAILY, "11:30", "11:30"),
            new Help("gerda", "bad", DAY, 30, HJEMMEPLEJEN, Set.of(FRIDAY), "10:30", null),
            new Help("gerda", "mellem-rengoering", DAY, 40, KYSTENS, Set.of(MONDAY), "12:30", null, 3),
            new Help("gerda", "toejvask-8kg-hver-anden-uge", DAY, 10, KYSTENS, Set.of(THURSDAY), "14:00", null, 2),
            new Help("gerda", "madudbringning", DAY, 5, KYSTENS, DAILY, "11:00", "11:00"),
            new Help("svend", "daglig-hygiejne", DAY, 30, HJEMMEPLEJEN, DAILY, "07:30", "08:30"),
            new Help("svend", "daglig-hygiejne", EVENING, 20, HJEMMEPLEJEN, DAILY, "21:00", "21:00"),
            // seed 000: 1:1 (fast vagt) at night, temporary (Greve: at most 2 months), the municipality selects
            new Help("svend", "fast-vagt", NIGHT, 480, HJEMMEPLEJEN, DAILY, "23:00", "23:00"),
            // and in the day (two shifts: a special case, DemoSpecialCase)
            new Help("svend", "fast-vagt", DAY, 420, HJEMMEPLEJEN, DAILY, "08:00", "08:00"));

    private static final String ONE_TO_ONE = "fast-vagt";
    private static final int DRIFT_DAYS = 27;
    private static final int DRIFT_MINUTES = 15;

    private final Inquiries inquiries;
    private final Assessments assessments;
    private final Decisions decisions;
    private final Visits visits;
    private final ProviderInbox inbox;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;
    private final DemoSpecialCase specialCase;
    private final DemoPlaces places;
    private final DemoCourses demoCourses;

    DemoCare(Inquiries inquiries, Assessments assessments, Decisions decisions, Visits visits, ProviderInbox inbox,
             StaffDirectory staff, JdbcClient jdbc, DemoSpecialCase specialCase, DemoPlaces places,
             DemoCourses demoCourses) {
        this.demoCourses = demoCourses;
        this.specialCase = specialCase;
        this.places = places;
        this.inquiries = inquiries;
        this.assessments = assessments;
        this.decisions = decisions;
        this.visits = visits;
        this.inbox = inbox;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from decision").query(Long.class).single() > 0) {
            return;
        }
        try {
            register();
        } catch (DomainException e) {
            // the demo data broke a rule (a changed catalogue or policy file?): say which, field by field
            throw new IllegalStateException("Demo care data refused: " + e.violations().stream()
                    .map(v -> v.field() + " " + v.messageKey() + " " + Arrays.toString(v.args())).toList(), e);
        }
    }

    private void register() {
        LocalDate today = decisions.today();
        LocalDate careStart = today.minusMonths(3);
        LocalDate courseStart = careStart.minusWeeks(8);
        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
        LocalDate oneToOneStart = lastMonth.minusDays(14);
        Map<Help, Grant> granted = new LinkedHashMap<>();
        long svend = 0;
        for (Person person : PEOPLE) {
            Inquiry inquiry = DemoData.as(staff, "koordinator", () -> {
                Inquiry registered = inquiries.register(new Citizens.NewCitizen(CprNumber.of(person.cpr()), person.name(),
                                person.address(), "+45 43 97 00 00", person.district()),
                        new Inquiry.Intake(InquirySource.CITIZEN, null,
                                courseStart.minusDays(12).atTime(10, 0).atZone(DanishTime.ZONE).toInstant(),
                                person.request(), "SEL § 83", Consent.NOT_NEEDED, Priority.NORMAL));
                inquiries.assign(registered.id(), "visitator");
                return registered;
            });
            if (person.key().equals("svend")) {
                svend = inquiry.citizenId();
            }
            List<Help> help = HELP.stream().filter(h -> h.who().equals(person.key())).toList();
            DemoData.as(staff, "visitator", () -> {
                assessments.record(inquiry.citizenId(), inquiry.id(), new AssessmentDraft(careStart.minusDays(3),
                        person.assessment(), person.scores(), null, expectedLevels(person.scores())));
                List<GrantInput> grants = new ArrayList<>();
                // seed 003, rehabilitation first: the § 83 a course before permanent help
                grants.add(new GrantInput(null, "rh-daglig-hygiejne", 1, FrequencyUnit.DAY, Set.of(DAY), 20, courseStart,
                        careStart.minusDays(1), "Kan selv vaske ansigt og overkrop", false, null));
                help.forEach(h -> grants.add(grant(h, careStart, oneToOneStart)));
                Decision decision = decisions.make(inquiry.citizenId(), new DecisionDraft(inquiry.id(), null,
                        "Rehabiliteringsforløbet er afsluttet; den varige hjælp svarer til behovet ved afslutningen.",
                        false, null, grants, List.of()));
                for (int i = 0; i < help.size(); i++) {
                    Grant grant = decision.grants().get(i + 1);
                    if (!grant.interventionCode().equals(help.get(i).code()) || !grant.shifts().contains(help.get(i).shift())) {
                        throw new IllegalStateException("Grants out of order: " + grant.interventionCode());
                    }
                    granted.put(help.get(i), grant);
                }
                return decision;
            });
        }
        Map<String, List<VisitInput>> byProvider = new LinkedHashMap<>();
        granted.forEach((help, grant) -> byProvider.computeIfAbsent(help.provider(), p -> new ArrayList<>())
                .addAll(visits(help, grant, today, lastMonth)));
        byProvider.forEach((provider, list) -> DemoData.as(staff, provider, () -> visits.register(list)));
        confirmStarts(granted);
        specialCase.open(svend, oneToOneStart);
        places.register(today);
        // what the staff need at the door when the day lists are printed for an outage
        jdbc.sql("update citizen set home_access = 'Nøgleboks ved hoveddøren (kode hos hjemmeplejen); datteren har en nøgle'"
                + " where municipality_id = 253 and name = 'Aase Frederiksen'").update();
        demoCourses.register(today);
        log.info("Demo care registered: {} grants, {} visits; settle {}", granted.size(),
                byProvider.values().stream().mapToInt(List::size).sum(), lastMonth.toString().substring(0, 7));
    }

    /**
     * Each provider confirms that its grants started on their first day, so the start deadlines are met rather
     * than overdue. The notice module records the starts from the decisions' events after they commit, so wait
     * (bounded) for them first.
     */
    private void confirmStarts(Map<Help, Grant> granted) {
        String[] keys = granted.values().stream().map(g -> g.grantKey().toString()).toArray(String[]::new);
        for (int attempt = 0; attempt < 100; attempt++) {
            if (jdbc.sql("select count(*) from grant_start where grant_key = any (?::text[]::uuid[])").param(keys)
                    .query(Long.class).single() >= keys.length) {
                granted.forEach((help, grant) -> DemoData.as(staff, help.provider(),
                        () -> inbox.confirmStart(grant.grantKey(), grant.start())));
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        log.warn("Demo care: the providers' start notices did not arrive in time; starts left unconfirmed");
    }

    private GrantInput grant(Help h, LocalDate careStart, LocalDate oneToOneStart) {
        long providerId = staff.loadUserByUsername(h.provider()).providerId();
        boolean oneToOne = h.code().equals(ONE_TO_ONE);
        boolean daily = h.days().size() == 7;
        ProviderChoice choice = oneToOne
                ? new ProviderChoice(providerId, ProviderChoiceKind.SELECTED_BY_MUNICIPALITY,
                "Fast vagt leveres af den leverandør, der allerede har den personlige pleje (kvalitetsstandarden)")
                : new ProviderChoice(providerId, ProviderChoiceKind.FREE_CHOICE, null);
        return new GrantInput(null, h.code(), daily ? 1 : h.days().size(), daily ? FrequencyUnit.DAY : FrequencyUnit.WEEK,
                h.everyWeeks(), Set.of(h.shift()), h.minutes(), oneToOne ? oneToOneStart : careStart,
                oneToOne ? oneToOneStart.plusMonths(2).minusDays(1) : null,
                oneToOne ? "Ro og struktur om natten; viden om, hvad der udløser uroen" : null, false, null, choice, null);
    }

    /**
     * The grant's visits from the first day of the month before last: planned (at the granted minutes) up to a
     * week from today, delivered up to yesterday (with a few minutes' variation, and the exceptions below).
     */
    private List<VisitInput> visits(Help h, Grant grant, LocalDate today, LocalDate lastMonth) {
        List<VisitInput> list = new ArrayList<>();
        LocalDate first = max(lastMonth.minusMonths(1), grant.start());
        LocalDate end = grant.end() == null ? today.plusDays(6) : min(grant.end(), today.plusDays(6));
        String id = h.who() + "-" + h.code() + "-" + h.shift().name().toLowerCase() + "-";
        for (LocalDate day = first; !day.isAfter(end); day = day.plusDays(1)) {
            if (!h.days().contains(day.getDayOfWeek()) || !h.deliveredInWeekOf(day, grant.start())) {
                continue;
            }
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            String start = weekend && h.weekend() != null ? h.weekend() : h.weekday();
            list.add(new VisitInput("P-" + id + day, grant.grantKey().toString(), "PLANNED", day.toString(), start,
                    h.shift().name(), String.valueOf(h.minutes()), null));
            if (!day.isBefore(today)) {
                continue;
            }
            String reason = notDelivered(h, day, lastMonth);
            int minutes = reason != null ? 0 : h.minutes() + variation(h, day)
                    + (drifts(h) && !day.isBefore(today.minusDays(DRIFT_DAYS)) ? DRIFT_MINUTES : 0);
            list.add(new VisitInput("L-" + id + day, grant.grantKey().toString(), "DELIVERED", day.toString(), start,
                    null, String.valueOf(minutes), reason));
        }
        return list;
    }

    /** Aase's morning care takes longer than granted for the last four weeks: a reassessment case. */
    private static boolean drifts(Help h) {
        return h.who().equals("aase") && h.shift() == DAY && h.code().equals("daglig-hygiejne");
    }

    /** Visits that did not take place: Holger away for a weekend, and two cancelled by the citizen. */
    private static String notDelivered(Help h, LocalDate day, LocalDate lastMonth) {
        LocalDate awayFrom = lastMonth.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SATURDAY));
        if (h.who().equals("holger") && (day.equals(awayFrom) || day.equals(awayFrom.plusDays(1)))) {
            return "CITIZEN_ABSENT";
        }
        if (h.who().equals("gerda") && h.code().equals("mellem-rengoering")
                && day.equals(lastMonth.with(TemporalAdjusters.dayOfWeekInMonth(3, MONDAY)))) {
            return "CANCELLED_BY_CITIZEN";
        }
        if (h.who().equals("aase") && h.shift() == EVENING && day.equals(lastMonth.plusDays(19))) {
            return "CANCELLED_BY_CITIZEN";
        }
        return null;
    }

    /** −2 … +2 minutes on longer visits, the same every start. */
    private static int variation(Help h, LocalDate day) {
        return h.minutes() < 15 ? 0 : (int) Math.floorMod(day.toEpochDay() + h.who().length(), 5L) - 2;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

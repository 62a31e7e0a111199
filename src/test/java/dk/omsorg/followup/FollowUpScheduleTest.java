package dk.omsorg.followup;

import dk.omsorg.followup.FollowUpRule.CaseworkerInterval;
import dk.omsorg.followup.FollowUpSchedule.Due;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule's due day, from Greve's follow-up.yaml (seeds 001, 002, 003; seed 000's rule from a file of the test). */
class FollowUpScheduleTest {

    private static final MunicipalityFollowUp GREVE = new FollowUpRules(FollowUpRules.DEFAULT_LOCATION)
            .forMunicipality(253).orElseThrow();
    private static final LocalDate DECIDED = LocalDate.of(2025, 3, 3);
    private static final LocalDate START = LocalDate.of(2025, 3, 10);

    private static GrantFacts permanent(boolean rehabilitationFirst, boolean followsCourse, Integer catalogMonths) {
        return new GrantFacts("daglig-hygiejne", "personlig-pleje", "SEL § 83 stk. 1 nr. 1", START, null, false,
                rehabilitationFirst, followsCourse, catalogMonths);
    }

    @Test
    void permanentHelpAfterACourseIsFollowedUpThreeMonthsAfterItStarts() {
        // seed 003: "Er der bevilliget hjælp efter en rehabiliterende indsats ... opfølgning efter 3 måneder"
        assertThat(FollowUpSchedule.forGrant(GREVE, permanent(true, true, 3), DECIDED)).singleElement()
                .satisfies(d -> {
                    assertThat(d.rule()).isEqualTo(RuleKind.AFTER_REHABILITATION);
                    assertThat(d.dueOn()).isEqualTo(LocalDate.of(2025, 6, 10));
                    assertThat(d.intervalMonths()).isEqualTo(3);
                    assertThat(d.source()).contains("efter 3 måneder efter en rehabiliterende indsats");
                });
    }

    @Test
    void permanentHelpWithoutACourseGetsTheCaseworkersIntervalFromTheCatalogueOrTheDefault() {
        // no course before, or an area without rehabilitation first: ½–3 years; the default 12 months
        assertThat(FollowUpSchedule.forGrant(GREVE, permanent(true, false, null), DECIDED)).singleElement()
                .satisfies(d -> assertThat(d.rule()).isEqualTo(RuleKind.CASEWORKER_INTERVAL))
                .satisfies(d -> assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 3, 10)));
        assertThat(FollowUpSchedule.forGrant(GREVE, permanent(false, true, null), DECIDED)).singleElement()
                .satisfies(d -> assertThat(d.rule()).isEqualTo(RuleKind.CASEWORKER_INTERVAL));
        // the catalogue's followUp.months gives the start where it lies in 6–36 (nødkald: 6), not where it does not (3)
        assertThat(FollowUpSchedule.forGrant(GREVE, permanent(false, false, 6), DECIDED).get(0).dueOn())
                .isEqualTo(LocalDate.of(2025, 9, 10));
        assertThat(FollowUpSchedule.forGrant(GREVE, permanent(false, false, 3), DECIDED).get(0).intervalMonths())
                .isEqualTo(12);
        // help decided after it started counts from the decision
        assertThat(FollowUpSchedule.forGrant(GREVE, permanent(false, false, null), LocalDate.of(2025, 4, 1)).get(0).dueOn())
                .isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void theCaseworkersIntervalIsHalfAYearToThreeYearsBothIncluded() {
        CaseworkerInterval rule = GREVE.inForce(CaseworkerInterval.class, DECIDED).orElseThrow();
        assertThat(rule.allows(6)).isTrue();
        assertThat(rule.allows(36)).isTrue();
        assertThat(rule.allows(5)).isFalse();
        assertThat(rule.allows(37)).isFalse();
    }

    @Test
    void aSpecialCaseRuleIsFollowedUpEveryThreeMonthsWhileItLasts(@TempDir Path dir) throws IOException {
        // Greve's own file no longer has the rule (issue 17: the special case opens its follow-up); the format keeps it
        String greve = new String(new ClassPathResource("policy/253-greve/follow-up.yaml").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        Path file = Files.createDirectories(dir.resolve("253-greve")).resolve("follow-up.yaml");
        Files.writeString(file, greve + """
                  - kind: SPECIAL_CASE
                    validFrom: 2022-01-01
                    source: "Særlige borgere (1:1 overvågning/fast vagt): visitator følger op hver 3. måned"
                    months: 3
                    interventionCodes: [fast-vagt]
                """);
        MunicipalityFollowUp GREVE = new FollowUpRules(new Resource[]{new FileSystemResource(file)})
                .forMunicipality(253).orElseThrow();
        GrantFacts watch = new GrantFacts("fast-vagt", "fast-vagt", "SEL § 83 stk. 1 nr. 1", START, null, false, false,
                false, null);
        assertThat(FollowUpSchedule.forGrant(GREVE, watch, DECIDED)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(RuleKind.SPECIAL_CASE);
            assertThat(d.dueOn()).isEqualTo(LocalDate.of(2025, 6, 10));
            assertThat(d.source()).startsWith("Særlige borgere");
        });
        // a watch of 2 months (the standard's max) ends before 3 months: only the reminder before the end
        GrantFacts twoMonths = new GrantFacts("fast-vagt", "fast-vagt", "SEL § 83 stk. 1 nr. 1", START,
                LocalDate.of(2025, 5, 9), false, false, false, null);
        assertThat(FollowUpSchedule.forGrant(GREVE, twoMonths, DECIDED)).extracting(Due::rule)
                .containsExactly(RuleKind.TEMPORARY_END);
        // exactly 3 months: the follow-up on the last day, and the reminder
        GrantFacts threeMonths = new GrantFacts("fast-vagt", "fast-vagt", "SEL § 83 stk. 1 nr. 1", START,
                LocalDate.of(2025, 6, 10), false, false, false, null);
        assertThat(FollowUpSchedule.forGrant(GREVE, threeMonths, DECIDED)).extracting(Due::rule)
                .containsExactly(RuleKind.SPECIAL_CASE, RuleKind.TEMPORARY_END);
    }

    @Test
    void aTemporaryGrantGetsAReminderFourteenDaysBeforeItsEndButNotBeforeTheDecision() {
        GrantFacts temporary = new GrantFacts("daglig-hygiejne", "personlig-pleje", "SEL § 83 stk. 1 nr. 1", START,
                LocalDate.of(2025, 5, 31), false, true, true, null);
        assertThat(FollowUpSchedule.forGrant(GREVE, temporary, DECIDED)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(RuleKind.TEMPORARY_END);
            assertThat(d.dueOn()).isEqualTo(LocalDate.of(2025, 5, 17));
            assertThat(d.intervalMonths()).isNull();
        });
        GrantFacts endsSoon = new GrantFacts("daglig-hygiejne", "personlig-pleje", "SEL § 83 stk. 1 nr. 1", START,
                LocalDate.of(2025, 3, 12), false, true, true, null);
        assertThat(FollowUpSchedule.forGrant(GREVE, endsSoon, DECIDED).get(0).dueOn()).isEqualTo(DECIDED);
    }

    @Test
    void aRehabilitationCourseHasItsOwnEvaluationsAndNoFollowUp() {
        GrantFacts course = new GrantFacts("rh-bad", "rh-personlig-pleje", "SEL § 83 a", START, LocalDate.of(2025, 6, 8),
                true, false, false, 3);
        assertThat(FollowUpSchedule.forGrant(GREVE, course, DECIDED)).isEmpty();
    }

    @Test
    void completingSchedulesTheNextByTheRule() {
        LocalDate done = LocalDate.of(2025, 6, 12);
        GrantFacts help = permanent(true, true, null);
        // after the 3 months that follow a course: the caseworker's interval
        assertThat(FollowUpSchedule.next(GREVE, RuleKind.AFTER_REHABILITATION, 3, FollowUpResult.CONTINUE, help, done))
                .map(Due::rule).contains(RuleKind.CASEWORKER_INTERVAL);
        assertThat(FollowUpSchedule.next(GREVE, RuleKind.AFTER_REHABILITATION, 3, FollowUpResult.CONTINUE, help, done))
                .map(Due::dueOn).contains(LocalDate.of(2026, 6, 12));
        // the caseworker's interval carries on
        assertThat(FollowUpSchedule.next(GREVE, RuleKind.CASEWORKER_INTERVAL, 24, FollowUpResult.CHANGE_WITHIN_FRAME, help, done))
                .map(Due::dueOn).contains(LocalDate.of(2027, 6, 12));
        // the help ends: no next; a reminder before an end has no next
        assertThat(FollowUpSchedule.next(GREVE, RuleKind.CASEWORKER_INTERVAL, 24, FollowUpResult.END, help, done)).isEmpty();
        assertThat(FollowUpSchedule.next(GREVE, RuleKind.TEMPORARY_END, null, FollowUpResult.CONTINUE, help, done)).isEmpty();
        // a special-case follow-up stored before issue 17 has no next here: the special case now opens the next one
        GrantFacts watch = new GrantFacts("fast-vagt", "fast-vagt", "SEL § 83 stk. 1 nr. 1", START, null, false, false,
                false, null);
        assertThat(FollowUpSchedule.next(GREVE, RuleKind.SPECIAL_CASE, 3, FollowUpResult.REASSESS, watch, done)).isEmpty();
        assertThat(FollowUpSchedule.next(GREVE, RuleKind.SPECIAL_CASE, 3, FollowUpResult.CONTINUE, null, done))
                .isEqualTo(Optional.empty());
        assertThat(List.of(FollowUpResult.values())).extracting(FollowUpResult::code).containsExactly("E1", "E2", "E3", "E4");
        assertThat(FollowUpResult.parse("e2")).contains(FollowUpResult.CHANGE_WITHIN_FRAME);
        assertThat(FollowUpResult.parse("fortsæt")).isEmpty();
    }
}

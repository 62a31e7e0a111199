/**
 * BPA (borgerstyret personlig assistance, § 96): the year's budget from the granted hours per day and the
 * municipality's wage rate, the yearly follow-up date, and reports that a full helper team cannot be kept (flagged
 * for the caseworker after the policy's weeks). Policy: {@code policy/<code>-<name>/bpa.yaml}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "BPA")
package dk.omsorg.bpa;

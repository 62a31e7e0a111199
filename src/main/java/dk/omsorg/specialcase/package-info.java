/**
 * Special 1:1 cases (særlige borgersager, seed 000 "Særlige borgere"): a citizen with a fixed watch (fast vagt) at
 * home or in a care centre. The case itself — criteria checked and quoted from the municipality's policy
 * ({@code policy/<code>-<name>/special-cases.yaml}), the contact caseworker, status, history, the holistic
 * assessment, no free choice of provider and the follow-up every few months. Offers, contract and finance's notices
 * build on {@link dk.omsorg.specialcase.SpecialCases#moveTo} and {@link dk.omsorg.specialcase.SpecialCases#recordEvent}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Særlige borgersager")
package dk.omsorg.specialcase;

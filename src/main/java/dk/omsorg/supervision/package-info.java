/**
 * Supervision samples (tilsyn, seed 002 "Tilsyn med kvaliteten"): a random, stored and reproducible sample of N
 * citizens per provider for a period, with granted, planned and delivered minutes per citizen and grant and the
 * deviation, on screen and as CSV and XLSX.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tilsyn")
package dk.omsorg.supervision;

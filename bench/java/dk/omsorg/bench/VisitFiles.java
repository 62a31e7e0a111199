package dk.omsorg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static dk.omsorg.bench.MunicipalityGenerator.HEADER;

/** The generated visits as the providers' CSV files in the real import format (docs/visit-import-format.md). */
final class VisitFiles {

    private static final String[] NOT_DELIVERED = {"CITIZEN_ABSENT", "HOSPITALISED", "CANCELLED_BY_CITIZEN", "REPLACEMENT_HELP"};

    private VisitFiles() {
    }

    /**
     * The visits, one file per provider: every delivery of every grant on the days it is due (daily grants every day;
     * weekly ones on fixed weekdays), delivered at a time in the grant's shift (the shift left to the import to derive,
     * or given and matching, alternately). Minutes: the granted ± 2, or for a drifting grant, from its drift day on,
     * the granted × 0.5–1.8 (at least ± 5); about 2 % not delivered, with a reason.
     */
    static MunicipalityGenerator.Generated write(MunicipalityGenerator.Spec spec, Path directory,
                                                 List<MunicipalityGenerator.GrantRow> rows, Map<Long, String> codes,
                                                 long[] citizenIds, int grants, int absences) {
        try {
            Files.createDirectories(directory);
            Map<Long, BufferedWriter> writers = new LinkedHashMap<>();
            Map<Long, int[]> counts = new LinkedHashMap<>();
            for (long id : codes.keySet()) {
                Path file = directory.resolve("visits-" + codes.get(id) + ".csv");
                BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                w.write(HEADER);
                w.write('\n');
                writers.put(id, w);
                counts.put(id, new int[1]);
            }
            long visits = 0;
            int drifting = 0;
            StringBuilder line = new StringBuilder(128);
            for (MunicipalityGenerator.GrantRow g : rows) {
                SplittableRandom random = new SplittableRandom(spec.seed() * 1_000_003L + g.ordinal());
                boolean drifts = random.nextDouble() < spec.driftShare();
                int driftFrom = drifts ? random.nextInt(Math.max(1, spec.days() / 3)) : Integer.MAX_VALUE;
                double factor = drifts ? (random.nextBoolean() ? 0.5 + random.nextDouble() * 0.3 : 1.3 + random.nextDouble() * 0.5) : 1;
                drifting += drifts ? 1 : 0;
                int firstWeekday = (int) (g.ordinal() % 7);
                BufferedWriter w = writers.get(g.providerId());
                int[] count = counts.get(g.providerId());
                for (int d = 0; d < spec.days(); d++) {
                    LocalDate day = spec.firstDay().plusDays(d);
                    if (!due(g, day.getDayOfWeek(), firstWeekday)) {
                        continue;
                    }
                    int perDay = "DAY".equals(g.per()) ? g.times() : 1;
                    for (int n = 0; n < perDay; n++) {
                        line.setLength(0);
                        line.append('V').append(g.ordinal()).append('-').append(d).append('-').append(n).append(';')
                                .append(g.grantKey()).append(";DELIVERED;").append(day).append(';');
                        if (random.nextInt(50) == 0) {
                            String reason = NOT_DELIVERED[random.nextInt(NOT_DELIVERED.length)];
                            line.append(';').append(g.shift()).append(";;").append(reason);   // no start time: the shift is required
                        } else {
                            int minutes;
                            if (d >= driftFrom) {
                                int changed = (int) Math.round(g.minutes() * factor);
                                int least = factor < 1 ? g.minutes() - 5 : g.minutes() + 5;
                                minutes = factor < 1 ? Math.max(1, Math.min(changed, least)) : Math.max(changed, least);
                            } else {
                                minutes = Math.max(1, g.minutes() + random.nextInt(5) - 2);
                            }
                            int start = startMinute(g.shift(), random);
                            line.append("%02d:%02d".formatted(start / 60, start % 60)).append(';');
                            if (random.nextBoolean()) {
                                line.append(g.shift());
                            }
                            line.append(';').append(minutes).append(';');
                        }
                        line.append('\n');
                        w.append(line);
                        count[0]++;
                        visits++;
                    }
                }
            }
            List<MunicipalityGenerator.ProviderFile> files = new ArrayList<>();
            for (long id : codes.keySet()) {
                writers.get(id).close();
                files.add(new MunicipalityGenerator.ProviderFile(id, codes.get(id), "bench-" + codes.get(id),
                        directory.resolve("visits-" + codes.get(id) + ".csv"), counts.get(id)[0]));
            }
            return new MunicipalityGenerator.Generated(spec, files, citizenIds[0], citizenIds[citizenIds.length - 1], grants, visits, drifting, absences);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a grant is due on a weekday: daily every day; n times a week on n fixed weekdays. */
    private static boolean due(MunicipalityGenerator.GrantRow g, DayOfWeek weekday, int firstWeekday) {
        if ("DAY".equals(g.per())) {
            return true;
        }
        int offset = Math.floorMod(weekday.getValue() - 1 - firstWeekday, 7);
        return switch (g.times()) {
            case 1 -> offset == 0;
            case 2 -> offset == 0 || offset == 3;
            case 3 -> offset == 0 || offset == 2 || offset == 4;
            default -> offset < g.times();
        };
    }

    /** A start time in the shift (default boundaries 07–15–23), in minutes after midnight, on a five-minute mark. */
    private static int startMinute(String shift, SplittableRandom random) {
        int slot = random.nextInt(96) * 5;   // 0–475 minutes: within 8 hours
        return switch (shift) {
            case "EVENING" -> 15 * 60 + slot;
            case "NIGHT" -> (23 * 60 + slot) % (24 * 60);
            default -> 7 * 60 + slot;
        };
    }
}

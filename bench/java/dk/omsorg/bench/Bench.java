package dk.omsorg.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs one benchmark: {@code bench/run delivery|settlement|api|workspace|klgateway|start [key=value …]} (see {@code bench/README.md}). Exits 0 when the
 * benchmark ran and its results were right (whether or not a target was met: the figures say that), 1 when a result
 * was wrong, 2 on bad arguments.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0].strip() : "";
        Map<String, String> options = new LinkedHashMap<>();
        Arrays.stream(args).skip(1).flatMap(a -> Arrays.stream(a.strip().split("\\s+"))).filter(a -> !a.isBlank())
                .forEach(a -> {
                    int eq = a.indexOf('=');
                    if (eq < 1) {
                        usage("not key=value: " + a);
                    }
                    options.put(a.substring(0, eq), a.substring(eq + 1));
                });
        int status = switch (which) {
            case "delivery" -> DeliveryBenchmark.run(options);
            case "settlement" -> SettlementBenchmark.run(options);
            case "api" -> ApiBenchmark.run(options);
            case "workspace" -> WorkspaceBenchmark.run(options);
            case "klgateway" -> KlGatewayBenchmark.run(options);
            case "start" -> StartBenchmark.run(options);
            case "management" -> ManagementBenchmark.run(options);
            case "rehabilitation" -> RehabilitationBenchmark.run(options);
            default -> {
                usage(which.isEmpty() ? "which benchmark?" : "no benchmark " + which);
                yield 2;
            }
        };
        System.out.flush();
        System.exit(status);
    }

    static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: bench/run delivery [citizens=10000] [grants=100000] [providers=5] [days=28] "
                + "[start=YYYY-MM-DD] [runs=3] [dir=PATH]");
        System.err.println("       bench/run settlement [citizens=10000] [grants=100000] [providers=5] [month=YYYY-MM] [runs=3]");
        System.err.println("       bench/run api [clients=20] [duration=30] [warmup=6]");
        System.err.println("       bench/run workspace [citizens=100000] [grants=1000000] [visits=10000000] [tasks=500000] "
                + "[caseworkers=200] [clients=20] [duration=60] [warmup=10]");
        System.err.println("       bench/run start [runs=3]");
        System.err.println("       bench/run management [citizens=100000] [grants=1000000] [visits=10000000] [runs=3]");
        System.err.println("       bench/run rehabilitation [citizens=100000] [grants=1000000] [visits=10000000] [runs=3]");
        System.err.println("       bench/run klgateway [citizens=10000] [grants=30000] [providers=5] [assessed=50] [month=YYYY-MM] [runs=3]");
        System.exit(2);
    }
}

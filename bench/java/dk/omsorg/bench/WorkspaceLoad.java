package dk.omsorg.bench;

import dk.omsorg.bench.ApiBenchmark.Figures;
import dk.omsorg.support.WebSession;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logged-in caseworkers using the workspace over real HTTP, as browsers: each opens, by turns chosen at random, either
 * the work queue ({@code GET /tasks}) or the overview of a citizen it has tasks for ({@code GET /citizens/{id}} and
 * the fragments the page loads itself: every {@code hx-get} with {@code hx-trigger="load"}, fetched in parallel with
 * htmx's {@code HX-Request} header, and the fragments' own such fragments after them). An overview is timed from the
 * page's request to its last fragment's answer, as the caseworker waits for it; every URL is also timed on its own.
 * Paced (about once a second per caseworker, as people click) or not (as fast as answers come).
 */
final class WorkspaceLoad {

    static final String QUEUE = "/tasks";
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
    private static final Pattern HX_GET = Pattern.compile("\\bhx-get=\"([^\"]+)\"");
    private static final Pattern LOADS = Pattern.compile("\\bhx-trigger=\"load\\b");

    /** A logged-in caseworker and the citizens it has tasks for. */
    record Caseworker(String username, WebSession browser, long[] citizens) {
    }

    /** One kind's or URL's figures: the queue's 404s apart (it may not exist yet); errors are any other answer than 200. */
    record Kind(Figures figures, int notFound) {
    }

    /** What a run measured: per kind (queue, overview, all) and per URL (ids replaced by {id}); all HTTP requests. */
    record Result(Map<String, Kind> kinds, Map<String, Kind> urls, int httpRequests, double seconds) {

        int errors() {
            return kinds.get("all").figures().failed();
        }

        int notFound() {
            return kinds.get("all").notFound();
        }

        double httpPerSecond() {
            return httpRequests / seconds;
        }

        void print(String title) {
            System.out.printf(Locale.ROOT, "%s — %,d HTTP requests in %.1f s = %.0f/s%n", title, httpRequests, seconds,
                    httpPerSecond());
            kinds.forEach((name, k) -> System.out.printf(Locale.ROOT, "  %-9s %s%s%n", name, k.figures(),
                    k.notFound() > 0 ? "; " + k.notFound() + " × 404 (not built on this branch)" : ""));
            urls.forEach((url, k) -> System.out.printf(Locale.ROOT, "    %-38s %,7d × p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                    + "%d errors, %d × 404%n", url, k.figures().requests(), k.figures().p50(), k.figures().p95(),
                    k.figures().p99(), k.figures().failed(), k.notFound()));
        }
    }

    /** Times and statuses of one run, filled by all the clients at once. */
    private static final class Tally {
        // [nanos, status, 1 when a 404 is the queue not built yet]
        final Map<String, ConcurrentLinkedQueue<long[]>> kinds = new ConcurrentHashMap<>();
        final Map<String, ConcurrentLinkedQueue<long[]>> urls = new ConcurrentHashMap<>();
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger complaints = new AtomicInteger();

        void kind(String kind, long nanos, int status) {
            kinds.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(new long[]{nanos, status, kind.equals("queue") ? 1 : 0});
        }

        void url(String path, long nanos, int status) {
            requests.incrementAndGet();
            urls.computeIfAbsent(path.replaceAll("\\?.*$", "").replaceAll("/\\d+", "/{id}"),
                    k -> new ConcurrentLinkedQueue<>()).add(new long[]{nanos, status, 0});
        }

        Result result(double seconds) {
            Map<String, Kind> byKind = new TreeMap<>();
            List<long[]> all = new ArrayList<>();
            kinds.forEach((kind, rows) -> {
                byKind.put(kind, kind(List.copyOf(rows), seconds));
                all.addAll(rows);
            });
            byKind.put("all", kind(all, seconds));
            Map<String, Kind> byUrl = new TreeMap<>();
            urls.forEach((url, rows) -> byUrl.put(url, kind(List.copyOf(rows), seconds)));
            return new Result(byKind, byUrl, requests.get(), seconds);
        }

        private static Kind kind(List<long[]> rows, double seconds) {
            long[] nanos = rows.stream().mapToLong(r -> r[0]).toArray();
            int notFound = (int) rows.stream().filter(r -> r[1] == 404 && r[2] == 1).count();
            int failed = (int) rows.stream().filter(r -> r[1] != 200).count() - notFound;
            return new Kind(Figures.of(nanos, failed, seconds), notFound);
        }
    }

    private WorkspaceLoad() {
    }

    /** Each caseworker on its own thread for the duration; paced: about once a second (0.8–1.2 s apart). */
    static Result run(List<Caseworker> caseworkers, Duration duration, boolean paced, long seed) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(caseworkers.size());
        ExecutorService fragments = Executors.newCachedThreadPool();   // a browser's parallel connections
        Tally tally = new Tally();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < caseworkers.size(); i++) {
                Caseworker caseworker = caseworkers.get(i);
                SplittableRandom random = new SplittableRandom(seed * 7919 + i);
                running.add(clients.submit(() -> {
                    long next = start + (paced ? random.nextLong(1_000_000_000L) : 0);
                    while (true) {
                        if (paced) {
                            long wait = next - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                            next += 800_000_000L + random.nextLong(400_000_000L);
                        }
                        if (System.nanoTime() >= end) {
                            return null;
                        }
                        if (random.nextBoolean() || caseworker.citizens().length == 0) {
                            view("queue", caseworker.browser(), QUEUE, fragments, tally);
                        } else {
                            long citizen = caseworker.citizens()[random.nextInt(caseworker.citizens().length)];
                            view("overview", caseworker.browser(), "/citizens/" + citizen, fragments, tally);
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
            fragments.shutdownNow();
        }
        return tally.result((System.nanoTime() - start) / 1e9);
    }

    /** A page and, in parallel, the fragments it loads (and theirs): one timing of the kind, as the user waits. */
    private static void view(String kind, WebSession browser, String path, ExecutorService fragments, Tally tally)
            throws Exception {
        long t0 = System.nanoTime();
        int[] worst = {200};
        load(browser, path, false, fragments, tally, worst, 0);
        tally.kind(kind, System.nanoTime() - t0, worst[0]);
    }

    private static void load(WebSession browser, String path, boolean htmx, ExecutorService fragments, Tally tally,
                             int[] worst, int depth) throws Exception {
        long t0 = System.nanoTime();
        WebSession.Page page;
        try {
            page = htmx ? browser.htmx(path) : browser.get(path);
        } catch (IllegalStateException e) {
            page = new WebSession.Page(599, null, "");
        }
        tally.url(path, System.nanoTime() - t0, page.status());
        if (page.status() != 200 && tally.complaints.incrementAndGet() <= 5) {
            System.out.println("  " + page.status() + " for " + path);
        }
        if (page.status() != 200) {
            synchronized (worst) {
                worst[0] = worst[0] == 200 || worst[0] == 404 ? page.status() : worst[0];
            }
            return;
        }
        if (depth >= 3) {
            return;
        }
        List<Future<?>> children = new ArrayList<>();
        for (String fragment : loadedFragments(page.body())) {
            children.add(fragments.submit(() -> {
                load(browser, fragment, true, fragments, tally, worst, depth + 1);
                return null;
            }));
        }
        for (Future<?> child : children) {
            child.get();
        }
    }

    /** The URLs htmx loads as soon as the HTML is in the page: {@code hx-get} with {@code hx-trigger="load"}. */
    static List<String> loadedFragments(String html) {
        List<String> urls = new ArrayList<>();
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            String tag = tags.group();
            Matcher get = HX_GET.matcher(tag);
            if (LOADS.matcher(tag).find() && get.find()) {
                urls.add(get.group(1).replace("&amp;", "&"));
            }
        }
        return urls;
    }
}

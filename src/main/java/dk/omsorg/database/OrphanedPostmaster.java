package dk.omsorg.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A postmaster left running on our data directory by an application that was killed ({@code kill -9}: no shutdown
 * hook stopped it). PostgreSQL refuses a second postmaster on the directory, so the next start waited 60 s and failed
 * (issue 14). Found from {@code postmaster.pid} (its pid and data directory); it is an orphan only when no JVM holds
 * zonky's lock file {@code epg-lock} in the directory — a live application holds it for as long as it runs, the
 * operating system releases it when the JVM dies — so a postmaster serving a live application is never touched.
 * The orphan is stopped with a fast shutdown (SIGINT: its clients are gone anyway), and killed only if it does not stop.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final long STOP_WAIT_SECONDS = 15;

    private OrphanedPostmaster() {
    }

    static void stopIfOrphaned(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !lines.get(0).trim().matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        if (!Files.isDirectory(Path.of(lines.get(1).trim()))
                || !Files.isSameFile(Path.of(lines.get(1).trim()), dataDirectory)) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (postmaster.isEmpty()) {
            return; // a stale pid file: PostgreSQL itself starts over it
        }
        // a reused pid (after a reboot) is some other program: leave it alone
        boolean isPostgres = postmaster.get().info().command().map(c -> c.endsWith("postgres")).orElse(false);
        if (!isPostgres) {
            return;
        }
        if (!ownerGone(dataDirectory)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory
                    + " is in use by another running application (pid " + pid + ")");
        }
        log.warn("Stopping the embedded PostgreSQL (pid {}) left running in {} by an application that stopped "
                + "without stopping it", pid, dataDirectory);
        List<ProcessHandle> children = postmaster.get().descendants().toList();
        fastShutdown(pid, postmaster.get());
        if (!waitFor(postmaster.get())) {
            log.warn("The embedded PostgreSQL (pid {}) did not stop in {} s: killing it", pid, STOP_WAIT_SECONDS);
            postmaster.get().destroyForcibly();
            waitFor(postmaster.get());
        }
        // the server processes leave with the postmaster; none may keep the shared memory of the directory
        children.forEach(c -> {
            c.destroyForcibly();
            waitFor(c);
        });
    }

    /** True when no JVM holds zonky's lock on the directory (an application running on it holds it throughout). */
    private static boolean ownerGone(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this very JVM holds it
        }
    }

    private static void fastShutdown(long pid, ProcessHandle postmaster) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid)).redirectErrorStream(true).start();
            if (kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            log.debug("No kill command: stopping the postmaster with SIGTERM", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        postmaster.destroy(); // SIGTERM: a smart shutdown, enough when its clients are gone
    }

    private static boolean waitFor(ProcessHandle process) {
        try {
            process.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return !process.isAlive();
        }
    }
}

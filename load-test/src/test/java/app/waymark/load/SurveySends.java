package app.waymark.load;

import io.gatling.javaapi.core.Session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fresh survey links the learners send, each used once: a link can be sent only once, so every pass of a
 * simulated learner takes the next unused one. When none is left the feeder hands out an empty token, the learner
 * stops (it is not an error), and the run says so in its summary: a step whose learners stopped early measured less
 * load than it claims. Each send attempted is written with its outcome, for bench/load.sh to check in the database
 * that every confirmed send wrote the learner's destination: {@code confirmed} (the thank-you page came back),
 * {@code failed} (a KO: error answer or no thank-you page) or {@code cut_off} (the run's time ended between the send
 * and reading its answer: Gatling's {@code during} leaves a loop as soon as its time is up).
 */
final class SurveySends {

    /** The session key of the link's token, and its value once the links have run out. */
    static final String TOKEN = "token";
    static final String NONE_LEFT = "";

    private static final Instant STARTED = Instant.now();
    private static final ConcurrentLinkedQueue<String> ATTEMPTED = new ConcurrentLinkedQueue<>();
    private static final ConcurrentLinkedQueue<String> SENT = new ConcurrentLinkedQueue<>();
    private static final ConcurrentLinkedQueue<String> FAILED = new ConcurrentLinkedQueue<>();
    private static final String ATTEMPTED_IN_PASS = "survey.sendAttempted";
    private static final String CONFIRMED_IN_PASS = "survey.sendConfirmed";
    private static final AtomicInteger LEARNERS_STOPPED = new AtomicInteger();
    private static final AtomicReference<Duration> RAN_OUT_AFTER = new AtomicReference<>();
    private static int links;

    private SurveySends() {
    }

    /**
     * An endless feeder over the links in {@code csv} (header {@code token}; none when there is no such file): after
     * the last, {@link #NONE_LEFT}.
     */
    static synchronized Iterator<Map<String, Object>> freshLinks(Path csv) {
        List<String> tokens;
        try {
            tokens = !Files.exists(csv) ? List.of() : Files.readAllLines(csv).stream().skip(1).map(String::strip)
                    .filter(token -> !token.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        links = tokens.size();
        ConcurrentLinkedQueue<String> unused = new ConcurrentLinkedQueue<>(tokens);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                String token = unused.poll();
                if (token == null) {
                    RAN_OUT_AFTER.compareAndSet(null, Duration.between(STARTED, Instant.now()));
                    return Map.of(TOKEN, NONE_LEFT);
                }
                return Map.of(TOKEN, token);
            }
        };
    }

    static boolean noneLeft(Session session) {
        return NONE_LEFT.equals(session.getString(TOKEN));
    }

    static Session learnerStopped(Session session) {
        if (LEARNERS_STOPPED.getAndIncrement() == 0) {
            System.out.printf("SURVEY LINKS RAN OUT after %d s: %d links, all taken; learners stop from now on%n",
                    RAN_OUT_AFTER.get().toSeconds(), links);
        }
        return session;
    }

    static Session attempted(Session session) {
        ATTEMPTED.add(session.getString(TOKEN));
        return session.set(ATTEMPTED_IN_PASS, true);
    }

    static Session sent(Session session) {
        SENT.add(session.getString(TOKEN));
        return session.set(CONFIRMED_IN_PASS, true);
    }

    /** At the end of a learner's pass (before a failure is cleared): a send that failed is counted as such. */
    static Session passEnded(Session session) {
        if (session.isFailed() && session.contains(ATTEMPTED_IN_PASS) && !session.contains(CONFIRMED_IN_PASS)) {
            FAILED.add(session.getString(TOKEN));
        }
        return session.remove(ATTEMPTED_IN_PASS).remove(CONFIRMED_IN_PASS);
    }

    /**
     * {@code file}: one line per attempted send, {@code token,outcome}; {@code file.summary}: one line with the
     * links given, the sends by outcome, and whether and when the links ran out.
     */
    static void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("token,outcome");
        java.util.Set<String> sent = new java.util.HashSet<>(SENT);
        java.util.Set<String> failed = new java.util.HashSet<>(FAILED);
        ATTEMPTED.forEach(token -> lines.add(token + ","
                + (sent.contains(token) ? "confirmed" : failed.contains(token) ? "failed" : "cut_off")));
        Duration ranOut = RAN_OUT_AFTER.get();
        String summary = "links=%d attempted=%d confirmed=%d failed=%d cut_off=%d ran_out=%s".formatted(links,
                ATTEMPTED.size(), SENT.size(), FAILED.size(), ATTEMPTED.size() - SENT.size() - FAILED.size(),
                ranOut == null ? "no" : "after_" + ranOut.toSeconds() + "s_" + LEARNERS_STOPPED.get()
                        + "_learners_stopped");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines);
            Files.writeString(Path.of(file + ".summary"), summary + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("survey sends: " + summary);
    }
}

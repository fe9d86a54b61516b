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
 * load than it claims. What was attempted and sent is written per link, for bench/load.sh to check in the database
 * that every confirmed send wrote the learner's destination.
 */
final class SurveySends {

    /** The session key of the link's token, and its value once the links have run out. */
    static final String TOKEN = "token";
    static final String NONE_LEFT = "";

    private static final Instant STARTED = Instant.now();
    private static final ConcurrentLinkedQueue<String> ATTEMPTED = new ConcurrentLinkedQueue<>();
    private static final ConcurrentLinkedQueue<String> SENT = new ConcurrentLinkedQueue<>();
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
            tokens = !Files.exists(csv) ? List.of() : Files.readAllLines(csv).stream().skip(1).map(String::strip).filter(t -> !t.isEmpty()).toList();
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
        return session;
    }

    static Session sent(Session session) {
        SENT.add(session.getString(TOKEN));
        return session;
    }

    /**
     * {@code file}: one line per attempted send, {@code token,confirmed}; {@code file.summary}: one line with the
     * links given, the sends attempted and confirmed, and whether and when the links ran out.
     */
    static void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("token,confirmed");
        java.util.Set<String> sent = new java.util.HashSet<>(SENT);
        ATTEMPTED.forEach(token -> lines.add(token + "," + sent.contains(token)));
        Duration ranOut = RAN_OUT_AFTER.get();
        String summary = "links=%d attempted=%d confirmed=%d ran_out=%s".formatted(links, ATTEMPTED.size(),
                SENT.size(), ranOut == null ? "no" : "after_" + ranOut.toSeconds() + "s_"
                        + LEARNERS_STOPPED.get() + "_learners_stopped");
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

package app.waymark.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static app.waymark.load.VaadinUi.navigation;
import static app.waymark.load.VaadinUi.node;
import static app.waymark.load.VaadinUi.pageStart;
import static app.waymark.load.VaadinUi.quoted;
import static app.waymark.load.VaadinUi.roundTrip;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Issue 16's journeys through HAProxy, as browsers make them. Half the users are staff (sign in once, then loop
 * inside that UI: open the learners, search, open a learner, open and filter the destination report, open the tracker
 * list and a tracker; each navigation is a UIDL round trip, as the side navigation and links make it), half are
 * learners
 * (loop: open a survey link from an invitation email, one not sent before, start, choose an activity, give its dates,
 * confirm the contact details, check the answers and send them; the thank-you page must follow; then the next link).
 * Think time between steps: uniform 1-3 s.
 *
 * <p>System properties: {@code users} (100), {@code duration} seconds of looping (60), {@code baseUrl}
 * (http://localhost:8088), {@code data} (folder with staff.csv, learners.csv, trackers.csv, survey-links.csv, which
 * bench/load.sh prepares), {@code freshLinks} (data/fresh-links.csv: the open links the learners send, each once,
 * see {@link SurveySends}), {@code sends} (where to write the sends attempted and confirmed), {@code park} (0: when
 * K &gt; 0, K users of {@code parkKind} arrive and stop: staff ({@code staff}) sign in and open a tracker, learners
 * ({@code learners}) open a survey link of survey-links.csv and choose an activity, without sending; their sessions
 * then stay on the nodes, for the heap measurement).
 */
public class PortalSimulation extends Simulation {

    private static final int USERS = Integer.getInteger("users", 100);
    private static final Duration LOOPING = Duration.ofSeconds(Integer.getInteger("duration", 60));
    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8088");
    private static final String DATA = System.getProperty("data", "target/load-data");
    private static final int PARK = Integer.getInteger("park", 0);
    private static final String PARK_KIND = System.getProperty("parkKind", "staff");
    private static final Duration PARKING = Duration.ofSeconds(Integer.getInteger("parkSeconds", 5));
    private static final String PASSWORD = System.getProperty("password", "Waymark-demo-2026");
    private static final Path FRESH_LINKS = Path.of(System.getProperty("freshLinks", DATA + "/fresh-links.csv"));
    /** Gatling's group of the survey's send; the send is reported apart from the UIDL round trips. */
    private static final String SURVEY_SEND_GROUP = "survey send";
    private static final List<String> SEARCHES = List.of("smi", "jon", "wil", "tay", "bro", "kha", "pat", "ahm", "eva");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .localAddresses(clientAddresses())
            .acceptHeader("*/*")
            .acceptLanguageHeader("en-GB,en;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Waymark load test (Gatling)")
            .disableCaching();

    /**
     * Loopback addresses 127.1.0.1 onwards, one per simulated user in turn: people come from many addresses, and
     * the portal's per-address limits (sign-in attempts in flight count until their password is checked, decision
     * 0064) would otherwise see every user as one client. Linux routes all of 127/8 to the loopback interface.
     */
    private static List<String> clientAddresses() {
        int count = Integer.getInteger("clientAddresses", 1000);
        List<String> addresses = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            addresses.add("127.1." + (i / 250) + "." + (i % 250 + 1));
        }
        return addresses;
    }

    private static ChainBuilder think() {
        return pause(Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    private static final ChainBuilder SIGN_IN = group("sign in").on(
            pageStart("sign-in page", session -> "login", "vaadin-login-form")
                    .exec(http("sign-in page: csrf").get("/login")
                            .check(status().is(200))
                            .check(regex("\"_csrf\" content=\"([^\"]+)\"").saveAs("loginCsrf")))
                    .exec(http("sign in").post("/login")
                            .header("Origin", BASE_URL)
                            .formParam("_csrf", "#{loginCsrf}")
                            .formParam("username", "#{email}")
                            .formParam("password", PASSWORD)
                            .check(status().is(200))
                            .check(currentLocation().validate("signed in", (url, session) -> {
                                if (url.contains("/login")) {
                                    throw new IllegalStateException("sent back to " + url);
                                }
                                return url;
                            })))
                    .exec(session -> VaadinUi.route(session, ""))
                    .exec(VaadinUi.uiStart("home", "vaadin-side-nav"))
                    .exec(session -> session.set("signedIn", true)));

    /** Staff work inside the UI they signed in to: every step is a UIDL round trip, navigations included. */
    private static final ChainBuilder STAFF_JOURNEY = exec(
            navigation("open learners", session -> "learners", "\"learner-search\""), think(),
            roundTrip("search learners", session -> {
                String term = SEARCHES.get((int) (session.userId() % SEARCHES.size()));
                int field = node(session, "learner-search");
                return """
                        [{"type":"mSync","node":%d,"feature":1,"property":"value","value":%s},\
                        {"type":"event","node":%d,"event":"input","data":{"1":1,"for":"trailing"}}]"""
                        .formatted(field, quoted(term), field);
            }, "learners?q="), think(),
            feed(csv(System.getProperty("data", "target/load-data") + "/learners.csv").circular()),
            navigation("open a learner", session -> "learners/" + session.getString("learner"), "\"learner-detail\""),
            think(),
            navigation("open destination report", session -> "destinations/report", "\"report-flagged-only\""),
            think(),
            roundTrip("report: flagged only", session -> {
                int box = node(session, "report-flagged-only");
                return """
                        [{"type":"mSync","node":%d,"feature":1,"property":"checked","value":true},\
                        {"type":"event","node":%d,"event":"checked-changed","data":{}}]""".formatted(box, box);
            }, "flagged=true"), think(),
            roundTrip("report: sent from", session -> {
                int picker = node(session, "report-from");
                return """
                        [{"type":"mSync","node":%d,"feature":1,"property":"value","value":"2025-08-01"},\
                        {"type":"event","node":%d,"event":"value-changed","data":{}}]""".formatted(picker, picker);
            }, "from=2025-08-01"), think(),
            navigation("open trackers", session -> "trackers", "\"filter-type\""), think(),
            feed(csv(System.getProperty("data", "target/load-data") + "/trackers.csv").circular()),
            navigation("open a tracker", session -> "trackers/" + session.getString("tracker"), "\"tracker-status\""),
            think());

    private static final ChainBuilder SURVEY_TO_ACTIVITIES = exec(
            // A link resumes where its draft is (a parked learner's link may have one): the address of the start
            // page (?page=start, which the survey itself puts in the history) makes every pass the same.
            pageStart("survey link", session -> "survey/" + session.getString("token") + "?page=start", "\"start\""),
            think(),
            roundTrip("survey: start", session -> click(node(session, "start")), "\"activities\""), think(),
            roundTrip("survey: choose activity", session -> {
                int group = node(session, "activities");
                // Item key 6 is "Not working, looking for work": it asks for a start date and whether it goes on.
                return """
                        [{"type":"mSync","node":%d,"feature":1,"property":"value","value":["6"]},\
                        {"type":"event","node":%d,"event":"value-changed","data":{}}]""".formatted(group, group);
            }, ""), think());

    private static final ChainBuilder SURVEY_REST = exec(
            roundTrip("survey: continue to details", session -> click(node(session, "continue")), "\"startDate-day\""),
            think(),
            roundTrip("survey: start day", session -> typed(node(session, "startDate-day"), "1"), ""), think(),
            roundTrip("survey: start month", session -> typed(node(session, "startDate-month"), "9"), ""), think(),
            roundTrip("survey: start year", session -> typed(node(session, "startDate-year"), "2025"), ""), think(),
            roundTrip("survey: still doing it", session -> {
                int group = node(session, "ongoing");
                return """
                        [{"type":"mSync","node":%d,"feature":1,"property":"value","value":"1"},\
                        {"type":"event","node":%d,"event":"value-changed","data":{}}]""".formatted(group, group);
            }, ""), think(),
            roundTrip("survey: continue to contact", session -> click(node(session, "continue")), "\"mobile\""),
            think(),
            roundTrip("survey: continue to check", session -> click(node(session, "continue")), "\"submit\""),
            think());

    /** "Send my answers": the step that writes the learner's destination; the thank-you page must follow. */
    private static final ChainBuilder SURVEY_SEND = exec(
            exec(SurveySends::attempted),
            roundTrip(SURVEY_SEND_GROUP, Timings.Kind.SURVEY_SEND, "survey: send",
                    session -> click(node(session, "submit")), "\"confirmation\""),
            exec(SurveySends::sent));

    private static String click(int node) {
        return """
                [{"type":"event","node":%d,"event":"click","data":{"event.shiftKey":false,"event.metaKey":false,\
                "event.detail":1,"event.ctrlKey":false,"event.clientX":400,"event.clientY":500,"event.altKey":false,\
                "event.button":0,"event.screenY":596,"event.screenX":410}}]""".formatted(node);
    }

    private static String typed(int node, String value) {
        return """
                [{"type":"mSync","node":%d,"feature":1,"property":"value","value":%s},\
                {"type":"event","node":%d,"event":"change","data":{}}]""".formatted(node, quoted(value), node);
    }

    /** After a failure the user starts again from signing in, as a person would reload; the failure is counted. */
    private static Session recovered(Session session) {
        return session.isFailed() ? session.markAsSucceeded().set("signedIn", false).set("recovering", true)
                : session.set("recovering", false);
    }

    private final ScenarioBuilder staff = scenario("staff")
            .feed(csv(DATA + "/staff.csv").circular())
            .exec(session -> session.set("signedIn", false))
            .during(LOOPING).on(
                    exitBlockOnFail().on(
                            exec(session -> session).doIf(session -> !session.getBoolean("signedIn"))
                                    .then(exec(flushCookieJar()).exec(SIGN_IN).exec(think())),
                            STAFF_JOURNEY),
                    exec(PortalSimulation::recovered),
                    doIf(session -> session.getBoolean("recovering")).then(think()));

    private final ScenarioBuilder learners = scenario("learners")
            .during(LOOPING).on(
                    // Each pass is another learner: a browser of their own, opening the link from their email, a link
                    // not sent before (a sent one only says thank you). When none is left, the learner stops.
                    feed(PARK > 0 ? List.<Map<String, Object>>of().iterator() : SurveySends.freshLinks(FRESH_LINKS)),
                    doIf(SurveySends::noneLeft).then(exec(SurveySends::learnerStopped).exitHere()),
                    exitBlockOnFail().on(exec(flushCookieJar()), SURVEY_TO_ACTIVITIES, SURVEY_REST, SURVEY_SEND),
                    exec(SurveySends::passEnded),
                    exec(PortalSimulation::recovered),
                    doIf(session -> session.getBoolean("recovering")).then(think()));

    private final ScenarioBuilder parkedStaff = scenario("parked staff")
            .feed(csv(DATA + "/staff.csv").circular())
            .exec(SIGN_IN)
            .exec(navigation("open trackers", session -> "trackers", "\"filter-type\""))
            .feed(csv(DATA + "/trackers.csv").circular())
            .exec(navigation("open a tracker", session -> "trackers/" + session.getString("tracker"),
                    "\"tracker-status\""))
            .exitHereIfFailed()
            .pause(PARKING);

    private final ScenarioBuilder parkedLearners = scenario("parked learners")
            .feed(csv(DATA + "/survey-links.csv").circular())
            .exec(SURVEY_TO_ACTIVITIES)
            .exitHereIfFailed()
            .pause(PARKING);

    {
        // Users arrive at a steady 4 a second, half of them staff signing in (2 sign-ins a second at every user
        // count): a burst of sign-ins is another test. 200 staff in 20 s on this 2-core machine made the password
        // checks hold a node's CPU so long that HAProxy's health check timed out and took the node out, with its
        // sessions (docs/benchmarks.md).
        Duration ramp = Duration.ofSeconds(Math.max(5, USERS / 4));
        List<PopulationBuilder> populations = PARK > 0
                ? List.of((PARK_KIND.equals("staff") ? parkedStaff : parkedLearners)
                .injectOpen(rampUsers(PARK).during(Duration.ofSeconds(Math.max(5, PARK / 2)))))
                : List.of(staff.injectOpen(rampUsers(USERS / 2).during(ramp)),
                learners.injectOpen(rampUsers(USERS - USERS / 2).during(ramp)));
        setUp(populations).protocols(protocol);
    }

    @Override
    public void after() {
        Timings.write(Path.of(System.getProperty("timings", "target/load-timings.csv")));
        if (PARK == 0) {
            SurveySends.write(Path.of(System.getProperty("sends", "target/load-sends.csv")));
        }
    }
}

package app.waymark.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * What Vaadin Flow's browser client does, as Gatling steps. A page start is the route's HTML, the init request
 * ({@code ?v-r=init&location=route}: UI id, CSRF token) and the first UIDL message ({@code ui-navigate}), which
 * builds the view. A UIDL round trip is one POST {@code ?v-r=uidl&v-uiId=N} of
 * {@code {csrfToken, rpc, syncId, clientId}}; every answer is checked ({@link UidlResponse}) and its ids kept.
 * The UI's state lives in the Gatling session under the keys below.
 */
final class VaadinUi {

    /** Gatling's report groups the requests under these names; the benchmark's own figures come from Timings. */
    static final String PAGE_START = "page start";
    static final String UIDL_ROUND_TRIP = "UIDL round trip";

    private static final String UI_ID = "vaadin.uiId";
    private static final String CSRF = "vaadin.csrf";
    private static final String SYNC_ID = "vaadin.syncId";
    private static final String CLIENT_ID = "vaadin.clientId";
    private static final String NODES = "vaadin.nodes";
    private static final String CONFIRMATIONS = "vaadin.confirmations";
    private static final String BODY = "vaadin.body";
    private static final String ROUTE = "vaadin.route";
    private static final String RT_PAGE = "vaadin.rt.page";
    private static final String RT_INIT = "vaadin.rt.init";
    private static final String RT_NAVIGATE = "vaadin.rt.navigate";
    private static final String RT_UIDL = "vaadin.rt.uidl";

    private VaadinUi() {
    }

    /** GET of the route's HTML, then the UI's start; {@code expect} must be in the view the server builds. */
    static ChainBuilder pageStart(String name, Function<Session, String> route, String expect) {
        return group(PAGE_START).on(
                exec(session -> session.set(ROUTE, route.apply(session)))
                        .exec(http(name + ": page").get(session -> "/" + session.getString(ROUTE))
                                .check(responseTimeInMillis().saveAs(RT_PAGE))
                                .check(status().is(200))
                                .check(answer(html -> html.contains("window.Vaadin") ? ""
                                        : "not Vaadin's bootstrap page: " + html.substring(0, Math.min(80,
                                        html.length())))))
                        .exec(uiStart(name, expect))
                        .exec(session -> {
                            Timings.record(Timings.Kind.PAGE_START, name, session.getLong(RT_PAGE)
                                    + session.getLong(RT_INIT) + session.getLong(RT_NAVIGATE));
                            Timings.record(Timings.Kind.PAGE_PART, name + " (html)", session.getLong(RT_PAGE));
                            Timings.record(Timings.Kind.PAGE_PART, name + " (init)", session.getLong(RT_INIT));
                            Timings.record(Timings.Kind.PAGE_PART, name + " (navigate)", session.getLong(RT_NAVIGATE));
                            return session;
                        }))
                .exec(confirmGridUpdates());
    }

    /**
     * The init request and the {@code ui-navigate} message for the route in {@link #ROUTE}, after its HTML was
     * fetched (by {@link #pageStart} or by following the sign-in's redirect).
     */
    static ChainBuilder uiStart(String name, String expect) {
        return exec(http(name + ": init").get("/")
                .queryParam("v-r", "init")
                .queryParam("location", session -> path(session.getString(ROUTE)))
                .queryParam("query", session -> query(session.getString(ROUTE)))
                .check(responseTimeInMillis().saveAs(RT_INIT))
                .check(status().is(200))
                .check(answer(UidlResponse::problemOf))
                .check(bodyString().saveAs(BODY)))
                .exec(VaadinUi::startFromInit)
                .exec(http(name + ": navigate").post(session -> "/?v-r=uidl&v-uiId=" + session.getInt(UI_ID))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> message(session, """
                                [{"type":"event","node":1,"event":"ui-navigate","data":{"route":"/%s","query":%s,\
                                "appShellTitle":"","historyState":{"idx":0},"trigger":""}}]"""
                                .formatted(path(session.getString(ROUTE)), quoted(query(session.getString(ROUTE)))))))
                        .check(responseTimeInMillis().saveAs(RT_NAVIGATE))
                        .check(status().is(200))
                        .check(answer(body -> problem(body, expect)))
                        .check(bodyString().saveAs(BODY)))
                .exec(VaadinUi::afterAnswer);
    }

    /**
     * One user action: the RPC invocations a browser sends for it (built from the node ids found so far), checked,
     * then the grid confirmations the browser would send. {@code expect} (may be empty) must be in the answer.
     */
    static ChainBuilder roundTrip(String name, Function<Session, String> rpc, String expect) {
        return roundTrip(UIDL_ROUND_TRIP, Timings.Kind.UIDL_ROUND_TRIP, name, rpc, expect);
    }

    /**
     * A round trip reported apart from the others: under Gatling's group {@code group} and as {@code kind} in the
     * timings (the survey's send, which writes the learner's destination).
     */
    static ChainBuilder roundTrip(String group, Timings.Kind kind, String name, Function<Session, String> rpc,
                                  String expect) {
        return group(group).on(exec(http(name)
                        .post(session -> "/?v-r=uidl&v-uiId=" + session.getInt(UI_ID))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> message(session, rpc.apply(session))))
                        .check(responseTimeInMillis().saveAs(RT_UIDL))
                        .check(status().is(200))
                        .check(answer(body -> problem(body, expect)))
                        .check(bodyString().saveAs(BODY)))
                        .exec(VaadinUi::afterAnswer)
                        .exec(session -> {
                            Timings.record(kind, name, session.getLong(RT_UIDL));
                            return session;
                        }))
                .exec(confirmGridUpdates());
    }

    /**
     * A navigation inside the running UI, as a router link or the side navigation makes it: one UIDL round trip
     * ({@code ui-navigate} with trigger {@code client}) that builds the next view in the same UI.
     */
    static ChainBuilder navigation(String name, Function<Session, String> route, String expect) {
        return roundTrip(name, session -> """
                [{"type":"event","node":1,"event":"ui-navigate","data":{"route":%s,"query":"","appShellTitle":"",\
                "historyState":{"idx":0},"trigger":"client"}}]""".formatted(quoted(route.apply(session))), expect);
    }

    /** A check that fails with the problem {@code problem} finds in the body (none: empty). */
    static CheckBuilder.Final answer(Function<String, String> problem) {
        return bodyString().validate("Vaadin answer", (body, session) -> {
            String found = problem.apply(body == null ? "" : body);
            if (!found.isEmpty()) {
                throw new IllegalStateException(found);
            }
            return body;
        });
    }

    private static String problem(String body, String expect) {
        String problem = UidlResponse.problemOf(body);
        if (problem.isEmpty() && !body.contains(expect)) {
            return "the answer lacks " + expect;
        }
        return problem;
    }

    /** The node id of the element with this id attribute, as the server announced it. */
    static int node(Session session, String elementId) {
        Map<String, Integer> nodes = session.get(NODES);
        Integer node = nodes == null ? null : nodes.get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element with id " + elementId + " in this UI");
        }
        return node;
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String path(String route) {
        int query = route.indexOf('?');
        return query < 0 ? route : route.substring(0, query);
    }

    private static String query(String route) {
        int query = route.indexOf('?');
        return query < 0 ? "" : route.substring(query + 1);
    }

    /** A route to start, for steps that start the UI themselves (the sign-in's redirect). */
    static Session route(Session session, String route) {
        return session.set(ROUTE, route);
    }

    private static ChainBuilder confirmGridUpdates() {
        return doIf(session -> !session.<List<int[]>>get(CONFIRMATIONS).isEmpty()).then(
                foreach(session -> session.<List<int[]>>get(CONFIRMATIONS), "vaadin.confirmation").on(
                        exec(http("grid confirmUpdate")
                                .post(session -> "/?v-r=uidl&v-uiId=" + session.getInt(UI_ID))
                                .header("Content-Type", "application/json; charset=UTF-8")
                                .body(StringBody(session -> {
                                    int[] confirmation = session.get("vaadin.confirmation");
                                    return message(session, """
                                            [{"type":"publishedEventHandler","node":%d,\
                                            "templateEventMethodName":"confirmUpdate",\
                                            "templateEventMethodArgs":[%d],"promise":0}]"""
                                            .formatted(confirmation[0], confirmation[1]));
                                }))
                                .check(status().is(200))
                                .check(answer(UidlResponse::problemOf))
                                .check(bodyString().saveAs(BODY)))
                                .exec(session -> afterAnswer(session).set(CONFIRMATIONS, List.of()))));
    }

    private static Session startFromInit(Session session) {
        String body = session.getString(BODY);
        JsonNode config;
        try {
            config = new ObjectMapper().readTree(body).path("appConfig");
        } catch (Exception notJson) {
            return session.markAsFailed();
        }
        UidlResponse first = UidlResponse.read(body);
        return session.set(UI_ID, config.path("v-uiId").asInt())
                .set(CSRF, config.path("uidl").path("Vaadin-Security-Key").asText())
                .set(SYNC_ID, first.syncId() < 0 ? 0 : first.syncId())
                .set(CLIENT_ID, 0)
                .set(NODES, new HashMap<>(first.nodesById()))
                .set(CONFIRMATIONS, List.of());
    }

    private static Session afterAnswer(Session session) {
        UidlResponse answer = UidlResponse.read(session.getString(BODY));
        Map<String, Integer> nodes = new HashMap<>(session.<Map<String, Integer>>get(NODES));
        nodes.putAll(answer.nodesById());
        Session next = session.set(NODES, nodes).set(CONFIRMATIONS, answer.gridConfirmations())
                .remove(BODY);
        if (answer.syncId() >= 0) {
            next = next.set(SYNC_ID, answer.syncId());
        }
        if (answer.clientId() >= 0) {
            next = next.set(CLIENT_ID, answer.clientId());
        }
        return next;
    }

    private static String message(Session session, String rpc) {
        return """
                {"csrfToken":%s,"rpc":%s,"syncId":%d,"clientId":%d}"""
                .formatted(quoted(session.getString(CSRF)), rpc, session.getInt(SYNC_ID), session.getInt(CLIENT_ID));
    }
}

package org.headroom.load;

import static io.gatling.javaapi.core.CoreDsl.css;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static org.headroom.load.VaadinUi.ITEM_KEYS;
import static org.headroom.load.VaadinUi.LOCATION;
import static org.headroom.load.VaadinUi.RESOURCES;
import static org.headroom.load.VaadinUi.bootstrap;
import static org.headroom.load.VaadinUi.click;
import static org.headroom.load.VaadinUi.clickRow;
import static org.headroom.load.VaadinUi.enter;
import static org.headroom.load.VaadinUi.renders;
import static org.headroom.load.VaadinUi.tick;
import static org.headroom.load.VaadinUi.type;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * A therapist's working day in Headroom, through the same protocol as the browser ({@link VaadinUi}):
 * sign in; then, for each of a few clients, search, open the client, open the migraine history and
 * add today's diary entry (or correct it, when the day already has one: a second attack without a
 * start time would overlap it and be refused), go back, write and sign a session note, open the outcome report with its
 * charts; finally sign out. Every step waits a think time first.
 *
 * <p>Runs against a Headroom that is already running on the synthetic practice (therapists
 * {@code perf01}..{@code perfNN}); {@code docs/load-test.sh} starts one and runs this. Settings are
 * system properties: {@code baseUrl}, {@code therapists} (concurrent), {@code accounts} (synthetic
 * therapist accounts to spread them over), {@code rampSeconds}, {@code holdSeconds},
 * {@code clientsPerSignIn}, {@code thinkMin}/{@code thinkMax} seconds; to retrace one path,
 * {@code search} (the text typed) and {@code firstRow} (open the first client found); {@code dump}
 * names a folder that receives every answer of the server, to read what a failed step was shown. Every request must succeed:
 * an error fails the run.
 */
public class TherapistJourneySimulation extends Simulation {

    static final String PASSWORD = System.getProperty("password", "synthetic-practice");
    static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8090");
    private static final int THERAPISTS = Integer.getInteger("therapists", 50);
    private static final int ACCOUNTS = Integer.getInteger("accounts", 50);
    private static final int RAMP = Integer.getInteger("rampSeconds", 60);
    private static final int HOLD = Integer.getInteger("holdSeconds", 180);
    private static final int CLIENTS_PER_SIGN_IN = Integer.getInteger("clientsPerSignIn", 3);
    private static final Duration THINK_MIN = Duration.ofSeconds(Integer.getInteger("thinkMin", 2));
    private static final Duration THINK_MAX = Duration.ofSeconds(Integer.getInteger("thinkMax", 8));

    /** Surname beginnings as a therapist would type them; names in the synthetic practice start so. */
    private static final List<String> SEARCHES = System.getProperty("search") != null
            ? List.of(System.getProperty("search"))
            : List.of(
            "Sm", "Jo", "Ta", "Br", "Wil", "Da", "Pa", "Ro", "Wr", "Th", "Ev", "Wa", "Wh", "Gr", "Ha", "Wo", "Ja",
            "Cl", "Kh", "Hu", "Ed");
    private static final List<String> TECHNIQUES =
            List.of("MYOFASCIAL_RELEASE", "TRIGGER_POINT_THERAPY", "CRANIOSACRAL_THERAPY", "SWEDISH_MASSAGE");

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE_URL)
                .inferHtmlResources()
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("en-GB,en;q=0.9")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Headroom load test");
    }

    static ChainBuilder think() {
        return pause(THINK_MIN, THINK_MAX);
    }

    /**
     * The synthetic therapists' accounts, in turn. With more concurrent therapists than accounts,
     * several sessions share an account; each takes its own share of the rows a search finds (see
     * {@link #anyItem}), as colleagues would divide the clients, so that two sessions rarely open the
     * same client at once (when they do, the second save is refused as a concurrent change).
     */
    static Iterable<Map<String, Object>> accounts() {
        int shares = Math.max(1, (THERAPISTS + ACCOUNTS - 1) / ACCOUNTS);
        return () -> IntStream.iterate(0, i -> i + 1)
                .mapToObj(i -> Map.<String, Object>of(
                        "username", "perf%02d".formatted(i % ACCOUNTS + 1),
                        "share", i / ACCOUNTS % shares,
                        "shares", shares))
                .iterator();
    }

    /** From the sign-in page to the therapist's home: today's appointments. */
    static ChainBuilder signIn() {
        return exec(http("sign-in page")
                        .get("/login")
                        .check(status().is(200), css("meta[name=_csrf]", "content").saveAs("csrf")))
                .exec(bootstrap("sign-in page", "login", renders("login-form")))
                .exec(think())
                .exec(http("sign in")
                        .post("/login")
                        .formParam("_csrf", "#{csrf}")
                        .formParam("username", "#{username}")
                        .formParam("password", PASSWORD)
                        .check(status().is(200), currentLocation().is(BASE_URL + "/")))
                .exec(bootstrap("today", "", renders("today-page")))
                .exec(exitHereIfFailed());
    }

    /** Opens the calendar: this week's grid of appointments, as a therapist starts the day. */
    static ChainBuilder todaysCalendar() {
        return exec(think())
                .exec(VaadinUi.link("today's calendar", "calendar", renders("calendar-page"), renders("time-grid")))
                .exec(exitHereIfFailed());
    }

    /** One client's visit: search, open, diary entry, note written and signed, report. */
    static ChainBuilder clientVisit() {
        return exec(think())
                .doIf(session -> !VaadinUi.rendered(session, "client-search"))
                .then(exec(VaadinUi.link("clients menu", "clients", renders("clients"))).exec(think()))
                .exec(session -> session.set("cleared", false))
                // The rows of this search only: an empty result must not leave the last list's rows to click.
                .exec(session -> session.set(ITEM_KEYS, List.of()).set("searched", search(session, null)))
                .exec(type("search", "client-search", session -> session.getString("searched"), substring("$connector.set").exists()))
                // Nobody of that name: another of this session's beginnings, then the whole list.
                .doIf(session -> session.getList(ITEM_KEYS).isEmpty())
                // Another beginning than the first: the same text again would change nothing on the page.
                .then(exec(session -> session.set(ITEM_KEYS, List.of())
                                .set("searched", search(session, session.getString("searched"))))
                        .exec(type(
                                "search again",
                                "client-search",
                                session -> session.getString("searched"),
                                substring("$connector.set").exists())))
                .doIf(session -> session.getList(ITEM_KEYS).isEmpty())
                .then(exec(session -> session.set("cleared", true))
                        .exec(type("search cleared", "client-search", session -> "", substring("$connector.set").exists())))
                .exec(exitHereIfFailed())
                .exec(think())
                .exec(clickRow("open client", "clients", TherapistJourneySimulation::anyItem, renders("client-page")))
                .exec(session -> session.set("clientPage", session.getString(LOCATION)))
                .exec(exitHereIfFailed())
                .exec(think())
                .exec(click("open history", "open-history", renders("history-page")))
                .exec(think())
                .exec(click(
                        "new diary entry",
                        "diary-add",
                        regex("\"value\":\"(diary-entry-dialog|day-dialog)\"").exists()))
                .doIf(session -> VaadinUi.rendered(session, "day-add"))
                .then(exec(think())
                        .exec(click(
                                "edit today's diary entry",
                                session -> VaadinUi.renderedStartingWith(session, "edit-entry-"),
                                renders("diary-entry-dialog"))))
                .exec(exitHereIfFailed())
                .exec(think())
                .exec(enter("diary intensity", session -> "diary-intensity", session -> String.valueOf(between(3, 8))))
                .exec(think())
                .exec(click(
                        "save diary entry",
                        "diary-entry-save",
                        io.gatling.javaapi.core.CoreDsl.bodyString().saveAs("saveAnswer"),
                        substring("Diary entry saved.").exists()))
                .exec(session -> {
                    String answer = session.getString("saveAnswer");
                    if (answer != null && !answer.contains("Diary entry saved.")) {
                        // What the therapist saw instead, for the run's log.
                        System.out.println("save diary entry refused: " + answer);
                    }
                    return session;
                })
                .exec(exitHereIfFailed())
                .exec(think())
                .exec(VaadinUi.back("back to client", "clientPage", renders("client-page")))
                .exec(think())
                .exec(click("new session note", "new-note", renders("note-page")))
                .exec(exitHereIfFailed())
                .exec(session -> session.set("flagged", VaadinUi.rendered(session, "flag-reason")))
                .exec(session -> session.set("technique", TECHNIQUES.get(between(0, TECHNIQUES.size() - 1))))
                .exec(think())
                .exec(enter("note duration", session -> "durationMinutes", session -> "60"))
                .exec(think())
                .exec(enter("note pain before", session -> "painBefore", session -> String.valueOf(between(5, 8))))
                .exec(think())
                .exec(tick("note technique", session -> "technique-" + session.getString("technique")))
                .exec(enter(
                        "note technique minutes",
                        session -> "technique-minutes-" + session.getString("technique"),
                        session -> String.valueOf(between(15, 40))))
                .exec(think())
                .exec(enter("note pain after", session -> "painAfter", session -> String.valueOf(between(1, 4))))
                .doIf(session -> session.getBoolean("flagged"))
                .then(exec(enter(
                        "note reason to treat despite a flag",
                        session -> "flag-reason",
                        session -> "Discussed with the client; GP aware; gentle pressure only.")))
                .exec(exitHereIfFailed())
                .exec(think())
                .exec(click("sign note", "note-sign", substring("Note signed and locked.").exists()))
                .exec(exitHereIfFailed())
                .exec(think())
                .exec(click("back to client from note", "note-back", renders("client-page")))
                .exec(think())
                .exec(click("open report", "open-report", renders("report-page"), renders("report-summary")))
                .exec(exitHereIfFailed())
                .exec(foreach("#{" + RESOURCES + "}", "chart")
                        .on(exec(http("report chart")
                                .get("/#{chart}")
                                .check(status().is(200), header("Content-Type").is("image/png")))));
    }

    /** Signs out from the menu and lands on the sign-in page again. */
    static ChainBuilder signOut() {
        return exec(think())
                .exec(VaadinUi.signOut("sign out", "sign-out"))
                .exec(http("signed out: sign-in page").get("/login").check(status().is(200), substring("_csrf")));
    }

    /**
     * A surname beginning from this session's share of them: sessions sharing an account search
     * for different names, so that they never open the same client at the same time. Never
     * {@code not} (the text already in the field) while there is another.
     */
    static String search(Session session, String not) {
        int shares = session.getInt("shares");
        int share = session.getInt("share");
        List<String> mine = IntStream.range(0, SEARCHES.size())
                .filter(i -> i % shares == share)
                .mapToObj(SEARCHES::get)
                .filter(text -> !text.equals(not))
                .toList();
        List<String> from = mine.isEmpty() ? SEARCHES : mine;
        return from.get(ThreadLocalRandom.current().nextInt(from.size()));
    }

    /**
     * A row of the search result: any row of a search for this session's names; of the whole list,
     * a row from this session's share of the rows (every row when alone).
     */
    static String anyItem(Session session) {
        List<Object> keys = session.getList(ITEM_KEYS);
        if (Boolean.getBoolean("firstRow")) {
            return String.valueOf(keys.getFirst());
        }
        if (!session.getBoolean("cleared")) {
            return String.valueOf(keys.get(ThreadLocalRandom.current().nextInt(keys.size())));
        }
        int shares = session.getInt("shares");
        int share = session.getInt("share");
        List<Object> mine = IntStream.range(0, keys.size())
                .filter(i -> i % shares == share)
                .mapToObj(keys::get)
                .toList();
        List<Object> from = mine.isEmpty() ? keys : mine;
        return String.valueOf(from.get(ThreadLocalRandom.current().nextInt(from.size())));
    }

    static int between(int min, int max) {
        return ThreadLocalRandom.current().nextInt(min, max + 1);
    }

    /**
     * Places (an account and a share of its rows) free for the next therapist: one per concurrent
     * therapist, taken at sign-in and given back at sign-out, so that no two sessions at the same time
     * hold the same account and share (a feeder in turn would, when therapists finish out of order).
     */
    private static final java.util.concurrent.ConcurrentLinkedQueue<Integer> PLACES =
            IntStream.range(0, Math.max(THERAPISTS, ACCOUNTS))
                    .boxed()
                    .collect(java.util.stream.Collectors.toCollection(java.util.concurrent.ConcurrentLinkedQueue::new));

    private static final java.util.concurrent.atomic.AtomicInteger EXTRA_PLACES =
            new java.util.concurrent.atomic.AtomicInteger(Math.max(THERAPISTS, ACCOUNTS));

    static ChainBuilder takePlace() {
        return exec(session -> {
            Integer place = PLACES.poll();
            if (place == null) {
                place = EXTRA_PLACES.getAndIncrement(); // never expected: every journey gives its place back
            }
            int shares = Math.max(1, (THERAPISTS + ACCOUNTS - 1) / ACCOUNTS);
            return session.setAll(Map.of(
                    "place", place,
                    "username", "perf%02d".formatted(place % ACCOUNTS + 1),
                    "share", place / ACCOUNTS % shares,
                    "shares", shares));
        });
    }

    static ChainBuilder givePlaceBack() {
        return exec(session -> {
            PLACES.add(session.getInt("place"));
            return session;
        });
    }

    /**
     * A failed step ends the day (the next therapist starts with a sign-in), but the place is given
     * back either way, so that a run with failures (the cluster's fault runs) never puts two
     * sessions on one account.
     */
    ScenarioBuilder journey = scenario("therapist journey")
            .exec(takePlace())
            .exitBlockOnFail()
            .on(exec(signIn())
                    .exec(todaysCalendar())
                    .exec(repeat(CLIENTS_PER_SIGN_IN).on(clientVisit()))
                    .exec(signOut()))
            .exec(givePlaceBack());

    {
        setUp(journey.injectClosed(
                                rampConcurrentUsers(0).to(THERAPISTS).during(Duration.ofSeconds(RAMP)),
                                constantConcurrentUsers(THERAPISTS).during(Duration.ofSeconds(HOLD))))
                .protocols(protocol())
                .assertions(global().failedRequests().count().is(0L));
    }
}

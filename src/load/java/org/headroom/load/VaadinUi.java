package org.headroom.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaks Vaadin Flow's client-server protocol the way the browser's Flow client does, so that a load
 * test exercises the same server code as a therapist's browser.
 *
 * <p>Everything the server hands the browser is taken from its responses, never guessed or switched
 * off: the UI id and the security key (CSRF token) from the bootstrap ({@code ?v-r=init}), the sync
 * id and the client id from every answer, the state-tree node of each element from its {@code id}
 * attribute as the server sends it, grid item keys from the grid's data, the grid's update
 * confirmations (answered as the browser's grid connector answers them), the address the server
 * navigates to, and the URLs of dynamic resources such as chart images.
 *
 * <p>Each request is checked for the server's own failure signals (an application error, an expired
 * session, a demand to resynchronise) besides the page-specific checks a step adds.
 */
final class VaadinUi {

    static final String BODY = "vaadin_body";
    static final String LAST_IDS = "vaadin_lastIds";
    static final String ITEM_KEYS = "vaadin_itemKeys";
    static final String RESOURCES = "vaadin_resources";
    static final String LOCATION = "vaadin_location";

    private static final String UI_ID = "vaadin_uiId";
    private static final String SECURITY_KEY = "vaadin_securityKey";
    private static final String SYNC_ID = "vaadin_syncId";
    private static final String CLIENT_ID = "vaadin_clientId";
    private static final String IDS = "vaadin_ids";
    private static final String CONFIRMS = "vaadin_confirms";
    private static final String PROMISE = "vaadin_promise";

    private static final String CONFIRMS_SUFFIX = ": grid confirms";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The server's answer when something went wrong on its side or the message was not accepted. */
    private static final String SERVER_PROBLEM = "\"(appError|sessionExpired|resynchronize)\"";
    /** An element's {@code id} attribute: the handle by which the steps find a node. */
    private static final Pattern ELEMENT_ID =
            Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"([^\"]*)\"\\}");
    /** A row the grid connector receives: its key is what an item click sends back. */
    private static final Pattern ITEM_KEY = Pattern.compile("\\{\"key\":\"([^\"]+)\",\"col0\":");
    /** The grid connector confirms every data update; the server frees old item keys on it. */
    private static final Pattern CONFIRM = Pattern.compile(
            "\\[\\{\"@v-node\":(\\d+)\\},(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"\\]");
    /** An image the page shows from a stream, such as a chart. */
    private static final Pattern RESOURCE = Pattern.compile(
            "\"key\":\"src\",\"feat\":\\d+,\"value\":\\{\"uri\":\"(VAADIN/dynamic/resource/[^\"]+)\"\\}");
    /** The address the server navigates the browser to (pushed into its history). */
    private static final Pattern NAVIGATION =
            Pattern.compile("\\[null,\"([^\"]*)\",(?:true|false),\"window\\.dispatchEvent\\(new CustomEvent\\('vaadin-navigate'");

    /** What the browser reports about its window at bootstrap: a 1280 x 900 desktop browser. */
    private static final String BROWSER_DETAILS = "&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=Europe%2FLondon&v-td=false&v-pr=1"
            + "&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
            + "&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

    private VaadinUi() {}

    /**
     * Starts a UI on the page just loaded: the bootstrap request, then the navigation event the
     * browser sends to render the route.
     */
    static ChainBuilder bootstrap(String name, String route, CheckBuilder... checks) {
        return exec(http(name + ": bootstrap")
                        .get(session -> "/?v-r=init&location=" + encode(route) + "&query=" + BROWSER_DETAILS
                                + "&v-curdate=" + System.currentTimeMillis() + "&v-wn=v-" + session.userId())
                        .check(status().is(200), bodyString().saveAs(BODY)))
                .exec(session -> absorb(session.remove(IDS).set(PROMISE, 0).set(LOCATION, route), true))
                .exec(send(
                        name,
                        session -> "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"/"
                                + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                                + "\"trigger\":\"\"}}]",
                        checks));
    }

    /** The browser's back button: the router navigates to the address kept in {@code locationKey}. */
    static ChainBuilder back(String name, String locationKey, CheckBuilder... checks) {
        return navigate(name, session -> session.getString(locationKey), "history", checks);
    }

    /** A click on a router link, such as a menu item: the browser's router asks the server to navigate. */
    static ChainBuilder link(String name, String route, CheckBuilder... checks) {
        return navigate(name, session -> route, "", checks);
    }

    private static ChainBuilder navigate(
            String name, Function<Session, String> route, String trigger, CheckBuilder... checks) {
        return send(
                name,
                session -> "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":"
                        + quote(route.apply(session)) + ",\"query\":\"\",\"appShellTitle\":\"\","
                        + "\"historyState\":{\"idx\":1},\"trigger\":" + quote(trigger) + "}}]",
                checks);
    }

    /** A click on the element with this id. */
    static ChainBuilder click(String name, String elementId, CheckBuilder... checks) {
        return click(name, session -> elementId, checks);
    }

    static ChainBuilder click(String name, Function<Session, String> elementId, CheckBuilder... checks) {
        return send(name, session -> clickRpc(session, elementId.apply(session)), checks);
    }

    private static String clickRpc(Session session, String elementId) {
        return "[{\"type\":\"event\",\"node\":" + node(session, elementId)
                + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,\"event.metaKey\":false,"
                + "\"event.detail\":1,\"event.ctrlKey\":false,\"event.clientX\":400,\"event.clientY\":400,"
                + "\"event.altKey\":false,\"event.button\":0,\"event.screenY\":500,\"event.screenX\":410}}]";
    }

    /**
     * A click on the sign-out button. The server ends the session while answering, so the answer says
     * the session has expired, and the browser then loads the sign-in page.
     */
    static ChainBuilder signOut(String name, String elementId) {
        return exec(http(name)
                .post(session -> "/?v-r=uidl&v-uiId=" + session.getInt(UI_ID))
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> envelope(session, clickRpc(session, elementId))))
                .check(status().is(200), substring("\"sessionExpired\":true").exists()));
    }

    /** Text typed into a field that reports as you type (a search box): value, then the input event. */
    static ChainBuilder type(String name, String elementId, Function<Session, String> text, CheckBuilder... checks) {
        return send(
                name,
                session -> {
                    int node = node(session, elementId);
                    return "[{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":"
                            + quote(text.apply(session)) + "},{\"type\":\"event\",\"node\":" + node
                            + ",\"event\":\"input\",\"data\":{\"1\":1,\"for\":\"trailing\"}}]";
                },
                checks);
    }

    /** A value entered into a text or number field and committed (tab or enter): value, then change. */
    static ChainBuilder enter(
            String name, Function<Session, String> elementId, Function<Session, String> value, CheckBuilder... checks) {
        return send(
                name,
                session -> {
                    int node = node(session, elementId.apply(session));
                    String v = quote(value.apply(session));
                    return "[{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":"
                            + v + "},{\"type\":\"mSync\",\"node\":" + node
                            + ",\"feature\":1,\"property\":\"_inputElementValue\",\"value\":" + v
                            + "},{\"type\":\"event\",\"node\":" + node + ",\"event\":\"change\",\"data\":{}}]";
                },
                checks);
    }

    /** A checkbox ticked. */
    static ChainBuilder tick(String name, Function<Session, String> elementId, CheckBuilder... checks) {
        return send(
                name,
                session -> {
                    int node = node(session, elementId.apply(session));
                    return "[{\"type\":\"mSync\",\"node\":" + node
                            + ",\"feature\":1,\"property\":\"checked\",\"value\":true},{\"type\":\"event\",\"node\":"
                            + node + ",\"event\":\"checked-changed\",\"data\":{}}]";
                },
                checks);
    }

    /** A click on a grid row: the grid selects the item, then fires the item click. */
    static ChainBuilder clickRow(
            String name, String gridId, Function<Session, String> itemKey, CheckBuilder... checks) {
        return exec(session -> session.set(PROMISE, session.getInt(PROMISE) + 1))
                .exec(send(
                        name,
                        session -> {
                            int grid = node(session, gridId);
                            String key = quote(itemKey.apply(session));
                            return "[{\"type\":\"publishedEventHandler\",\"node\":" + grid
                                    + ",\"templateEventMethodName\":\"select\",\"templateEventMethodArgs\":[" + key
                                    + "],\"promise\":" + session.getInt(PROMISE) + "},{\"type\":\"event\",\"node\":"
                                    + grid + ",\"event\":\"item-click\",\"data\":{\"event.detail.itemKey\":" + key
                                    + ",\"event.detail.internalColumnId\":\"col0\",\"event.detail.button\":0,"
                                    + "\"event.detail.detail\":1,\"event.detail.shiftKey\":false,"
                                    + "\"event.detail.ctrlKey\":false,\"event.detail.altKey\":false,"
                                    + "\"event.detail.metaKey\":false,\"event.detail.clientX\":400,"
                                    + "\"event.detail.clientY\":300,\"event.detail.screenX\":410,"
                                    + "\"event.detail.screenY\":390}}]";
                        },
                        checks));
    }

    /**
     * Sends one message of RPC calls, reads the answer, and then answers any grid update the server
     * asked to be confirmed, as the grid connector does.
     */
    static ChainBuilder send(String name, Function<Session, String> rpc, CheckBuilder... checks) {
        return exec(message(name, rpc, checks))
                .doIf(session -> !session.getList(CONFIRMS).isEmpty())
                .then(exec(message(
                        name + CONFIRMS_SUFFIX,
                        session -> {
                            StringBuilder calls = new StringBuilder("[");
                            int promise = session.getInt(PROMISE);
                            for (Object confirm : session.getList(CONFIRMS)) {
                                String[] parts = ((String) confirm).split(":");
                                calls.append(calls.length() > 1 ? "," : "")
                                        .append("{\"type\":\"publishedEventHandler\",\"node\":")
                                        .append(parts[0])
                                        .append(
                                                ",\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":[")
                                        .append(parts[1])
                                        .append("],\"promise\":")
                                        .append(++promise)
                                        .append('}');
                            }
                            return calls.append(']').toString();
                        })));
    }

    private static ChainBuilder message(String name, Function<Session, String> rpc, CheckBuilder... checks) {
        List<CheckBuilder> all = new ArrayList<>(List.of(
                status().is(200), regex(SERVER_PROBLEM).notExists(), bodyString().saveAs(BODY)));
        all.addAll(List.of(checks));
        return exec(http(name)
                        .post(session -> "/?v-r=uidl&v-uiId=" + session.getInt(UI_ID))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> envelope(session, rpc.apply(session))))
                        .check(all))
                .exec(session -> absorb(session, !name.endsWith(CONFIRMS_SUFFIX)));
    }

    /** The message around the calls: the security key and the ids the server expects next. */
    private static String envelope(Session session, String rpc) {
        return "{\"csrfToken\":\"" + session.getString(SECURITY_KEY) + "\",\"rpc\":" + rpc + ",\"syncId\":"
                + session.getInt(SYNC_ID) + ",\"clientId\":" + session.getInt(CLIENT_ID) + "}";
    }

    /**
     * Takes in the server's answer: ids to send back next, element nodes, grid rows and resources. A
     * {@code fresh} answer starts the list of elements just rendered; the answer to a grid
     * confirmation adds to it.
     */
    static Session absorb(Session session, boolean fresh) {
        if (!session.contains(BODY)) {
            return session.set(CONFIRMS, List.of());
        }
        String body = session.getString(BODY);
        if (System.getProperty("dump") != null) {
            try {
                java.nio.file.Files.writeString(
                        java.nio.file.Path.of(System.getProperty("dump"), session.userId() + "-" + System.nanoTime()),
                        body);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        Session next = session.remove(BODY);
        JsonNode uidl;
        try {
            JsonNode root = JSON.readTree(body);
            uidl = root;
            if (root.has("appConfig")) {
                uidl = root.path("appConfig").path("uidl");
                next = next.set(UI_ID, root.path("appConfig").path("v-uiId").asInt())
                        .set(SECURITY_KEY, uidl.path("Vaadin-Security-Key").asText());
            }
        } catch (Exception e) {
            return next.markAsFailed();
        }
        next = next.set(SYNC_ID, uidl.path("syncId").asInt()).set(CLIENT_ID, uidl.path("clientId").asInt());

        Map<String, Integer> ids = new HashMap<>();
        if (next.contains(IDS)) {
            next.<Integer>getMap(IDS).forEach(ids::put);
        }
        Set<String> lastIds = new HashSet<>();
        if (!fresh && next.contains(LAST_IDS)) {
            lastIds.addAll(next.<String>getSet(LAST_IDS));
        }
        Matcher m = ELEMENT_ID.matcher(body);
        while (m.find()) {
            ids.put(m.group(2), Integer.valueOf(m.group(1)));
            lastIds.add(m.group(2));
        }
        next = next.set(IDS, Map.copyOf(ids)).set(LAST_IDS, Set.copyOf(lastIds));

        List<String> keys = all(ITEM_KEY, body, 1);
        if (!keys.isEmpty()) {
            next = next.set(ITEM_KEYS, keys);
        }
        List<String> confirms = new ArrayList<>();
        m = CONFIRM.matcher(body);
        while (m.find()) {
            confirms.add(m.group(1) + ":" + m.group(2));
        }
        next = next.set(CONFIRMS, List.copyOf(confirms));
        if (!confirms.isEmpty()) {
            next = next.set(PROMISE, next.getInt(PROMISE) + confirms.size());
        }
        List<String> resources = new ArrayList<>();
        if (!fresh && next.contains(RESOURCES)) {
            resources.addAll(next.<String>getList(RESOURCES));
        }
        resources.addAll(all(RESOURCE, body, 1));
        next = next.set(RESOURCES, List.copyOf(resources));
        m = NAVIGATION.matcher(body);
        while (m.find()) {
            next = next.set(LOCATION, m.group(1));
        }
        return next;
    }

    /** Whether the last answer rendered an element with this id. */
    static boolean rendered(Session session, String elementId) {
        return session.contains(LAST_IDS) && session.<String>getSet(LAST_IDS).contains(elementId);
    }

    /** The id of an element the last answer rendered whose id starts so, such as a row's edit button. */
    static String renderedStartingWith(Session session, String prefix) {
        return session.<String>getSet(LAST_IDS).stream()
                .filter(id -> id.startsWith(prefix))
                .sorted()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No element with an id starting " + prefix));
    }

    static CheckBuilder renders(String elementId) {
        return substring("\"key\":\"id\",\"feat\":3,\"value\":\"" + elementId + "\"")
                .exists();
    }

    private static int node(Session session, String elementId) {
        Integer node = session.contains(IDS) ? session.<Integer>getMap(IDS).get(elementId) : null;
        if (node == null) {
            throw new IllegalStateException("No element with id " + elementId + " on the page");
        }
        return node;
    }

    private static List<String> all(Pattern pattern, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(group));
        }
        return found;
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

package vn.kynangso.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.kynangso.learning.ui.QuestionForm;

/**
 * One learner driving the app over HTTP as Vaadin's browser client does: sign in with the login
 * form, GET the route, {@code ?v-r=init}, the {@code ui-navigate} RPC, then UIDL messages with
 * property syncs and clicks. Keeps only what the next request needs (cookies, UI id, security key,
 * sync and client ids, and the node ids of the quiz controls on screen), so that the learner costs
 * next to nothing in the heap that the benchmark measures.
 */
final class VaadinLearner {

    /** Thrown when the app answers other than a browser would expect. */
    static final class Unexpected extends RuntimeException {
        Unexpected(String message) {
            super(message);
        }
    }

    /**
     * The app said its database is unavailable or busy (the translated notice, or the "try again"
     * page): as for a server gone away, the learner keeps the session, waits and tries again.
     */
    static final class DatabaseTrouble extends IOException {
        DatabaseTrouble(String message) {
            super(message);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The browser details a phone at 360×640 sends with the start-up request (as Chromium sends them). */
    private static final String PHONE = "&v-sh=640&v-sw=360&v-wh=640&v-ww=360&v-bh=640&v-bw=360"
            + "&v-curdate=1796134390073&v-tzo=-420&v-dstd=0&v-rtzo=-420&v-dston=false&v-tzid=Asia%2FHo_Chi_Minh"
            + "&v-wn=v-0.1&v-td=true&v-pr=2&v-np=Linux%20armv8l&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
            + "&v-so=portrait-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The data a browser sends with a click (the keys of vaadin-button's click listener). */
    private static final Map<String, Object> CLICK = Map.of(
            "event.shiftKey", false,
            "event.metaKey", false,
            "event.detail", 1,
            "event.ctrlKey", false,
            "event.clientX", 180,
            "event.clientY", 500,
            "event.altKey", false,
            "event.button", 0,
            "event.screenY", 500,
            "event.screenX", 180);

    private final HttpClient http;
    private final String base;
    final String username;
    private final Map<String, String> cookies = new HashMap<>(4);
    private int uiId = -1;
    private String securityKey = "";
    private int syncId;
    private int clientId;

    // the quiz screen as last shown: node ids, -1 when absent
    private int choicesNode = -1;
    private boolean multiple;
    // the choices shown, in order: their keys and labels; and the question's prompt ("" if not read)
    private List<String> choiceKeys = List.of();
    private List<String> choiceLabels = List.of();
    private String prompt = "";
    private int answerNode = -1;
    private int nextNode = -1;
    private boolean submitNext;
    // the quiz's "Question n of m" line: its text node, and the 1-based number it last showed (0 if unknown)
    private int positionTextNode = -1;
    private int shownNumber;
    /** The ticks {@link #choose} made, as shown positions; {@code null} for an ordering question. */
    private @Nullable List<Integer> ticks;
    /** Whether the last answer's reply carried the next question. */
    private boolean sentAhead;
    /** UIDL requests sent by this learner. */
    int requests;

    private String lastAnswer = "";

    /** The server's last UIDL answer as sent (for looking at what a screen costs), or "". */
    String lastResponseText = "";

    /** Whether the app said it runs in production mode (from the bootstrap's appConfig). */
    boolean productionMode;

    /** Vaadin's own duration of the previous request in this session (its {@code timings}), or -1. */
    long previousServerMillis = -1;

    VaadinLearner(HttpClient http, String base, String username) {
        this.http = http;
        this.base = base;
        this.username = username;
    }

    /** Posts the login form, as the sign-in page does; the session cookie is kept. */
    void signIn(String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<byte[]> response = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new Unexpected("sign-in of " + username + " answered " + response.statusCode() + " " + location);
        }
    }

    /**
     * Signs in with a login card, as a phone that scanned the card's QR code does: opens the card's
     * one-time link and taps "Sign in"; the app switches the session to the learner (new cookie) and
     * shows their home page in the same page. Returns the ids shown there.
     */
    Map<String, Integer> signInWithCard(String token) throws IOException, InterruptedException {
        int confirm = open("signin/" + token).getOrDefault("signin-link-confirm", -1);
        return drawn(rpc(List.of(click(confirm))));
    }

    /**
     * Opens a route as a browser does on a full page load: page, bootstrap, navigation; returns the
     * ids of the elements shown, with their node ids.
     */
    Map<String, Integer> open(String route) throws IOException, InterruptedException {
        HttpResponse<byte[]> page = send(request("/" + route).GET());
        expectOk(page, "GET /" + route);
        String location = URLEncoder.encode(route, StandardCharsets.UTF_8);
        HttpResponse<byte[]> init = send(
                request("/?v-r=init&location=" + location + "&query=" + PHONE).GET());
        expectOk(init, "init");
        JsonNode config = JSON.readTree(body(init)).path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        productionMode = config.path("productionMode").asBoolean(false);
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString("");
        syncId = uidl.path("syncId").asInt(0);
        clientId = uidl.path("clientId").asInt(0);
        if (uiId < 0 || securityKey.isEmpty()) {
            throw new Unexpected("init without a UI id or security key");
        }
        return navigate(route);
    }

    /**
     * Opens a route as a tap on a link inside the app does: on the UI already open (no page load, no
     * new UI); by {@link #open} when none is open yet. Returns the ids shown.
     */
    Map<String, Integer> go(String route) throws IOException, InterruptedException {
        return uiId < 0 ? open(route) : navigate(route);
    }

    private Map<String, Integer> navigate(String route) throws IOException, InterruptedException {
        Map<String, Object> navigate = new LinkedHashMap<>();
        navigate.put("type", "event");
        navigate.put("node", 1);
        navigate.put("event", "ui-navigate");
        navigate.put(
                "data",
                Map.of(
                        "route",
                        route,
                        "query",
                        "",
                        "appShellTitle",
                        "",
                        "historyState",
                        Map.of("idx", 0),
                        "trigger",
                        ""));
        return drawn(rpc(List.of(navigate)));
    }

    /** The ids a response shows; when it draws the app layout, what a phone's browser then reports. */
    private Map<String, Integer> drawn(JsonNode response) throws IOException, InterruptedException {
        Map<String, Integer> ids = show(response);
        int layout = nodeWithTag(response, "vaadin-app-layout");
        if (layout >= 0) {
            // as a phone's browser does once the app layout is drawn (seen in Chromium at 360×640): it
            // reports the drawer closed and in overlay mode, one more round trip
            rpc(List.of(
                    sync(layout, "drawerOpened", false),
                    event(layout, "drawer-opened-changed"),
                    sync(layout, "overlay", true),
                    event(layout, "overlay-changed")));
        }
        return ids;
    }

    private static int nodeWithTag(JsonNode response, String tag) {
        for (JsonNode change : response.path("changes")) {
            if ("tag".equals(change.path("key").asString(""))
                    && tag.equals(change.path("value").asString(""))) {
                return change.path("node").asInt(-1);
            }
        }
        return -1;
    }

    private static Map<String, Object> sync(int node, String property, Object value) {
        Map<String, Object> sync = new LinkedHashMap<>();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", property);
        sync.put("value", value);
        return sync;
    }

    private static Map<String, Object> event(int node, String name) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.put("data", Map.of());
        return event;
    }

    /** Whether a question waits for an answer on screen. */
    boolean questionShown() {
        return answerNode >= 0;
    }

    /** Whether an answer's feedback is on screen, with "Next question" or "Hand in". */
    boolean feedbackShown() {
        return answerNode < 0 && nextNode >= 0;
    }

    /** The question on screen, 0-based as the app counts it, or -1 when the screen did not say. */
    int position() {
        return shownNumber - 1;
    }

    /** The answer {@link #choose()} sent last: a choice's key, or "as shown" for an ordering question. */
    String lastAnswer() {
        return lastAnswer;
    }

    /**
     * Forgets the session (its cookie, UI and screen), as a browser whose server restarted must. Other
     * cookies stay, as in a browser: a balancer's stickiness cookie ({@code KNSNODE}) goes on naming
     * the node this learner was placed on, and the balancer places them again when that node is gone.
     */
    void forgetSession() {
        cookies.remove("JSESSIONID");
        uiId = -1;
        seenIds.clear();
        positionTextNode = -1;
        shownNumber = 0;
        forgetScreen();
    }

    /** The value of a cookie the server (or a balancer in front of it) set, or {@code null}. */
    @Nullable
    String cookie(String name) {
        return cookies.get(name);
    }

    /** Clicks the component with this id, as last shown; returns the ids shown by the answer. */
    Map<String, Integer> click(String id) throws IOException, InterruptedException {
        return show(rpc(List.of(click(nodeOf(id)))));
    }

    /**
     * Picks an answer the simplest valid way: the first choice of a radio group, the first box of a
     * checkbox group, and for ordering questions the order as shown.
     */
    void choose() throws IOException, InterruptedException {
        choose(Set.of());
    }

    /** The question's prompt as shown ("" when not read). */
    String prompt() {
        return prompt;
    }

    /**
     * Picks the choices labelled as in {@code correct} (all of them on a checkbox question, the
     * first on a radio question); the first choice when none is shown or {@code correct} is empty.
     * Ordering questions are answered as shown.
     */
    void choose(Set<String> correct) {
        if (choicesNode < 0) {
            lastAnswer = "as shown";
            ticks = null;
            return; // ORDER: answering as shown is a valid answer
        }
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < choiceKeys.size() && (multiple || picked.isEmpty()); i++) {
            if (correct.contains(choiceLabels.get(i).strip())) {
                picked.add(i);
            }
        }
        if (picked.isEmpty()) {
            picked.add(0);
        }
        // as the browser does: a tap on a choice sends nothing; the ticks travel with "Answer"
        ticks = List.copyOf(picked);
        lastAnswer = String.join(",", picked.stream().map(choiceKeys::get).toList());
    }

    /** The "Answer" click as the browser sends it: with the ticks {@link #choose} made. */
    Map<String, Object> answerClick() {
        Map<String, Object> click = click(answerNode);
        if (ticks != null) {
            Map<String, Object> data = new LinkedHashMap<>(CLICK);
            data.put(QuestionForm.CHECKED_IN_BROWSER, ticks);
            click.put("data", data);
        }
        return click;
    }

    /** Clicks "Answer": the request that saves and grades the answer. Expects the feedback back. */
    void answer() throws IOException, InterruptedException {
        JsonNode response = rpc(List.of(answerClick()));
        Map<String, Integer> ids = show(response);
        if (!ids.containsKey("quiz-verdict") || nextNode < 0 || hasNotification(response)) {
            throw new Unexpected("answer without feedback: " + ids.keySet());
        }
        // the reply carries the next question too (out of sight until "Next question" shows it)
        sentAhead = !submitNext && answerNode >= 0;
    }

    /**
     * "Next question", or "Hand in" after the last one; returns whether the quiz goes on. The next
     * question came with the answer's reply, so showing it is the browser's work (no request), unless
     * it was answered meanwhile elsewhere: then the server is asked, as the screen does.
     */
    boolean next() throws IOException, InterruptedException {
        if (sentAhead) {
            sentAhead = false;
            shownNumber++;
            return true;
        }
        boolean submit = submitNext;
        Map<String, Integer> ids = show(rpc(List.of(click(nextNode))));
        if (submit) {
            if (!ids.containsKey("result-score")) {
                throw new Unexpected("hand-in without a result: " + ids.keySet());
            }
            return false;
        }
        if (answerNode < 0) {
            throw new Unexpected("next without a question: " + ids.keySet());
        }
        return true;
    }

    /** The node ids of the components with an id seen so far on this UI (for other screens than the quiz). */
    private final Map<String, Integer> seenIds = new HashMap<>();

    /** The node of the component with this id, as last shown, or -1. */
    int nodeOf(String id) {
        return seenIds.getOrDefault(id, -1);
    }

    /** Sends these invocations in one UIDL message, as the browser would; returns the server's answer. */
    JsonNode send(List<Map<String, Object>> invocations) throws IOException, InterruptedException {
        JsonNode response = rpc(invocations);
        show(response);
        return response;
    }

    /** Forgets the screen (the session stays open on the server). */
    void forgetScreen() {
        choicesNode = answerNode = nextNode = -1;
        sentAhead = false;
    }

    // --- protocol ---

    private static Map<String, Object> click(int node) {
        if (node < 0) {
            throw new Unexpected("no such button on screen");
        }
        Map<String, Object> click = new LinkedHashMap<>();
        click.put("type", "event");
        click.put("node", node);
        click.put("event", "click");
        click.put("data", CLICK);
        return click;
    }

    /** Sends one UIDL message and returns the server's answer, checked for errors. */
    private JsonNode rpc(List<Map<String, Object>> invocations) throws IOException, InterruptedException {
        requests++;
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("csrfToken", securityKey);
        message.put("rpc", invocations);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        HttpResponse<byte[]> response = send(request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
        expectOk(response, "UIDL");
        String text = new String(body(response), StandardCharsets.UTF_8);
        if (text.startsWith("for(;;);")) { // older Flow wraps the message
            text = text.substring(8).strip();
            text = text.substring(1, text.length() - 1);
        }
        lastResponseText = text;
        JsonNode json = JSON.readTree(text);
        JsonNode meta = json.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired")) {
            throw new Unexpected("UIDL error: " + meta);
        }
        if (!json.has("syncId")) {
            throw new Unexpected("UIDL answer without syncId: " + abbreviate(text));
        }
        syncId = json.path("syncId").asInt();
        for (JsonNode change : json.path("changes")) {
            String id = "id".equals(change.path("key").asString(""))
                    ? change.path("value").asString("")
                    : "";
            if (id.equals("database-fault") || id.equals("database-fault-page")) {
                clientId = json.path("clientId").asInt(clientId + 1);
                throw new DatabaseTrouble("the app showed " + id);
            }
        }
        clientId = json.path("clientId").asInt(clientId + 1);
        JsonNode timings = json.path("timings");
        previousServerMillis =
                timings.isArray() && timings.size() > 1 ? timings.get(1).asLong() : -1;
        return json;
    }

    /** Reads a screen change: remembers the quiz controls' node ids; returns the ids shown. */
    private Map<String, Integer> show(JsonNode response) {
        Map<String, Integer> ids = new HashMap<>();
        Map<Integer, String> tags = new HashMap<>();
        Map<Integer, List<Integer>> children = new HashMap<>();
        Map<Integer, String> values = new HashMap<>();
        Map<Integer, String> texts = new HashMap<>();
        Map<Integer, String> labels = new HashMap<>();
        for (JsonNode change : response.path("changes")) {
            String type = change.path("type").asString("");
            int node = change.path("node").asInt(-1);
            int feature = change.path("feat").asInt(-1);
            if ("put".equals(type)) {
                String key = change.path("key").asString("");
                JsonNode value = change.path("value");
                if (feature == 3 && "id".equals(key)) {
                    ids.put(value.asString(""), node);
                } else if (feature == 0 && "tag".equals(key)) {
                    tags.put(node, value.asString(""));
                } else if (feature == 1 && "value".equals(key)) {
                    values.put(node, value.asString(""));
                } else if (feature == 1 && "label".equals(key)) {
                    labels.put(node, value.asString(""));
                } else if (feature == 7 && "text".equals(key)) {
                    texts.put(node, value.asString(""));
                }
            } else if ("splice".equals(type) && feature == 2) {
                for (JsonNode added : change.path("addNodes")) {
                    children.computeIfAbsent(node, n -> new ArrayList<>()).add(added.asInt());
                }
            }
        }
        seenIds.putAll(ids);
        // setText on the position line reuses its one text node: learn the node once, then read its puts
        int positionNode = seenIds.getOrDefault("quiz-position", -1);
        if (ids.containsKey("quiz-position")) {
            positionTextNode = -1;
        }
        if (positionNode >= 0 && children.containsKey(positionNode)) {
            positionTextNode = children.get(positionNode).getFirst();
        }
        if (positionTextNode >= 0 && texts.containsKey(positionTextNode)) {
            shownNumber = QuizScreen.firstNumber(texts.get(positionTextNode));
        }
        answerNode = ids.getOrDefault("quiz-answer", -1);
        nextNode = ids.getOrDefault("quiz-next", ids.getOrDefault("quiz-submit", -1));
        submitNext = ids.containsKey("quiz-submit");
        choicesNode = ids.getOrDefault("quiz-choices", -1);
        if (choicesNode >= 0) {
            multiple = "vaadin-checkbox-group".equals(tags.get(choicesNode));
            List<Integer> items = children.getOrDefault(choicesNode, List.of());
            if (items.isEmpty() || values.get(items.getFirst()) == null) {
                throw new Unexpected("a choice group without items");
            }
            choiceKeys = items.stream().map(n -> values.getOrDefault(n, "")).toList();
            choiceLabels = items.stream()
                    .map(n -> labels.getOrDefault(n, textBelow(n, children, texts)))
                    .toList();
        } else {
            choiceKeys = choiceLabels = List.of();
        }
        prompt = ids.containsKey("quiz-prompt") ? textBelow(ids.get("quiz-prompt"), children, texts) : "";
        return ids;
    }

    /** The text of a node's text children (and theirs), as sent in one response. */
    private static String textBelow(int node, Map<Integer, List<Integer>> children, Map<Integer, String> texts) {
        StringBuilder text = new StringBuilder(texts.getOrDefault(node, ""));
        for (int child : children.getOrDefault(node, List.of())) {
            text.append(textBelow(child, children, texts));
        }
        return text.toString();
    }

    private static boolean hasNotification(JsonNode response) {
        for (JsonNode change : response.path("changes")) {
            if ("tag".equals(change.path("key").asString(""))
                    && "vaadin-notification".equals(change.path("value").asString(""))) {
                return true;
            }
        }
        return false;
    }

    // --- HTTP ---

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(TIMEOUT)
                .header("Accept-Encoding", "gzip");
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ")
                    .append(name)
                    .append('=')
                    .append(value));
            builder.header("Cookie", header.toString());
        }
        return builder;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(
                        pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return response;
    }

    private static byte[] body(HttpResponse<byte[]> response) throws IOException {
        if (response.headers()
                .firstValue("Content-Encoding")
                .map("gzip"::equalsIgnoreCase)
                .orElse(false)) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                return in.readAllBytes();
            }
        }
        return response.body();
    }

    private static void expectOk(HttpResponse<byte[]> response, String what) throws IOException {
        if (response.statusCode() != 200) {
            throw new Unexpected(what + " answered " + response.statusCode() + ": "
                    + abbreviate(new String(body(response), StandardCharsets.UTF_8)));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}

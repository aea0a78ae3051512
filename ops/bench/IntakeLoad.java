import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contribution intake through the HTTP API, for ops/bench/intake.sh. Run with the source launcher (JDK only):
 * {@code java ops/bench/IntakeLoad.java BASE TENANT KEYCLOAK N SECONDS WARMUP IDEAS}
 *
 * <p>Set-up: N citizens created in the tenant's realm (Keycloak admin REST), each signed in with the password grant of
 * the client civitas-cli; the demo agent creates a published consultation with an open survey phase and an open ideas
 * phase, its questions, and IDEAS ideas. Load: N threads (one per citizen, closed loop, after WARMUP seconds not
 * counted), each repeating: PUT its survey response (an upsert, answers varying), PUT its support on a random idea,
 * DELETE that support. Prints a {@code SETUP} line (what pgbench needs: schema, phase and idea ids) and a {@code HTTP}
 * line: {@code requests= seconds= rps= p50_ms= p99_ms= errors=} and per kind of request.
 */
public class IntakeLoad {
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final String[] MODES = {"bus", "bike", "car", "walk"};
    static final String[] KINDS = {"survey-put", "support-put", "support-delete"};

    static String base;      // http://localhost:9580/t/ville-a
    static String keycloak;  // http://localhost:24180
    static String realm;

    public static void main(String[] args) throws Exception {
        base = args[0].replaceAll("/+$", "") + "/t/" + args[1];
        keycloak = args[2].replaceAll("/+$", "");
        int citizens = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        long warmup = Long.parseLong(args[5]);
        int ideaCount = Integer.parseInt(args[6]);
        String platform = args[0].replaceAll("/+$", "");

        String operator = token("operators", "operator", "operator");
        String tenantJson = send("GET", platform + "/api/operator/tenants/" + args[1], operator, null, 200);
        realm = field(tenantJson, "realm");
        String schema = "tenant_" + args[1].replace('-', '_');

        String agent = token(realm, "agent", "agent");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String dates = "\"startsOn\":\"" + today.minusDays(1) + "\",\"endsOn\":\"" + today.plusDays(30) + "\"";
        String consultation = send("POST", base + "/api/consultations", agent, "{\"title\":\"Banc d'essai : place du Marché\","
                + "\"summary\":\"Consultation créée par ops/bench/intake.sh\",\"status\":\"published\",\"phases\":["
                + "{\"title\":\"Questionnaire\",\"method\":\"survey\"," + dates + "},"
                + "{\"title\":\"Idées\",\"method\":\"ideas\"," + dates + "}]}", 201);
        long id = Long.parseLong(field(consultation, "id"));
        List<Long> phaseIds = numbers(consultation.substring(consultation.indexOf("\"phases\"")), "id");
        String phases = base + "/api/consultations/" + id + "/phases/";
        long survey = phaseIds.get(0);
        long ideasPhase = phaseIds.get(1);
        send("PUT", phases + survey + "/survey", agent, """
                {"questions":[
                  {"id":"mode","type":"single-choice","label":"Comment venez-vous sur la place ?","required":true,
                   "options":[{"id":"bus","label":"Bus"},{"id":"bike","label":"Vélo"},{"id":"car","label":"Voiture"},
                              {"id":"walk","label":"À pied"}]},
                  {"id":"note","type":"scale","label":"Votre note de la place aujourd'hui","min":1,"max":5},
                  {"id":"why","type":"short-text","label":"En un mot, pourquoi ?"}
                ]}""", 200);

        log("creating " + citizens + " citizens in realm " + realm + " and signing them in");
        String[] tokens = new String[citizens];
        String suffix = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        String[] usernames = new String[citizens];
        for (int i = 0; i < citizens; i++) {
            usernames[i] = "intake-" + suffix + "-" + (i + 1);
            createCitizen(usernames[i]);
            tokens[i] = token(realm, usernames[i], usernames[i]);
        }

        log("proposing " + ideaCount + " ideas");
        List<Long> ideas = new ArrayList<>();
        for (int i = 0; i < ideaCount; i++) {
            String idea = send("POST", phases + ideasPhase + "/ideas", tokens[i % citizens], "{\"title\":\"Idée numéro "
                    + (i + 1) + "\",\"text\":\"Une proposition détaillée pour la place, numéro " + (i + 1) + ".\"}", 201);
            ideas.add(Long.parseLong(field(idea, "id")));
        }
        long first = ideas.get(0);
        if (ideas.get(ideas.size() - 1) - first + 1 != ideas.size()) {
            throw new IllegalStateException("The ideas' ids are not consecutive (pgbench picks ideas by range): " + ideas);
        }
        System.out.println("SETUP schema=" + schema + " consultation=" + id + " survey=" + survey + " ideas_phase="
                + ideasPhase + " first_idea=" + first + " ideas=" + ideas.size() + " citizens=" + citizens);

        if (warmup > 0) {
            log("warming up for " + warmup + " s (not counted)");
            run(phases, survey, ideasPhase, ideas, tokens, usernames, warmup);
        }
        log("loading for " + seconds + " s with " + citizens + " citizens");
        Result total = run(phases, survey, ideasPhase, ideas, tokens, usernames, seconds);
        System.out.println(total.line("HTTP", seconds));
        for (int k = 0; k < KINDS.length; k++) {
            System.out.println(total.kinds[k].line("HTTP-" + KINDS[k], seconds));
        }
        if (!total.statuses.isEmpty()) {
            System.out.println("HTTP-statuses-other-than-success " + total.statuses);
        }
    }

    /** One closed loop per citizen; returns everything measured. */
    static Result run(String phases, long survey, long ideasPhase, List<Long> ideas, String[] tokens, String[] usernames,
                      long seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tokens.length);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<Result>> futures = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            int citizen = i;
            futures.add(pool.submit(() -> {
                Result r = new Result();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    String answers = "{\"answers\":{\"mode\":{\"choices\":[\"" + MODES[random.nextInt(MODES.length)]
                            + "\"]},\"note\":{\"number\":" + (1 + random.nextInt(5)) + "},\"why\":{\"text\":\"Essai "
                            + random.nextInt(1000) + "\"}}}";
                    String idea = phases + ideasPhase + "/ideas/" + ideas.get(random.nextInt(ideas.size())) + "/support";
                    timed(r, 0, "PUT", phases + survey + "/survey/response", tokens, usernames, citizen, answers);
                    timed(r, 1, "PUT", idea, tokens, usernames, citizen, null);
                    timed(r, 2, "DELETE", idea, tokens, usernames, citizen, null);
                }
                return r;
            }));
        }
        Result total = new Result();
        for (Future<Result> f : futures) {
            total.add(f.get());
        }
        pool.shutdown();
        return total;
    }

    static void timed(Result r, int kind, String method, String url, String[] tokens, String[] usernames, int citizen,
                      String json) {
        long t0 = System.nanoTime();
        int status;
        try {
            status = request(method, url, tokens[citizen], json).statusCode();
            if (status == 401) { // the token expired (a long run): sign in again, and count the refusal as an error
                tokens[citizen] = token(realm, usernames[citizen], usernames[citizen]);
            }
        } catch (Exception e) {
            status = -1;
        }
        r.record(kind, System.nanoTime() - t0, status);
    }

    static final class Result {
        long[] latencies = new long[1 << 16];
        int count;
        long errors;
        Map<String, Long> statuses = new TreeMap<>();
        Result[] kinds;

        Result() {
            this(true);
        }

        Result(boolean withKinds) {
            if (withKinds) {
                kinds = new Result[] {new Result(false), new Result(false), new Result(false)};
            }
        }

        void record(int kind, long nanos, int status) {
            boolean ok = status >= 200 && status < 300;
            one(nanos, ok);
            kinds[kind].one(nanos, ok);
            if (!ok) {
                statuses.merge(KINDS[kind] + ":" + status, 1L, Long::sum);
            }
        }

        void one(long nanos, boolean ok) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
            if (!ok) {
                errors++;
            }
        }

        void add(Result other) {
            addLatencies(other);
            other.statuses.forEach((k, v) -> statuses.merge(k, v, Long::sum));
            for (int k = 0; k < kinds.length; k++) {
                kinds[k].addLatencies(other.kinds[k]);
            }
        }

        private void addLatencies(Result other) {
            if (count + other.count > latencies.length) {
                latencies = Arrays.copyOf(latencies, Math.max(latencies.length * 2, count + other.count));
            }
            System.arraycopy(other.latencies, 0, latencies, count, other.count);
            count += other.count;
            errors += other.errors;
        }

        String line(String name, long seconds) {
            long[] sorted = Arrays.copyOf(latencies, count);
            Arrays.sort(sorted);
            return String.format(java.util.Locale.ROOT, "%s requests=%d seconds=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d",
                    name, count, seconds, count / (double) seconds, percentile(sorted, 50), percentile(sorted, 99), errors);
        }

        static double percentile(long[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
        }
    }

    // --- Keycloak and the API

    static String adminToken;
    static long adminTokenUntil;

    static synchronized String adminToken() throws Exception {
        if (adminToken == null || System.nanoTime() > adminTokenUntil) {
            adminToken = token("master", "admin-cli",
                    System.getenv().getOrDefault("CIVITAS_KC_ADMIN", "admin"),
                    System.getenv().getOrDefault("CIVITAS_KC_ADMIN_PASSWORD", "admin"));
            adminTokenUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); // master's tokens live 60 s
        }
        return adminToken;
    }

    static void createCitizen(String username) throws Exception {
        String user = "{\"username\":\"" + username + "\",\"enabled\":true,\"email\":\"" + username + "@bench.localhost\","
                + "\"emailVerified\":true,\"firstName\":\"" + username + "\",\"lastName\":\"Bench\",\"credentials\":"
                + "[{\"type\":\"password\",\"value\":\"" + username + "\",\"temporary\":false}]}";
        send("POST", keycloak + "/admin/realms/" + realm + "/users", adminToken(), user, 201);
    }

    static String token(String realm, String username, String password) throws Exception {
        return token(realm, "civitas-cli", username, password);
    }

    static String token(String realm, String client, String username, String password) throws Exception {
        String form = "grant_type=password&client_id=" + client + "&username=" + enc(username) + "&password=" + enc(password);
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/" + realm
                        + "/protocol/openid-connect/token")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + " in " + realm + ": " + r.statusCode() + " " + r.body());
        }
        return field(r.body(), "access_token");
    }

    static String send(String method, String url, String token, String json, int expected) throws Exception {
        HttpResponse<String> r = request(method, url, token, json);
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + r.statusCode() + ", not " + expected + ": "
                    + r.body());
        }
        return r.body();
    }

    static HttpResponse<String> request(String method, String url, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The first value of a top-level-looking JSON field (string or number): enough for these known answers. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"([^\"]*)\"|(-?[0-9]+))").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No \"" + name + "\" in " + json);
        }
        return m.group(2) != null ? m.group(2) : m.group(3);
    }

    static List<Long> numbers(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*([0-9]+)").matcher(json);
        List<Long> values = new ArrayList<>();
        while (m.find()) {
            values.add(Long.parseLong(m.group(1)));
        }
        return values;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static void log(String message) {
        System.err.println("[intake] " + message);
    }
}

package dk.skranke.tools.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;

/** Central through its public API v1: kiosk issues tickets, a desk calls "next", a display listens. */
final class CentralTarget implements Target {
    private final String label;
    private final String base;
    private final String branchUrl;
    private final String desk;
    private final BenchTokens tokens;
    private final List<String> services;
    private final LongSupplier cpu;
    /** clientRequestIds are unique per run, as a real kiosk's are, so none is answered from the replay table. */
    private final String runId = UUID.randomUUID().toString().substring(0, 8);

    /**
     * {@code label} names it in the report ("central", or its database when the bench measures two);
     * {@code cpu} reads the server's CPU time (see {@link Target#serverCpuNanos}).
     */
    CentralTarget(String label, String baseUrl, String branch, String desk, BenchTokens tokens, List<String> services,
            LongSupplier cpu) {
        this.label = label;
        this.base = baseUrl.replaceAll("/+$", "");
        this.branchUrl = base + "/api/v1/branches/" + branch;
        this.desk = desk;
        this.tokens = tokens;
        this.services = List.copyOf(services);
        this.cpu = cpu;
    }

    @Override
    public long serverCpuNanos() {
        return cpu.getAsLong();
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String loadName() {
        return "POST /tickets (kiosk, " + services.size() + " services)";
    }

    @Override
    public HttpRequest loadRequest(long i) {
        return issue(services.get((int) (i % services.size())), "bench-" + runId + "-" + i);
    }

    private HttpRequest issue(String service, String clientRequestId) {
        return Target.postJson(branchUrl + "/tickets", tokens.kiosk(),
                "{\"service\":\"" + service + "\",\"clientRequestId\":\"" + clientRequestId + "\"}");
    }

    @Override
    public int loadStatus() {
        return 201;
    }

    @Override
    public String callName() {
        return "POST /desks/" + desk + "/next";
    }

    @Override
    public HttpRequest sseRequest() {
        return Target.sse(branchUrl + "/events", tokens.display());
    }

    @Override
    public int liveSubscribers(HttpClient http) throws IOException, InterruptedException {
        return Target.intField(health(http), "liveSubscribers");
    }

    @Override
    public int subscribersBehind(HttpClient http) throws IOException, InterruptedException {
        return Target.intField(health(http), "subscribersBehind");
    }

    private String health(HttpClient http) throws IOException, InterruptedException {
        return Target.send(http, Target.request(base + "/api/v1/health", null).GET().build(), 200);
    }

    /** Issues one ticket so the desk has someone to call, and waits until every display has seen it. */
    @Override
    public void beforeCall(HttpClient http, CallWatch watch, Duration timeout)
            throws IOException, InterruptedException {
        String body = Target.send(http, issue(services.get(0), "bench-" + runId + "-call-" + UUID.randomUUID()), 201);
        String id = Target.textField(body, "id");
        if (!watch.arrivals(CallWatch.key(CallWatch.ISSUED, id)).await(timeout)) {
            throw new IOException("ticket.issued " + id + " did not reach every client within " + timeout);
        }
    }

    @Override
    public String call(HttpClient http, long i, int payloadBytes) throws IOException, InterruptedException {
        String body = Target.send(http, Target.postJson(branchUrl + "/desks/" + desk + "/next", tokens.desk(), "{}"),
                200);
        return CallWatch.key(CallWatch.CALLED, Target.textField(body, "id"));
    }
}

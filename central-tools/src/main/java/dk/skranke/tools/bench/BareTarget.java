package dk.skranke.tools.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.LongSupplier;

/** The {@link BareServer} baseline: the same web stack with nothing of Skranke behind it. */
final class BareTarget implements Target {
    private final String base;
    private final LongSupplier cpu;

    BareTarget(String baseUrl, LongSupplier cpu) {
        this.base = baseUrl;
        this.cpu = cpu;
    }

    @Override
    public long serverCpuNanos() {
        return cpu.getAsLong();
    }

    @Override
    public String label() {
        return "bare";
    }

    @Override
    public String loadName() {
        return "POST /noop";
    }

    @Override
    public HttpRequest loadRequest(long i) {
        return Target.postJson(base + "/noop", null, "{\"service\":\"pas\"}");
    }

    @Override
    public int loadStatus() {
        return 200;
    }

    @Override
    public String callName() {
        return "POST /broadcast";
    }

    @Override
    public HttpRequest sseRequest() {
        return Target.sse(base + "/sse", null);
    }

    @Override
    public int liveSubscribers(HttpClient http) throws IOException, InterruptedException {
        return Target.intField(Target.send(http, Target.request(base + "/health", null).GET().build(), 200),
                "liveSubscribers");
    }

    @Override
    public void beforeCall(HttpClient http, CallWatch watch, Duration timeout) {
        // Nothing to prepare: a broadcast needs no ticket.
    }

    @Override
    public String call(HttpClient http, long i, int payloadBytes) throws IOException, InterruptedException {
        String id = "b-" + i;
        Target.send(http, Target.postJson(base + "/broadcast?id=" + id + "&bytes=" + payloadBytes, null, "{}"), 200);
        return CallWatch.key(CallWatch.CALLED, id);
    }
}

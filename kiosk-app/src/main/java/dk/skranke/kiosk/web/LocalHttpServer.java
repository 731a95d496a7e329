package dk.skranke.kiosk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP/1.1 server for the page on the JDK's own {@code com.sun.net.httpserver} (a few dozen classes instead
 * of Jetty's thousands): routes by method and path, answers every failure as JSON via {@link Errors}, a bounded pool.
 * Routes are tried in the order they were added; a route ending in {@code /*} matches every path under it.
 */
final class LocalHttpServer implements AutoCloseable {
    /** One route's handler: answers through the exchange, or throws and lets {@link Errors} answer. */
    interface Handler {
        void handle(Exchange exchange) throws IOException;
    }

    private record Route(String method, String path, boolean prefix, Handler handler) {
        boolean matches(String method, String requested) {
            return this.method.equals(method) && (prefix ? requested.startsWith(path) : requested.equals(path));
        }
    }

    private static final int THREADS = 4;
    private static final int QUEUED = 64;
    /** Longer than a ticket takes with central unreachable: its timeout, the offline issue and the print. */
    static final int STOP_WAIT_SECONDS = 5;
    private static final Logger access = LoggerFactory.getLogger("skranke.access");

    private final ObjectMapper json;
    private final List<Route> routes = new ArrayList<>();
    private HttpServer server;
    private ThreadPoolExecutor pool;

    LocalHttpServer(ObjectMapper json) {
        this.json = json;
    }

    LocalHttpServer get(String path, Handler handler) {
        return add("GET", path, handler);
    }

    LocalHttpServer post(String path, Handler handler) {
        return add("POST", path, handler);
    }

    private LocalHttpServer add(String method, String path, Handler handler) {
        boolean prefix = path.endsWith("/*");
        routes.add(new Route(method, prefix ? path.substring(0, path.length() - 1) : path, prefix, handler));
        return this;
    }

    /** Binds {@code host:port} (0 picks a free port) and starts answering. */
    void start(String host, int port) {
        pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED),
                named("kiosk-http-"));
        pool.allowCoreThreadTimeOut(true); // an idle kiosk keeps no worker threads
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            pool.shutdown();
            throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
        }
        server.createContext("/", this::dispatch);
        server.setExecutor(pool);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void dispatch(HttpExchange http) {
        long started = System.nanoTime();
        Exchange exchange = new Exchange(http, json);
        try {
            route(exchange);
        } catch (Exception e) {
            answerFailure(exchange, e);
        } finally {
            http.close();
            log(exchange, started);
        }
    }

    private void route(Exchange exchange) throws IOException {
        String method = "HEAD".equals(exchange.method()) ? "GET" : exchange.method();
        String path = exchange.path();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1); // as the page's old server did: trailing slashes ignored
        }
        for (Route route : routes) {
            if (route.matches(method, path)) {
                exchange.rest(route.prefix() ? path.substring(route.path().length()) : "");
                route.handler().handle(exchange);
                return;
            }
        }
        Errors.notFound(exchange);
    }

    private static void answerFailure(Exchange exchange, Exception failure) {
        if (exchange.status() != 0) {
            // the answer had started (e.g. the page went away mid-write): nothing left to tell the client
            access.debug("answer cut path={} reason={}", exchange.path(), failure.toString());
            return;
        }
        try {
            Errors.answer(exchange, failure);
        } catch (IOException | RuntimeException e) {
            access.debug("error answer not sent path={} reason={}", exchange.path(), e.toString());
        }
    }

    private static void log(Exchange exchange, long started) {
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        // GETs are the page polling its state: only worth a line when something went wrong. No query: it may
        // hold a ticket's status address.
        if (!"GET".equals(exchange.method()) || exchange.status() >= 400) {
            access.info("method={} path={} status={} ms={}", exchange.method(), exchange.path(), exchange.status(), ms);
        } else if (access.isDebugEnabled()) {
            access.debug("method={} path={} status={} ms={}", exchange.method(), exchange.path(), exchange.status(),
                    ms);
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Stops taking requests, lets the ones running finish and answer (a ticket being issued is printed,
     * journalled and shown), then closes the connections. Only what is still running after
     * {@link #STOP_WAIT_SECONDS} is interrupted.
     */
    @Override
    public void close() {
        if (server != null) {
            server.stop(STOP_WAIT_SECONDS);
            pool.shutdownNow();
        }
    }
}

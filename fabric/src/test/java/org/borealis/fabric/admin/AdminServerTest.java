package org.borealis.fabric.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import org.borealis.fabric.node.NodeRuntime;
import org.junit.jupiter.api.Test;

class AdminServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(NodeRuntime rt, String path) throws Exception {
        var addr = rt.admin().localAddress();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + addr.getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesPrometheusMetricsTaggedWithTheNode() throws Exception {
        try (NodeRuntime rt = NodeRuntime.start("storage-7", AdminConfig.defaults(), false)) {
            Counter.builder("borealis.test.appends").register(rt.registry()).increment(3);
            HttpResponse<String> r = get(rt, "/metrics");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
            assertThat(r.body()).contains("borealis_test_appends_total{node=\"storage-7\"} 3.0");
            assertThat(r.body()).contains("jvm_memory_used_bytes");
        }
    }

    @Test
    void healthIsUpUntilACheckIsDown() throws Exception {
        try (NodeRuntime rt = NodeRuntime.start("n1", AdminConfig.defaults(), false)) {
            AtomicBoolean ok = new AtomicBoolean(true);
            rt.addHealthCheck("log", () -> ok.get() ? Health.up(Map.of("scl", 42L)) : Health.down("disk \"full\""));
            HttpResponse<String> r = get(rt, "/health");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"node\":\"n1\"").contains("\"scl\":42").contains("\"status\":\"up\"");
            ok.set(false);
            r = get(rt, "/health");
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).contains("\"status\":\"down\"").contains("disk \\\"full\\\"");
        }
    }

    @Test
    void unknownPathsAndMethods() throws Exception {
        try (NodeRuntime rt = NodeRuntime.start("n1", AdminConfig.defaults(), false)) {
            assertThat(get(rt, "/nope").statusCode()).isEqualTo(404);
            var addr = rt.admin().localAddress();
            var post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + addr.getPort() + "/metrics"))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
        }
    }

    @Test
    void bindsLoopbackByDefault() throws Exception {
        try (NodeRuntime rt = NodeRuntime.start("n1", AdminConfig.defaults(), false)) {
            assertThat(rt.admin().localAddress().getAddress().isLoopbackAddress()).isTrue();
        }
    }
}

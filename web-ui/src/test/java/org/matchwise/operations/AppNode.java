package org.matchwise.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * One Matchwise node for the multi-node tests: the production jar ({@code target/matchwise.jar}, which the build
 * makes before the tests, in the process-test-classes phase) in its own JVM, on its own port, with its log in
 * {@code target/nodes/<name>.log}. It can be stopped as a platform stops it (SIGTERM) or killed (SIGKILL).
 */
final class AppNode {

    static final Path JAR = Path.of("target", "matchwise.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    final String name;
    final int port;
    private final Process process;
    final Path log;

    private AppNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static AppNode start(String name, int port, String jdbcUrl, String user, String password, String... extra)
            throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the tests with "
                    + "'./mvnw -pl web-ui -am verify' (or test), which makes the jar before the tests");
        }
        Path dir = Files.createDirectories(Path.of("target", "nodes"));
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // C1 only, as the restore drill starts the jar: a node's start is mostly once-run code
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", JAR.toAbsolutePath().toString(),
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--matchwise.node-name=" + name,
                "--spring.datasource.hikari.connection-timeout=3000",
                "--logging.level.org.matchwise=INFO",
                // the demo admin signs in to node B's UI with the password alone: these tests are about the nodes,
                // the admin's second step has tests of its own (SingleSignOnEndToEndTest, TwoStepServiceTest)
                "--matchwise.login.admin-two-step=false"));
        if (java.util.Arrays.stream(extra).noneMatch(a -> a.startsWith("--matchwise.data-dir="))) {
            // one value per option: Spring joins a repeated command-line option with commas
            command.add("--matchwise.data-dir=" + dir.resolve(name + "-data").toAbsolutePath());
        }
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        return new AppNode(name, port, builder.start(), log);
    }

    /** A port nothing listens on right now. */
    static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** The readiness status code, or -1 while nothing answers. */
    int readiness() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Waits until readiness matches; returns how long it took. */
    Duration awaitReadiness(IntPredicate status, Duration atMost) throws InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
            }
            if (status.test(readiness())) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + ": readiness not as expected within " + atMost + "; see " + log.toAbsolutePath());
    }

    HttpResponse<byte[]> call(String method, String path, String email, String password) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (email != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The same as {@link #call(String, String, String, String)}, with a JSON body. */
    HttpResponse<byte[]> call(String method, String path, String email, String password, String json) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return send(HTTP, b.build());
    }

    /** A call with a personal API token ({@code Authorization: Bearer}). */
    HttpResponse<byte[]> callWithToken(String method, String path, String token) throws IOException {
        return send(HTTP, HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer " + token).build());
    }

    /** A client that keeps cookies (a browser's session) and does not follow redirects. */
    static HttpClient sessionClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in through the login form as a browser does; true when it led anywhere but back to the login page. */
    boolean formLogin(HttpClient session, String email, String password) throws IOException {
        page(session, "/login");
        String form = "username=" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = send(session, HttpRequest.newBuilder(URI.create(base() + "/login"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return r.statusCode() == 302 && !r.headers().firstValue("Location").orElse("").contains("/login");
    }

    /** A page of the UI with the session's cookies. */
    HttpResponse<byte[]> page(HttpClient session, String path) throws IOException {
        return send(session, HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html").GET().build());
    }

    private static HttpResponse<byte[]> send(HttpClient client, HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** SIGTERM, as a platform stops a container; waits for the exit. */
    int stop(Duration atMost) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(name + " did not stop within " + atMost + " after SIGTERM");
        }
        return process.exitValue();
    }

    /** Waits for the process to end by itself; its exit code. */
    int awaitExit(Duration atMost) throws InterruptedException {
        if (!process.waitFor(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(name + " did not exit within " + atMost);
        }
        return process.exitValue();
    }

    /** SIGKILL (kill -9): no shutdown hook, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String logText() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}

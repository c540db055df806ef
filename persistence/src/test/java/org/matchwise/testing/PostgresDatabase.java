package org.matchwise.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Finds the real PostgreSQL server that tests run against, in this order:
 * <ol>
 *   <li>the server named by {@code MATCHWISE_TEST_POSTGRES_URL} (with {@code MATCHWISE_TEST_POSTGRES_USER},
 *       default {@code postgres}, and {@code MATCHWISE_TEST_POSTGRES_PASSWORD}, default empty): CI and
 *       developers with a local server use this;</li>
 *   <li>a Testcontainers PostgreSQL 16 container, where a Docker engine is available;</li>
 *   <li>none: tests that need PostgreSQL are skipped, except under {@code CI=true}, where they fail.</li>
 * </ol>
 * Each test JVM creates its own fresh database on the given server (named {@code matchwise_t_<random>}),
 * so tests never depend on what an earlier run left behind, and several runs can share one server.
 */
public final class PostgresDatabase {

    public static final String URL_VARIABLE = "MATCHWISE_TEST_POSTGRES_URL";

    private static volatile Info info;
    private static volatile boolean resolved;
    /** The server's own URL (the database named there, not this JVM's): fresh databases are made and dropped from it. */
    private static volatile Info server;

    /** Where to connect: JDBC URL, user and password of a database this JVM may use freely. */
    public record Info(String url, String username, String password) {
    }

    private PostgresDatabase() {
    }

    public static synchronized Optional<Info> get() {
        if (!resolved) {
            info = resolve();
            resolved = true;
        }
        return Optional.ofNullable(info);
    }

    /** Why PostgreSQL tests cannot run here, for the skip or failure message. */
    public static String unavailableReason() {
        return "no PostgreSQL for tests: set " + URL_VARIABLE
                + " (for example jdbc:postgresql://127.0.0.1:5432/postgres) or run a Docker engine";
    }

    public static boolean runningInCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Another new, empty database on the same server, for a test that needs a database no other test has
     * touched (an empty user table, a restart on the same data). Dropped when the JVM exits.
     */
    public static Info fresh() {
        Info base = get().orElseThrow(() -> new IllegalStateException(unavailableReason()));
        // from the server's URL, not this JVM's database: at exit that database may be dropped before this one's
        // hook connects through it, which left every fresh database behind
        Info on = server != null ? server : base;
        return freshDatabaseOn(on.url(), on.username(), on.password());
    }

    /** Points Spring's data source at the test database; call from a {@code @DynamicPropertySource} method. */
    public static void register(DynamicPropertyRegistry registry) {
        Info db = get().orElseThrow(() -> new IllegalStateException(unavailableReason()));
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        // a test JVM caches many Spring contexts, each with its own pool: with Hikari's default (10 connections
        // held open per context) one JVM held 90 of the server's 100 connections, and every other run on the
        // server (another module, the multi-node test, a colleague's build) failed with "too many clients".
        // Connections beyond one are opened on demand and closed again after 10 s idle.
        registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
        registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
    }

    private static Info resolve() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            String user = envOr("MATCHWISE_TEST_POSTGRES_USER", "postgres");
            String password = envOr("MATCHWISE_TEST_POSTGRES_PASSWORD", "");
            server = new Info(url.trim(), user, password);
            return freshDatabaseOn(url.trim(), user, password);
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return new Info(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        return null;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Info freshDatabaseOn(String serverUrl, String user, String password) {
        String name = "matchwise_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                var statement = c.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + serverUrl + ": " + e.getMessage(), e);
        }
        String dbUrl = replaceDatabase(serverUrl, name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(serverUrl, user, password, name)));
        return new Info(dbUrl, user, password);
    }

    /** jdbc:postgresql://host:port/db?params -> same with another database name. */
    static String replaceDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        String hostPart = slash < 0 ? base : base.substring(0, slash);
        return hostPart + "/" + database + params;
    }

    private static void dropQuietly(String serverUrl, String user, String password, String name) {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                var statement = c.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            // best effort: a leftover test database is harmless and named so it is easy to find
            System.err.println("could not drop the test database " + name + ": " + e.getMessage());
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}

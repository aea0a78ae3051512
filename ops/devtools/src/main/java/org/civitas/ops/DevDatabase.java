package org.civitas.ops;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Makes sure a PostgreSQL answers on 127.0.0.1:{port} with the given databases. When one already answers
 * (the machine's), it only creates the missing databases and exits. Otherwise it starts an embedded PostgreSQL
 * (a real server, no install needed) with its data under {@code ~/.cache/civitas/pgdata}, prints
 * {@code CIVITAS-DB READY}, and runs until it is stopped.
 *
 * <p>Usage: {@code DevDatabase <port> [--fresh] <database>...}; with {@code --fresh} the databases are dropped
 * and made anew (for test runs).
 */
public final class DevDatabase {
    private DevDatabase() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        boolean fresh = args.length > 1 && args[1].equals("--fresh");
        List<String> databases = List.of(args).subList(fresh ? 2 : 1, args.length);
        if (answers(port)) {
            createDatabases(port, databases, fresh);
            System.out.println("CIVITAS-DB EXTERNAL 127.0.0.1:" + port);
            return;
        }
        Path data = Path.of(System.getProperty("user.home"), ".cache", "civitas", "pgdata");
        Files.createDirectories(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        createDatabases(port, databases, fresh);
        System.out.println("CIVITAS-DB READY embedded 127.0.0.1:" + port + " data " + data);
        new CountDownLatch(1).await();
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void createDatabases(int port, List<String> databases, boolean fresh) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
             Statement st = c.createStatement()) {
            for (String db : databases) {
                if (!db.matches("[a-z][a-z0-9_]*")) {
                    throw new IllegalArgumentException("Not a database name: " + db);
                }
                if (fresh) {
                    st.execute("drop database if exists " + db + " with (force)");
                }
                try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + db + "'")) {
                    if (rs.next()) {
                        continue;
                    }
                }
                st.execute("create database " + db);
                System.out.println("CIVITAS-DB created database " + db);
            }
        }
    }
}

package org.civitas.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct JDBC to the test database: to arrange rows and to check what really got stored. */
public final class TestDatabase {
    public static final String URL = System.getProperty("civitas.it.db.url", "jdbc:postgresql://127.0.0.1:5432/civitas_test");
    public static final String USER = System.getProperty("civitas.it.db.user", "postgres");

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, "");
    }

    public static void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    public static long count(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static String string(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public static boolean schemaExists(String schema) throws SQLException {
        return count("select count(*) from information_schema.schemata where schema_name = ?", schema) == 1;
    }

    public static String schemaOf(String slug) {
        return "tenant_" + slug.replace('-', '_');
    }
}

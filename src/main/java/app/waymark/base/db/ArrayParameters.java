package app.waymark.base.db;

import org.springframework.jdbc.core.PreparedStatementCreator;

import java.sql.PreparedStatement;
import java.util.List;

/**
 * One statement for many rows: scalar parameters first, then one {@code text[]} per column, for SQL of the form
 * {@code insert ... select ... from unnest(?::text[], ?::text[]) as u(a, b) ... returning ...}. Unlike a JDBC batch
 * it can say which rows went in ({@code on conflict do nothing returning id}), in one round trip.
 */
public final class ArrayParameters {

    public static PreparedStatementCreator statement(String sql, List<?> scalars, String[]... columns) {
        return connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            int index = 1;
            for (Object scalar : scalars) {
                statement.setObject(index++, scalar);
            }
            for (String[] column : columns) {
                statement.setArray(index++, connection.createArrayOf("text", column));
            }
            return statement;
        };
    }

    private ArrayParameters() {
    }
}

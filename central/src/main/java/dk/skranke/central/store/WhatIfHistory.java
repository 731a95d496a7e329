package dk.skranke.central.store;

import dk.skranke.core.whatif.Arrival;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The what-if engine's input from the stored tickets of a period: the real arrivals (the first ticket of
 * every visit, at its place in time) and the service times measured on the tickets done.
 */
public final class WhatIfHistory {
    private static final String ARRIVALS = "SELECT queued_at, service FROM tickets WHERE branch = ? AND day >= ?"
            + " AND day <= ? AND transferred_from IS NULL AND queued_at >= ? AND queued_at < ?";
    private static final String SERVICE_TIMES = "SELECT service, finished_at - COALESCE(started_at, called_at)"
            + " FROM tickets WHERE branch = ? AND day >= ? AND day <= ? AND status = 'done'"
            + " AND finished_at IS NOT NULL AND COALESCE(started_at, called_at) IS NOT NULL";

    /** Arrivals of the branch's days {@code from..to} that fall in {@code [start, end)}, in no set order. */
    public List<Arrival> arrivals(Connection c, String branch, LocalDate from, LocalDate to, Instant start,
            Instant end) throws SQLException {
        List<Arrival> arrivals = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(ARRIVALS)) {
            bindDays(s, branch, from, to);
            s.setLong(4, start.toEpochMilli());
            s.setLong(5, end.toEpochMilli());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    arrivals.add(new Arrival(Instant.ofEpochMilli(r.getLong(1)), r.getString(2)));
                }
            }
        }
        return arrivals;
    }

    /** Measured service times per service on the branch's days {@code from..to}. */
    public Map<String, List<Duration>> serviceTimes(Connection c, String branch, LocalDate from, LocalDate to)
            throws SQLException {
        Map<String, List<Duration>> measured = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(SERVICE_TIMES)) {
            bindDays(s, branch, from, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    measured.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(Duration.ofMillis(Math.max(0, r.getLong(2))));
                }
            }
        }
        return measured;
    }

    private static void bindDays(PreparedStatement s, String branch, LocalDate from, LocalDate to)
            throws SQLException {
        s.setString(1, branch);
        s.setString(2, from.toString());
        s.setString(3, to.toString());
    }
}

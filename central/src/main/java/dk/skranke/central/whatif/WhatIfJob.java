package dk.skranke.central.whatif;

import dk.skranke.core.whatif.Comparison;
import dk.skranke.core.whatif.ComparisonRow;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/** One what-if run in the background: its state, progress (0 to 1) and, when done, the comparison. */
public final class WhatIfJob {
    /** Where a job is in its life. */
    public enum State { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

    private final String id;
    private final String branch;
    private final OffsetDateTime created;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private volatile State state = State.QUEUED;
    private volatile double progress;
    private volatile Instant ended;
    private volatile Comparison result;
    private volatile Map<String, Object> error;

    WhatIfJob(String id, String branch, OffsetDateTime created) {
        this.id = id;
        this.branch = branch;
        this.created = created;
    }

    public String id() {
        return id;
    }

    public String branch() {
        return branch;
    }

    public State state() {
        return state;
    }

    Instant ended() {
        return ended;
    }

    boolean isActive() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    boolean cancelRequested() {
        return cancelRequested.get();
    }

    void requestCancel() {
        cancelRequested.set(true);
    }

    void running() {
        state = State.RUNNING;
    }

    void progress(double fraction) {
        progress = Math.max(progress, Math.min(1, fraction));
    }

    void done(Comparison comparison, Instant now) {
        result = comparison;
        progress = 1;
        end(State.DONE, now);
    }

    void failed(State how, String code, String message, Instant now) {
        Map<String, Object> failure = new LinkedHashMap<>();
        failure.put("error", code);
        failure.put("message", message);
        error = failure;
        end(how, now);
    }

    private void end(State how, Instant now) {
        ended = now;
        state = how;
    }

    /** The job as {@code GET /what-if/{job}} shows it. */
    public Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("branch", branch);
        view.put("state", state.name().toLowerCase(Locale.ROOT));
        view.put("progress", Math.round(progress * 1000) / 1000.0);
        view.put("createdAt", created);
        view.put("result", result == null ? null : comparison(result));
        view.put("error", error);
        return view;
    }

    /** Both results in full, and the headline measures side by side. */
    public static Map<String, Object> comparison(Comparison comparison) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("first", comparison.first());
        view.put("second", comparison.second());
        List<Map<String, Object>> rows = comparison.rows().stream().map(WhatIfJob::row).toList();
        view.put("rows", rows);
        return view;
    }

    private static Map<String, Object> row(ComparisonRow row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("measure", row.measure());
        view.put("first", row.first());
        view.put("second", row.second());
        view.put("difference", row.difference());
        return view;
    }
}

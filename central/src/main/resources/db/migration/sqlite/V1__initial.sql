-- Times are epoch milliseconds (UTC); `day` is the branch-local date (Europe/Copenhagen) as yyyy-mm-dd.

CREATE TABLE tickets (
    id                     TEXT PRIMARY KEY,
    branch                 TEXT NOT NULL,
    service                TEXT NOT NULL,
    day                    TEXT NOT NULL,
    seq                    INTEGER NOT NULL,
    number                 TEXT NOT NULL,
    kind                   TEXT NOT NULL,
    status                 TEXT NOT NULL,
    language               TEXT NOT NULL,
    issued_at              BIGINT NOT NULL,
    queued_at              BIGINT NOT NULL,
    due_at                 BIGINT,
    called_at              BIGINT,
    started_at             BIGINT,
    finished_at            BIGINT,
    desk                   TEXT,
    call_count             INTEGER NOT NULL DEFAULT 0,
    outcomes               TEXT NOT NULL DEFAULT '',
    appointment_id         TEXT,
    transferred_from       TEXT,
    public_token           TEXT NOT NULL,
    issued_offline         INTEGER NOT NULL DEFAULT 0,
    estimated_wait_minutes INTEGER
);
-- The guarantee behind "never the same number twice a day in a branch": a transfer successor
-- shares its predecessor's number, every other ticket must have its own.
CREATE UNIQUE INDEX tickets_unique_number ON tickets (branch, day, number) WHERE transferred_from IS NULL;
CREATE INDEX tickets_branch_day_status ON tickets (branch, day, status);
CREATE INDEX tickets_public_token ON tickets (public_token);

CREATE TABLE number_counters (
    branch   TEXT NOT NULL,
    service  TEXT NOT NULL,
    day      TEXT NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (branch, service, day)
);

CREATE TABLE number_blocks (
    id         TEXT PRIMARY KEY,
    branch     TEXT NOT NULL,
    service    TEXT NOT NULL,
    day        TEXT NOT NULL,
    holder     TEXT NOT NULL,
    first_seq  INTEGER NOT NULL,
    last_seq   INTEGER NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE events (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    branch    TEXT NOT NULL,
    type      TEXT NOT NULL,
    at        BIGINT NOT NULL,
    actor     TEXT NOT NULL,
    ticket_id TEXT,
    desk      TEXT,
    service   TEXT,
    data      TEXT NOT NULL
);
CREATE INDEX events_branch_id ON events (branch, id);

CREATE TABLE idempotency (
    branch            TEXT NOT NULL,
    client_request_id TEXT NOT NULL,
    operation         TEXT NOT NULL,
    fingerprint       TEXT NOT NULL,
    ticket_id         TEXT,
    created_at        BIGINT NOT NULL,
    PRIMARY KEY (branch, client_request_id)
);

CREATE TABLE appointments (
    id            TEXT PRIMARY KEY,
    branch        TEXT NOT NULL,
    service       TEXT NOT NULL,
    start_at      BIGINT NOT NULL,
    duration_s    INTEGER NOT NULL,
    code          TEXT NOT NULL,
    reference     TEXT,
    checked_in_at BIGINT,
    ticket_id     TEXT,
    created_at    BIGINT NOT NULL
);
CREATE UNIQUE INDEX appointments_code ON appointments (branch, code);
CREATE INDEX appointments_branch_start ON appointments (branch, start_at);

CREATE TABLE desk_states (
    branch     TEXT NOT NULL,
    desk       TEXT NOT NULL,
    is_open    INTEGER NOT NULL,
    changed_at BIGINT NOT NULL,
    PRIMARY KEY (branch, desk)
);

CREATE TABLE devices (
    id        TEXT PRIMARY KEY,
    branch    TEXT NOT NULL,
    role      TEXT NOT NULL,
    printer   TEXT,
    version   TEXT,
    details   TEXT,
    last_seen BIGINT NOT NULL
);

-- Staff sign-in sessions (issue 11), so a restart of central does not sign every clerk out.
-- The session id lives only in the clerk's cookie: central keeps its SHA-256 (session_key).
-- credential is the SHA-256 of the user's password hash when the session started: a new
-- password in the configuration ends the user's sessions. Rights come from the configuration
-- at each use, never from this table.
CREATE TABLE staff_sessions (
    session_key TEXT PRIMARY KEY,
    username    TEXT NOT NULL,
    credential  TEXT NOT NULL,
    csrf        TEXT NOT NULL,
    started_at  BIGINT NOT NULL,
    last_used   BIGINT NOT NULL
);
CREATE INDEX staff_sessions_last_used ON staff_sessions (last_used);

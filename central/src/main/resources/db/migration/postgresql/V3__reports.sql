-- Reports (issue 6). Partial indexes, so the hot path (appending events) pays only for the few
-- event types the reports and the retention purge look up.

-- The first call of a ticket that was recalled (tickets.called_at holds the latest call); covering.
CREATE INDEX events_ticket_called ON events (ticket_id, at) WHERE type = 'ticket.called';

-- The kiosk's nudge answers of a branch in a period.
CREATE INDEX events_nudges ON events (branch, at) WHERE type = 'nudge.answered';

-- The retention purge checks booked-appointment events for personal fields.
CREATE INDEX events_appointments_booked ON events (at) WHERE type = 'appointment.booked';

-- Appointments whose personal fields are due to be purged.
CREATE INDEX appointments_start ON appointments (start_at);

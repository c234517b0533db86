-- Correction tickets (数据纠错): a consumer flags a record or a field of a resource; the provider accepts
-- (naming the data version that fixes it) or rejects (with a reason) before a deadline. Every change is an event.
CREATE TABLE tickets (
  id                      INTEGER PRIMARY KEY,
  resource_id             INTEGER NOT NULL REFERENCES resources(id),
  seen_version            INTEGER,
  row_id                  INTEGER,
  record_key              TEXT,
  item                    TEXT,
  reason                  TEXT NOT NULL,
  proposed_value          TEXT,
  reporter_id             INTEGER NOT NULL REFERENCES users(id),
  reporter_name           TEXT NOT NULL,
  reporter_department_id  INTEGER REFERENCES departments(id),
  provider_id             INTEGER NOT NULL REFERENCES departments(id),
  status                  TEXT NOT NULL,
  deadline                TEXT NOT NULL,
  fixed_in_version        INTEGER,
  rejection_reason        TEXT,
  created_at              TEXT NOT NULL,
  closed_at               TEXT
);
CREATE INDEX ix_tickets_provider ON tickets(provider_id, status, deadline);
CREATE INDEX ix_tickets_resource ON tickets(resource_id, id);
CREATE INDEX ix_tickets_reporter ON tickets(reporter_id, id);

CREATE TABLE ticket_events (
  id          INTEGER PRIMARY KEY,
  ticket_id   INTEGER NOT NULL REFERENCES tickets(id),
  action      TEXT NOT NULL,
  actor_id    INTEGER NOT NULL REFERENCES users(id),
  actor_name  TEXT NOT NULL,
  at          TEXT NOT NULL,
  note        TEXT
);
CREATE INDEX ix_ticket_events_ticket ON ticket_events(ticket_id, id);

-- Keys and the audit trail.
-- data_keys: SM4 keys wrapped (SM4-GCM) by the master key. name = 'data' for the rotating data keys (the newest
-- unretired one encrypts, every one decrypts); any other name is a platform key (e.g. 'audit.subjects'),
-- created once and never rotated, because values keyed by it must stay comparable.
CREATE TABLE data_keys (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  wrapped     BLOB NOT NULL,
  created_at  TEXT NOT NULL,
  retired_at  TEXT
);
CREATE UNIQUE INDEX ux_data_keys_platform ON data_keys(name) WHERE name <> 'data';

-- audit_events: append-only, hash-chained (docs/security.md, "Audit trail"). at is Unix time in microseconds
-- (UTC) so that the canonical form is exact; items is a JSON array; subjects is the concatenation of 32-byte
-- HMAC-SM3 subject hashes; hash = SM3(prev_hash || canonical event).
CREATE TABLE audit_events (
  seq             INTEGER PRIMARY KEY,
  at              INTEGER NOT NULL,
  user_id         INTEGER,
  username        TEXT,
  role            TEXT,
  department_id   INTEGER,
  application_id  INTEGER,
  ip              TEXT,
  action          TEXT NOT NULL,
  resource_code   TEXT,
  items           TEXT,
  row_count       INTEGER,
  filter          TEXT,
  grant_id        INTEGER,
  purpose         TEXT,
  result          TEXT NOT NULL,
  detail          TEXT,
  subjects        BLOB,
  prev_hash       BLOB NOT NULL,
  hash            BLOB NOT NULL
);
CREATE INDEX ix_audit_events_at ON audit_events(at);
CREATE INDEX ix_audit_events_user ON audit_events(user_id, at);
CREATE INDEX ix_audit_events_department ON audit_events(department_id, at);
CREATE INDEX ix_audit_events_resource ON audit_events(resource_code, at);

-- An index of audit_events.subjects for the transparency lookup; rebuilt from the events if ever lost.
CREATE TABLE audit_subjects (
  subject_hash  BLOB NOT NULL,
  seq           INTEGER NOT NULL,
  PRIMARY KEY (subject_hash, seq)
) WITHOUT ROWID;

-- The chain's head: the last appended event (seq 0 and 32 zero bytes before the first).
CREATE TABLE audit_head (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  seq   INTEGER NOT NULL,
  hash  BLOB NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, zeroblob(32));

-- Signed checkpoints: signature = SM2 over "ZYCP1" || seq || hash || at (docs/security.md).
CREATE TABLE audit_checkpoints (
  seq        INTEGER PRIMARY KEY,
  hash       BLOB NOT NULL,
  at         INTEGER NOT NULL,
  signer     TEXT NOT NULL,
  signature  BLOB NOT NULL
);

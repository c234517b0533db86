-- Data collection: immutable dataset versions and the load jobs that produce them.
CREATE TABLE load_jobs (
  id              TEXT PRIMARY KEY,
  resource_id     INTEGER NOT NULL REFERENCES resources(id),
  state           TEXT NOT NULL,
  mode            TEXT NOT NULL,
  source          TEXT NOT NULL,
  bytes_total     INTEGER,
  bytes_read      INTEGER NOT NULL DEFAULT 0,
  rows_read       INTEGER NOT NULL DEFAULT 0,
  rows_rejected   INTEGER NOT NULL DEFAULT 0,
  version         INTEGER,
  error           TEXT,
  report          TEXT,
  created_by      TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  started_at      TEXT,
  finished_at     TEXT
);
CREATE INDEX ix_load_jobs_resource ON load_jobs(resource_id, created_at);

CREATE TABLE dataset_versions (
  resource_id     INTEGER NOT NULL REFERENCES resources(id),
  version         INTEGER NOT NULL,
  job_id          TEXT NOT NULL REFERENCES load_jobs(id),
  mode            TEXT NOT NULL,
  source          TEXT NOT NULL,
  file            TEXT NOT NULL,
  rejects_file    TEXT,
  changes_file    TEXT,
  row_count       INTEGER NOT NULL,
  rows_rejected   INTEGER NOT NULL,
  inserted        INTEGER NOT NULL,
  updated         INTEGER NOT NULL,
  deleted         INTEGER NOT NULL,
  bytes           INTEGER NOT NULL,
  columns         TEXT NOT NULL,
  profile         TEXT NOT NULL,
  loaded_by       TEXT NOT NULL,
  loaded_at       TEXT NOT NULL,
  PRIMARY KEY (resource_id, version)
);

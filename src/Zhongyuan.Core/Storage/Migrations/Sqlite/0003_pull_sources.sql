-- Pull sources: at most one per resource. Secrets (the connection string, the header value) are stored
-- encrypted by SecretBox ("v1:<nonce>:<cipher+tag>"), never in plain text.
CREATE TABLE pull_sources (
  resource_id     INTEGER PRIMARY KEY REFERENCES resources(id),
  kind            TEXT NOT NULL,
  connection      TEXT,
  query           TEXT,
  url             TEXT,
  header_name     TEXT,
  header_value    TEXT,
  enabled         INTEGER NOT NULL,
  last_run_at     TEXT,
  next_run_at     TEXT,
  last_job_id     TEXT,
  updated_by      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);

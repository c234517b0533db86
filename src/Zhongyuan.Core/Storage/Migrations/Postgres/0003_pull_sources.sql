-- Pull sources: at most one per resource. Secrets (the connection string, the header value) are stored
-- encrypted by SecretBox ("v1:<nonce>:<cipher+tag>"), never in plain text.
CREATE TABLE pull_sources (
  resource_id     bigint PRIMARY KEY REFERENCES resources(id),
  kind            text NOT NULL,
  connection      text,
  query           text,
  url             text,
  header_name     text,
  header_value    text,
  enabled         boolean NOT NULL,
  last_run_at     timestamptz,
  next_run_at     timestamptz,
  last_job_id     text,
  updated_by      text NOT NULL,
  updated_at      timestamptz NOT NULL
);

-- Data collection: immutable dataset versions and the load jobs that produce them.
CREATE TABLE load_jobs (
  id              text PRIMARY KEY,
  resource_id     bigint NOT NULL REFERENCES resources(id),
  state           text NOT NULL,
  mode            text NOT NULL,
  source          text NOT NULL,
  bytes_total     bigint,
  bytes_read      bigint NOT NULL DEFAULT 0,
  rows_read       bigint NOT NULL DEFAULT 0,
  rows_rejected   bigint NOT NULL DEFAULT 0,
  version         integer,
  error           text,
  report          text,
  created_by      text NOT NULL,
  created_at      timestamptz NOT NULL,
  started_at      timestamptz,
  finished_at     timestamptz
);
CREATE INDEX ix_load_jobs_resource ON load_jobs(resource_id, created_at);

CREATE TABLE dataset_versions (
  resource_id     bigint NOT NULL REFERENCES resources(id),
  version         integer NOT NULL,
  job_id          text NOT NULL REFERENCES load_jobs(id),
  mode            text NOT NULL,
  source          text NOT NULL,
  file            text NOT NULL,
  rejects_file    text,
  changes_file    text,
  row_count       bigint NOT NULL,
  rows_rejected   bigint NOT NULL,
  inserted        bigint NOT NULL,
  updated         bigint NOT NULL,
  deleted         bigint NOT NULL,
  bytes           bigint NOT NULL,
  columns         text NOT NULL,
  profile         text NOT NULL,
  loaded_by       text NOT NULL,
  loaded_at       timestamptz NOT NULL,
  PRIMARY KEY (resource_id, version)
);

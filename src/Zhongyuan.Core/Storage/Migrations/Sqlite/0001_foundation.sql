-- Foundation: departments, the resource catalog with its versions and events, users and API tokens.
CREATE TABLE departments (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL UNIQUE,
  short_name   TEXT NOT NULL,
  credit_code  TEXT NOT NULL UNIQUE,
  region_code  TEXT NOT NULL,
  level        TEXT NOT NULL,
  parent_id    INTEGER REFERENCES departments(id),
  created_at   TEXT NOT NULL
);

CREATE TABLE code_sequences (
  classification TEXT PRIMARY KEY,
  last_value     INTEGER NOT NULL
);

CREATE TABLE resources (
  id             INTEGER PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE,
  classification TEXT NOT NULL,
  provider_id    INTEGER NOT NULL REFERENCES departments(id),
  name           TEXT NOT NULL,
  name_key       TEXT NOT NULL,
  status         TEXT NOT NULL,
  version        INTEGER NOT NULL,
  metadata       TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  publish_date   TEXT,
  UNIQUE (provider_id, name_key)
);
CREATE INDEX ix_resources_status ON resources(status, id);

CREATE TABLE resource_versions (
  resource_id  INTEGER NOT NULL REFERENCES resources(id),
  version      INTEGER NOT NULL,
  metadata     TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  created_by   TEXT NOT NULL,
  PRIMARY KEY (resource_id, version)
);

CREATE TABLE resource_events (
  id           INTEGER PRIMARY KEY,
  resource_id  INTEGER NOT NULL REFERENCES resources(id),
  action       TEXT NOT NULL,
  from_status  TEXT,
  to_status    TEXT NOT NULL,
  version      INTEGER NOT NULL,
  actor        TEXT NOT NULL,
  at           TEXT NOT NULL,
  note         TEXT
);
CREATE INDEX ix_resource_events_resource ON resource_events(resource_id, id);

CREATE TABLE users (
  id                    INTEGER PRIMARY KEY,
  username              TEXT NOT NULL UNIQUE,
  display_name          TEXT NOT NULL,
  password_hash         TEXT NOT NULL,
  role                  TEXT NOT NULL,
  department_id         INTEGER REFERENCES departments(id),
  must_change_password  INTEGER NOT NULL,
  created_at            TEXT NOT NULL
);

CREATE TABLE api_tokens (
  id           INTEGER PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users(id),
  name         TEXT NOT NULL,
  token_hash   TEXT NOT NULL UNIQUE,
  scopes       TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  expires_at   TEXT,
  revoked_at   TEXT
);

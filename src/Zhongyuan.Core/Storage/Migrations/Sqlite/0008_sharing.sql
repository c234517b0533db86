-- Sharing (共享交换): the applications (应用) departments register to call the API, their keys, share requests
-- (共享申请) and the grants (授权) that answer them, with every change of a grant as an event.
CREATE TABLE applications (
  id             INTEGER PRIMARY KEY,
  department_id  INTEGER NOT NULL REFERENCES departments(id),
  name           TEXT NOT NULL,
  description    TEXT,
  contact        TEXT,
  enabled        INTEGER NOT NULL,
  created_by     TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  UNIQUE (department_id, name)
);

CREATE TABLE application_keys (
  id              INTEGER PRIMARY KEY,
  application_id  INTEGER NOT NULL REFERENCES applications(id),
  name            TEXT NOT NULL,
  key_hash        TEXT NOT NULL UNIQUE,
  hint            TEXT NOT NULL,
  created_by      TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  expires_at      TEXT,
  revoked_at      TEXT
);
CREATE INDEX ix_application_keys_application ON application_keys(application_id, id);

CREATE TABLE share_requests (
  id                      INTEGER PRIMARY KEY,
  resource_id             INTEGER NOT NULL REFERENCES resources(id),
  application_id          INTEGER NOT NULL REFERENCES applications(id),
  consumer_department_id  INTEGER NOT NULL REFERENCES departments(id),
  provider_id             INTEGER NOT NULL REFERENCES departments(id),
  requester_id            INTEGER NOT NULL REFERENCES users(id),
  requester_name          TEXT NOT NULL,
  share_type              TEXT NOT NULL,
  purpose                 TEXT NOT NULL,
  legal_basis             TEXT,
  items                   TEXT NOT NULL,
  row_filter              TEXT,
  starts_at               TEXT NOT NULL,
  ends_at                 TEXT NOT NULL,
  expected_volume         TEXT,
  complex                 INTEGER NOT NULL,
  status                  TEXT NOT NULL,
  deadline                TEXT,
  created_at              TEXT NOT NULL,
  decided_by              TEXT,
  decided_at              TEXT,
  refusal_reason          TEXT,
  grant_id                INTEGER
);
CREATE INDEX ix_share_requests_provider ON share_requests(provider_id, status, deadline);
CREATE INDEX ix_share_requests_consumer ON share_requests(consumer_department_id, id);
CREATE INDEX ix_share_requests_application ON share_requests(application_id, resource_id, status);

CREATE TABLE grants (
  id                      INTEGER PRIMARY KEY,
  request_id              INTEGER REFERENCES share_requests(id),
  application_id          INTEGER NOT NULL REFERENCES applications(id),
  consumer_department_id  INTEGER NOT NULL REFERENCES departments(id),
  resource_id             INTEGER NOT NULL REFERENCES resources(id),
  provider_id             INTEGER NOT NULL REFERENCES departments(id),
  items                   TEXT NOT NULL,
  row_filter              TEXT,
  masking                 TEXT NOT NULL,
  purpose                 TEXT NOT NULL,
  starts_at               TEXT NOT NULL,
  ends_at                 TEXT NOT NULL,
  daily_quota             INTEGER,
  status                  TEXT NOT NULL,
  granted_by              TEXT NOT NULL,
  granted_at              TEXT NOT NULL
);
CREATE INDEX ix_grants_lookup ON grants(application_id, resource_id, status);
CREATE INDEX ix_grants_provider ON grants(provider_id, id);
CREATE INDEX ix_grants_consumer ON grants(consumer_department_id, id);

CREATE TABLE grant_events (
  id        INTEGER PRIMARY KEY,
  grant_id  INTEGER NOT NULL REFERENCES grants(id),
  action    TEXT NOT NULL,
  actor     TEXT NOT NULL,
  at        TEXT NOT NULL,
  note      TEXT
);
CREATE INDEX ix_grant_events_grant ON grant_events(grant_id, id);

-- Interaction and feedback (互动反馈): the showcase of uses (成果展示, moderated), the public's data requests (数据需求,
-- answered by the asked department), and ratings and comments on resources. Resources are referred to by their code,
-- which is stable for the life of the catalog.
CREATE TABLE showcase_entries (
  id                 INTEGER PRIMARY KEY,
  title              TEXT NOT NULL,
  kind               TEXT NOT NULL,
  description        TEXT NOT NULL,
  url                TEXT NOT NULL,
  resource_codes     TEXT NOT NULL,
  submitter_id       INTEGER NOT NULL REFERENCES users(id),
  submitter_name     TEXT NOT NULL,
  status             TEXT NOT NULL,
  moderator_id       INTEGER REFERENCES users(id),
  moderator_name     TEXT,
  moderation_reason  TEXT,
  moderated_at       TEXT,
  created_at         TEXT NOT NULL
);
CREATE INDEX ix_showcase_entries_status ON showcase_entries(status, id);

CREATE TABLE showcase_resources (
  entry_id       INTEGER NOT NULL REFERENCES showcase_entries(id),
  resource_code  TEXT NOT NULL,
  PRIMARY KEY (entry_id, resource_code)
);
CREATE INDEX ix_showcase_resources_code ON showcase_resources(resource_code, entry_id);

CREATE TABLE data_requests (
  id                INTEGER PRIMARY KEY,
  title             TEXT NOT NULL,
  description       TEXT NOT NULL,
  department_id     INTEGER REFERENCES departments(id),
  purpose           TEXT NOT NULL,
  requester_id      INTEGER NOT NULL REFERENCES users(id),
  requester_name    TEXT NOT NULL,
  status            TEXT NOT NULL,
  answer            TEXT,
  answered_by_id    INTEGER REFERENCES users(id),
  answered_by_name  TEXT,
  answered_at       TEXT,
  created_at        TEXT NOT NULL
);
CREATE INDEX ix_data_requests_department ON data_requests(department_id, id);
CREATE INDEX ix_data_requests_status ON data_requests(status, id);

CREATE TABLE resource_ratings (
  resource_code  TEXT NOT NULL,
  user_id        INTEGER NOT NULL REFERENCES users(id),
  stars          INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
  rated_at       TEXT NOT NULL,
  PRIMARY KEY (resource_code, user_id)
);

CREATE TABLE resource_comments (
  id              INTEGER PRIMARY KEY,
  resource_code   TEXT NOT NULL,
  author_id       INTEGER NOT NULL REFERENCES users(id),
  author_name     TEXT NOT NULL,
  text            TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  hidden_by_name  TEXT,
  hidden_at       TEXT
);
CREATE INDEX ix_resource_comments_code ON resource_comments(resource_code, id);

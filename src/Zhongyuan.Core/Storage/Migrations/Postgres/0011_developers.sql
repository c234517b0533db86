-- Developer centre (开发者中心): registered developers (role Developer, no department) sign themselves up, apply for
-- 有条件开放 resources and hold API keys. An application (应用) applied for by a developer belongs to the platform's
-- pseudo-department 社会开发者 (created on first use) and to its owner, the developer (owner_user_id); a department's
-- own applications keep owner_user_id null. Usage per application key per China day (calls, rows) feeds the centre.
CREATE TABLE developers (
  user_id     bigint PRIMARY KEY REFERENCES users(id),
  email       text NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL
);

ALTER TABLE applications ADD COLUMN owner_user_id bigint REFERENCES users(id);
CREATE INDEX ix_applications_owner ON applications(owner_user_id);

CREATE TABLE key_usage (
  key_id      bigint NOT NULL,
  day         text NOT NULL,
  rows        bigint NOT NULL,
  requests    bigint NOT NULL,
  updated_at  timestamptz NOT NULL,
  PRIMARY KEY (key_id, day)
);

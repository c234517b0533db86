-- grant_usage: rows (and requests) delivered per grant per day in China (UTC+8), for daily quotas (docs/sharing.md).
-- day is 'yyyy-MM-dd'. grant_id has no foreign key: usage outlives a revoked grant and is kept for metering.
CREATE TABLE grant_usage (
  grant_id    INTEGER NOT NULL,
  day         TEXT NOT NULL,
  rows        INTEGER NOT NULL,
  requests    INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (grant_id, day)
);

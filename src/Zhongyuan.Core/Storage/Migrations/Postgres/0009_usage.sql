-- grant_usage: rows (and requests) delivered per grant per day in China (UTC+8), for daily quotas (docs/sharing.md).
-- day is 'yyyy-MM-dd'. grant_id has no foreign key: usage outlives a revoked grant and is kept for metering.
CREATE TABLE grant_usage (
  grant_id    bigint NOT NULL,
  day         text NOT NULL,
  rows        bigint NOT NULL,
  requests    bigint NOT NULL,
  updated_at  timestamptz NOT NULL,
  PRIMARY KEY (grant_id, day)
);

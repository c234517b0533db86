-- Subscriptions (库表交换): an application follows the change sets of a resource it holds a grant on, by pulling
-- them (mode 'Pull') or by webhook (mode 'Webhook'). The cursor is the last delivered position: cursor_version with
-- cursor_after null means every version up to it; with cursor_after set, version cursor_version is delivered up to
-- that keyset token (cursor_kind 'c' change set or 's' snapshot). The webhook secret is an SM4 envelope (KeyRing).
CREATE TABLE subscriptions (
  id               INTEGER PRIMARY KEY,
  application_id   INTEGER NOT NULL,
  department_id    INTEGER,
  resource_code    TEXT NOT NULL,
  mode             TEXT NOT NULL,
  url              TEXT,
  secret           TEXT,
  cursor_version   INTEGER NOT NULL,
  cursor_kind      TEXT,
  cursor_after     TEXT,
  status           TEXT NOT NULL,
  attempts         INTEGER NOT NULL,
  next_attempt_at  TEXT,
  last_error       TEXT,
  created_by       TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX ix_subscriptions_application ON subscriptions(application_id, id);
CREATE INDEX ix_subscriptions_mode ON subscriptions(mode, status);

-- One row per webhook attempt: the delivery id (X-ZY-Delivery) stays the same across the retries of one page.
CREATE TABLE subscription_deliveries (
  id               INTEGER PRIMARY KEY,
  subscription_id  INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
  delivery_id      TEXT NOT NULL,
  version          INTEGER NOT NULL,
  kind             TEXT NOT NULL,
  rows             INTEGER NOT NULL,
  attempt          INTEGER NOT NULL,
  status           TEXT NOT NULL,
  http_status      INTEGER,
  error            TEXT,
  attempted_at     TEXT NOT NULL,
  next_attempt_at  TEXT
);
CREATE INDEX ix_subscription_deliveries_subscription ON subscription_deliveries(subscription_id, id);

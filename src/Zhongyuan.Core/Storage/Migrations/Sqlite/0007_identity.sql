-- Identity: disabled accounts, lockout after failed sign-ins, sign-in times, and a session version that ends the
-- cookie sessions of an account when its password, role or status changes.
ALTER TABLE users ADD COLUMN disabled_at TEXT;
ALTER TABLE users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TEXT;
ALTER TABLE users ADD COLUMN last_sign_in_at TEXT;
ALTER TABLE users ADD COLUMN session_version INTEGER NOT NULL DEFAULT 0;
CREATE INDEX ix_users_role ON users(role);
CREATE INDEX ix_api_tokens_user ON api_tokens(user_id);

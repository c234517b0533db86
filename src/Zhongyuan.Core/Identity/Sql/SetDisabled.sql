-- Refused (no row changed) when disabling the last active holder of an administrator role.
UPDATE users SET disabled_at = @DisabledAt, session_version = session_version + 1
WHERE id = @Id
  AND (@Guard IS NULL OR (SELECT COUNT(*) FROM users o WHERE o.role = @Guard AND o.disabled_at IS NULL AND o.id <> @Id) > 0)

-- Refused (no row changed) when the account is the last active holder of an administrator role it would lose.
UPDATE users SET role = @Role, department_id = @DepartmentId, session_version = session_version + 1
WHERE id = @Id
  AND (@Guard IS NULL OR (SELECT COUNT(*) FROM users o WHERE o.role = @Guard AND o.disabled_at IS NULL AND o.id <> @Id) > 0)

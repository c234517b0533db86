SELECT id AS Id, username AS Username, display_name AS DisplayName, role AS Role, department_id AS DepartmentId,
       must_change_password AS MustChangePassword, disabled_at AS DisabledAt, locked_until AS LockedUntil,
       failed_sign_ins AS FailedSignIns, created_at AS CreatedAt, last_sign_in_at AS LastSignInAt,
       session_version AS SessionVersion, password_hash AS PasswordHash
FROM users
WHERE (@Pattern IS NULL OR lower(username) LIKE @Pattern OR lower(display_name) LIKE @Pattern)
  AND (@Role IS NULL OR role = @Role)
  AND (@DepartmentId IS NULL OR department_id = @DepartmentId)
  AND (@Disabled IS NULL OR (CASE WHEN disabled_at IS NULL THEN 0 ELSE 1 END) = @Disabled)
ORDER BY username
LIMIT @Limit OFFSET @Offset

SELECT COUNT(*)
FROM users
WHERE (@Pattern IS NULL OR lower(username) LIKE @Pattern OR lower(display_name) LIKE @Pattern)
  AND (@Role IS NULL OR role = @Role)
  AND (@DepartmentId IS NULL OR department_id = @DepartmentId)
  AND (@Disabled IS NULL OR (CASE WHEN disabled_at IS NULL THEN 0 ELSE 1 END) = @Disabled)

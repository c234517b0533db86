INSERT INTO users (username, display_name, password_hash, role, department_id, must_change_password, created_at)
VALUES (@Username, @DisplayName, @PasswordHash, @Role, @DepartmentId, @MustChangePassword, @CreatedAt)
RETURNING id

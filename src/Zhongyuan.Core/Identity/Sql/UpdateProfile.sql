UPDATE users SET display_name = @DisplayName, department_id = @DepartmentId
WHERE id = @Id

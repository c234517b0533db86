INSERT INTO applications (department_id, name, description, contact, enabled, created_by, created_at, updated_at)
VALUES (@DepartmentId, @Name, @Description, @Contact, @Enabled, @CreatedBy, @CreatedAt, @CreatedAt)
RETURNING id

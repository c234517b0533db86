INSERT INTO applications (department_id, name, description, contact, enabled, created_by, created_at, updated_at, owner_user_id)
VALUES (@DepartmentId, @Name, @Description, @Contact, @Enabled, @CreatedBy, @CreatedAt, @CreatedAt, @OwnerUserId)
RETURNING id

INSERT INTO data_requests (title, description, department_id, purpose, requester_id, requester_name, status, created_at)
VALUES (@Title, @Description, @DepartmentId, @Purpose, @RequesterId, @RequesterName, @Status, @CreatedAt)
RETURNING id

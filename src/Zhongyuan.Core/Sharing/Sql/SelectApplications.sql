SELECT a.id AS Id, a.department_id AS DepartmentId, d.name AS DepartmentName, a.name AS Name, a.description AS Description,
       a.contact AS Contact, a.enabled AS Enabled, a.created_by AS CreatedBy, a.created_at AS CreatedAt, a.updated_at AS UpdatedAt
FROM applications a
JOIN departments d ON d.id = a.department_id

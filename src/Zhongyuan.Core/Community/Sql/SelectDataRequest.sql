SELECT q.id AS Id, q.title AS Title, q.description AS Description, q.department_id AS DepartmentId, d.name AS DepartmentName,
       q.purpose AS Purpose, q.requester_id AS RequesterId, q.requester_name AS RequesterName, q.status AS Status, q.answer AS Answer,
       q.answered_by_id AS AnsweredById, q.answered_by_name AS AnsweredByName, q.answered_at AS AnsweredAt, q.created_at AS CreatedAt
FROM data_requests q
LEFT JOIN departments d ON d.id = q.department_id

SELECT 'data' AS Kind, q.created_at AS CreatedAt, q.answered_at AS DoneAt
FROM data_requests q WHERE q.department_id = @DepartmentId
UNION ALL
SELECT 'share' AS Kind, r.created_at AS CreatedAt, r.decided_at AS DoneAt
FROM share_requests r WHERE r.provider_id = @DepartmentId AND r.decided_at IS NOT NULL

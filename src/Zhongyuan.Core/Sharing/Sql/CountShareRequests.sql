SELECT COUNT(*)
FROM share_requests q
JOIN applications a ON a.id = q.application_id

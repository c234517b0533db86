SELECT COUNT(*)
FROM share_requests q
JOIN resources r ON r.id = q.resource_id
WHERE q.application_id = @ApplicationId AND r.code = @ResourceCode AND q.status = 'Pending'

SELECT k.id AS Id, k.application_id AS ApplicationId, k.name AS Name, k.hint AS Hint, k.created_by AS CreatedBy, k.created_at AS CreatedAt,
       k.expires_at AS ExpiresAt, k.revoked_at AS RevokedAt, a.name AS ApplicationName,
       (SELECT r.code FROM share_requests q JOIN resources r ON r.id = q.resource_id WHERE q.application_id = a.id ORDER BY q.id DESC LIMIT 1) AS ResourceCode,
       (SELECT r.name FROM share_requests q JOIN resources r ON r.id = q.resource_id WHERE q.application_id = a.id ORDER BY q.id DESC LIMIT 1) AS ResourceName
FROM application_keys k
JOIN applications a ON a.id = k.application_id
WHERE a.owner_user_id = @OwnerUserId
ORDER BY k.id DESC

SELECT k.id AS KeyId, k.expires_at AS ExpiresAt, k.revoked_at AS RevokedAt, a.id AS ApplicationId, a.department_id AS DepartmentId, a.enabled AS Enabled
FROM application_keys k
JOIN applications a ON a.id = k.application_id
WHERE k.key_hash = @KeyHash

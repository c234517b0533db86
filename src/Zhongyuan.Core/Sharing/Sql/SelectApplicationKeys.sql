SELECT id AS Id, application_id AS ApplicationId, name AS Name, hint AS Hint, created_by AS CreatedBy, created_at AS CreatedAt,
       expires_at AS ExpiresAt, revoked_at AS RevokedAt
FROM application_keys

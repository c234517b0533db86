SELECT id AS Id, name AS Name, scopes AS Scopes, created_at AS CreatedAt, expires_at AS ExpiresAt, revoked_at AS RevokedAt
FROM api_tokens
WHERE user_id = @UserId
ORDER BY id DESC

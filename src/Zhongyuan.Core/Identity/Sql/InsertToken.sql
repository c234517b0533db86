INSERT INTO api_tokens (user_id, name, token_hash, scopes, created_at, expires_at)
VALUES (@UserId, @Name, @TokenHash, @Scopes, @CreatedAt, @ExpiresAt)
RETURNING id

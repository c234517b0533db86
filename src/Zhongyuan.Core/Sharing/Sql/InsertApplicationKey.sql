INSERT INTO application_keys (application_id, name, key_hash, hint, created_by, created_at, expires_at)
VALUES (@ApplicationId, @Name, @KeyHash, @Hint, @CreatedBy, @CreatedAt, @ExpiresAt)
RETURNING id

UPDATE application_keys SET revoked_at = @RevokedAt WHERE id = @Id AND application_id = @ApplicationId AND revoked_at IS NULL

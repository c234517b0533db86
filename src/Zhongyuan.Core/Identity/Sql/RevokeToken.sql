UPDATE api_tokens SET revoked_at = @At
WHERE id = @Id AND user_id = @UserId AND revoked_at IS NULL

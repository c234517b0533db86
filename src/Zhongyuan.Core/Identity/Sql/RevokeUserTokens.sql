UPDATE api_tokens SET revoked_at = @At
WHERE user_id = @UserId AND revoked_at IS NULL

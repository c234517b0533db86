SELECT t.id AS TokenId, t.name AS TokenName, t.scopes AS Scopes, t.expires_at AS ExpiresAt, t.revoked_at AS RevokedAt,
       u.id AS UserId, u.username AS Username, u.display_name AS DisplayName, u.role AS Role,
       u.department_id AS DepartmentId, u.must_change_password AS MustChangePassword, u.disabled_at AS DisabledAt
FROM api_tokens t
JOIN users u ON u.id = t.user_id
WHERE t.token_hash = @TokenHash

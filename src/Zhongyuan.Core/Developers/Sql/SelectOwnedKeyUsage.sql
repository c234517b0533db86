SELECT u.key_id AS KeyId, u.day AS Day, u.requests AS Requests, u.rows AS Rows
FROM key_usage u
JOIN application_keys k ON k.id = u.key_id
JOIN applications a ON a.id = k.application_id
WHERE a.owner_user_id = @OwnerUserId AND u.day >= @Since
ORDER BY u.day DESC, u.key_id DESC

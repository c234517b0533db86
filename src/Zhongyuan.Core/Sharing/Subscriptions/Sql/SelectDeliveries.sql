SELECT id AS Id, subscription_id AS SubscriptionId, delivery_id AS DeliveryId, version AS Version, kind AS Kind, rows AS Rows,
       attempt AS Attempt, status AS Status, http_status AS HttpStatus, error AS Error, attempted_at AS AttemptedAt,
       next_attempt_at AS NextAttemptAt
FROM subscription_deliveries
WHERE subscription_id = @SubscriptionId
ORDER BY id DESC
LIMIT @Limit

INSERT INTO subscription_deliveries (subscription_id, delivery_id, version, kind, rows, attempt, status, http_status, error, attempted_at, next_attempt_at)
VALUES (@SubscriptionId, @DeliveryId, @Version, @Kind, @Rows, @Attempt, @Status, @HttpStatus, @Error, @AttemptedAt, @NextAttemptAt)
RETURNING id

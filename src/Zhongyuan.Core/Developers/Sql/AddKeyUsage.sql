INSERT INTO key_usage (key_id, day, rows, requests, updated_at)
VALUES (@KeyId, @Day, @Rows, 1, @UpdatedAt)
ON CONFLICT (key_id, day) DO UPDATE SET rows = key_usage.rows + excluded.rows, requests = key_usage.requests + 1, updated_at = excluded.updated_at

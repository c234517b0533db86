INSERT INTO grant_usage (grant_id, day, rows, requests, updated_at)
VALUES (@GrantId, @Day, @Rows, 1, @UpdatedAt)
ON CONFLICT (grant_id, day) DO UPDATE SET rows = grant_usage.rows + excluded.rows, requests = grant_usage.requests + 1, updated_at = excluded.updated_at

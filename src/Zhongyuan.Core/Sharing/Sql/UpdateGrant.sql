UPDATE grants SET status = @Status, ends_at = @EndsAt, daily_quota = @DailyQuota
WHERE id = @Id AND status = @ExpectedStatus

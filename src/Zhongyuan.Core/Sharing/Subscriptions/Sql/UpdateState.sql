UPDATE subscriptions
SET cursor_version = @CursorVersion, cursor_kind = @CursorKind, cursor_after = @CursorAfter, status = @Status, attempts = @Attempts,
    next_attempt_at = @NextAttemptAt, last_error = @LastError, updated_at = @UpdatedAt
WHERE id = @Id

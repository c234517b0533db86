INSERT INTO subscriptions (application_id, department_id, resource_code, mode, url, secret, cursor_version, cursor_kind, cursor_after,
                           status, attempts, next_attempt_at, last_error, created_by, created_at, updated_at)
VALUES (@ApplicationId, @DepartmentId, @ResourceCode, @Mode, @Url, @Secret, @CursorVersion, @CursorKind, @CursorAfter,
        @Status, 0, NULL, NULL, @CreatedBy, @CreatedAt, @UpdatedAt)
RETURNING id

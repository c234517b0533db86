SELECT s.id AS Id, s.application_id AS ApplicationId, s.department_id AS DepartmentId, s.resource_code AS ResourceCode, s.mode AS Mode,
       s.url AS Url, s.cursor_version AS CursorVersion, s.cursor_kind AS CursorKind, s.cursor_after AS CursorAfter, s.status AS Status,
       s.attempts AS Attempts, s.next_attempt_at AS NextAttemptAt, s.last_error AS LastError, s.created_by AS CreatedBy,
       s.created_at AS CreatedAt, s.updated_at AS UpdatedAt
FROM subscriptions s

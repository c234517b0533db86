SELECT provider_id AS ProviderId, created_at AS CreatedAt, closed_at AS ClosedAt
FROM tickets
WHERE closed_at IS NOT NULL AND (@DepartmentId IS NULL OR provider_id = @DepartmentId)

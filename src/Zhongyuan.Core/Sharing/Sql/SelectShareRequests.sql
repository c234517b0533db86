SELECT q.id AS Id, r.code AS ResourceCode, r.name AS ResourceName, q.share_type AS ShareType, q.application_id AS ApplicationId,
       a.name AS ApplicationName, q.consumer_department_id AS ConsumerDepartmentId, q.provider_id AS ProviderId,
       q.requester_id AS RequesterId, q.requester_name AS RequesterName, q.purpose AS Purpose, q.legal_basis AS LegalBasis,
       q.items AS Items, q.row_filter AS RowFilter, q.starts_at AS StartsAt, q.ends_at AS EndsAt, q.expected_volume AS ExpectedVolume,
       q.complex AS Complex, q.status AS Status, q.deadline AS Deadline, q.created_at AS CreatedAt, q.decided_by AS DecidedBy,
       q.decided_at AS DecidedAt, q.refusal_reason AS RefusalReason, q.grant_id AS GrantId
FROM share_requests q
JOIN resources r ON r.id = q.resource_id
JOIN applications a ON a.id = q.application_id

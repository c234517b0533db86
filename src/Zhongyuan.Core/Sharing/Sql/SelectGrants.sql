SELECT g.id AS Id, g.request_id AS RequestId, g.application_id AS ApplicationId, g.consumer_department_id AS ConsumerDepartmentId,
       r.code AS ResourceCode, g.provider_id AS ProviderId, g.items AS Items, g.row_filter AS RowFilter, g.masking AS Masking,
       g.purpose AS Purpose, g.starts_at AS StartsAt, g.ends_at AS EndsAt, g.daily_quota AS DailyQuota, g.status AS Status,
       g.granted_by AS GrantedBy, g.granted_at AS GrantedAt
FROM grants g
JOIN resources r ON r.id = g.resource_id

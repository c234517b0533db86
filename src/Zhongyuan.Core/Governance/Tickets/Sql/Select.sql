SELECT t.id AS Id, r.code AS ResourceCode, r.name AS ResourceName, t.seen_version AS SeenVersion, t.row_id AS RowId,
       t.record_key AS RecordKey, t.item AS Item, t.reason AS Reason, t.proposed_value AS ProposedValue,
       t.reporter_id AS ReporterId, t.reporter_name AS ReporterName, t.reporter_department_id AS ReporterDepartmentId,
       t.provider_id AS ProviderId, d.name AS ProviderName, t.status AS Status, t.deadline AS Deadline,
       t.fixed_in_version AS FixedInVersion, t.rejection_reason AS RejectionReason, t.created_at AS CreatedAt, t.closed_at AS ClosedAt
FROM tickets t
JOIN resources r ON r.id = t.resource_id
JOIN departments d ON d.id = t.provider_id

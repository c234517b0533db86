INSERT INTO tickets (resource_id, seen_version, row_id, record_key, item, reason, proposed_value, reporter_id, reporter_name,
                     reporter_department_id, provider_id, status, deadline, created_at)
SELECT r.id, @SeenVersion, @RowId, @RecordKey, @Item, @Reason, @ProposedValue, @ReporterId, @ReporterName,
       @ReporterDepartmentId, r.provider_id, @Status, @Deadline, @CreatedAt
FROM resources r WHERE r.code = @ResourceCode
RETURNING id

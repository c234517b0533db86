INSERT INTO quality_assessments (resource_id, version, assessed_at, row_count, rows_rejected, completeness, validity, uniqueness, consistency, report, failures_file)
SELECT r.id, @Version, @AssessedAt, @Rows, @RowsRejected, @Completeness, @Validity, @Uniqueness, @Consistency, @Report, @FailuresFile
FROM resources r WHERE r.code = @ResourceCode
ON CONFLICT (resource_id, version) DO UPDATE SET
  assessed_at = excluded.assessed_at, row_count = excluded.row_count, rows_rejected = excluded.rows_rejected,
  completeness = excluded.completeness, validity = excluded.validity, uniqueness = excluded.uniqueness,
  consistency = excluded.consistency, report = excluded.report, failures_file = excluded.failures_file

SELECT r.code AS ResourceCode, q.version AS Version, q.assessed_at AS AssessedAt, q.row_count AS Rows, q.rows_rejected AS RowsRejected,
       q.completeness AS Completeness, q.validity AS Validity, q.uniqueness AS Uniqueness, q.consistency AS Consistency,
       q.report AS Report, q.failures_file AS FailuresFile, v.loaded_at AS LoadedAt,
       (SELECT MIN(n.loaded_at) FROM dataset_versions n WHERE n.resource_id = q.resource_id AND n.version > q.version) AS ReplacedAt,
       r.provider_id AS ProviderId
FROM quality_assessments q
JOIN resources r ON r.id = q.resource_id
JOIN dataset_versions v ON v.resource_id = q.resource_id AND v.version = q.version

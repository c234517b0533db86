SELECT r.code AS ResourceCode, v.version AS Version, v.job_id AS JobId, v.mode AS Mode, v.source AS Source, v.file AS File,
       v.rejects_file AS RejectsFile, v.changes_file AS ChangesFile, v.row_count AS RowCount, v.rows_rejected AS RowsRejected,
       v.inserted AS Inserted, v.updated AS Updated, v.deleted AS Deleted, v.bytes AS Bytes, v.columns AS Columns,
       v.profile AS Profile, v.loaded_by AS LoadedBy, v.loaded_at AS LoadedAt
FROM dataset_versions v
JOIN resources r ON r.id = v.resource_id

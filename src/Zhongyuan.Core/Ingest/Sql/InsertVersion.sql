INSERT INTO dataset_versions (resource_id, version, job_id, mode, source, file, rejects_file, changes_file, row_count, rows_rejected,
                              inserted, updated, deleted, bytes, columns, profile, loaded_by, loaded_at)
SELECT r.id, COALESCE((SELECT MAX(v.version) FROM dataset_versions v WHERE v.resource_id = r.id), 0) + 1,
       @JobId, @Mode, @Source, @File, @RejectsFile, @ChangesFile, @RowCount, @RowsRejected,
       @Inserted, @Updated, @Deleted, @Bytes, @Columns, @Profile, @LoadedBy, @LoadedAt
FROM resources r WHERE r.code = @ResourceCode
RETURNING version

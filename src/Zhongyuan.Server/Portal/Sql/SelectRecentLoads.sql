-- The newest data versions of one department's resources (the console's landing page).
SELECT r.code AS Code, r.name AS Name, v.version AS Version, v.row_count AS RowCount, v.rows_rejected AS RowsRejected,
       v.source AS Source, v.loaded_at AS LoadedAt
FROM dataset_versions v
JOIN resources r ON r.id = v.resource_id
WHERE r.provider_id = @Department
ORDER BY v.loaded_at DESC
LIMIT 5

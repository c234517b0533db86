-- The current (highest) dataset version of every resource that has one; the caller appends a code filter.
SELECT r.code AS Code, v.version AS Version, v.row_count AS RowCount, v.bytes AS Bytes, v.loaded_at AS LoadedAt
FROM dataset_versions v
JOIN resources r ON r.id = v.resource_id
WHERE v.version = (SELECT MAX(x.version) FROM dataset_versions x WHERE x.resource_id = v.resource_id)

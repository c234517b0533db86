-- Rows in the current versions of published resources, and how many of them have data (the portal's home page).
SELECT COUNT(*) AS WithData, COALESCE(SUM(v.row_count), 0) AS Rows
FROM resources r
JOIN dataset_versions v ON v.resource_id = r.id
WHERE r.status = 'Published'
  AND v.version = (SELECT MAX(d.version) FROM dataset_versions d WHERE d.resource_id = r.id)

SELECT v.version AS Version, CAST(v.metadata AS text) AS Metadata, v.created_at AS CreatedAt, v.created_by AS CreatedBy
FROM resource_versions v
JOIN resources r ON r.id = v.resource_id
WHERE r.code = @Code
ORDER BY v.version

INSERT INTO resource_versions (resource_id, version, metadata, created_at, created_by)
VALUES (@ResourceId, @Version, CAST(@Metadata AS jsonb), @CreatedAt, @CreatedBy)

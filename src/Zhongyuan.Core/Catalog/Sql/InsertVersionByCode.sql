INSERT INTO resource_versions (resource_id, version, metadata, created_at, created_by)
VALUES ((SELECT id FROM resources WHERE code = @Code), @Version, @Metadata, @CreatedAt, @CreatedBy)

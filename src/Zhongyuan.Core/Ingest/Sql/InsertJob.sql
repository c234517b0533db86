INSERT INTO load_jobs (id, resource_id, state, mode, source, bytes_total, created_by, created_at)
VALUES (@Id, (SELECT id FROM resources WHERE code = @ResourceCode), @State, @Mode, @Source, @BytesTotal, @CreatedBy, @CreatedAt)

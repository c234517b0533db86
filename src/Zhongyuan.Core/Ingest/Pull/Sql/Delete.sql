DELETE FROM pull_sources WHERE resource_id = (SELECT id FROM resources WHERE code = @ResourceCode)

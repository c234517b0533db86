UPDATE pull_sources SET last_run_at = @LastRunAt, next_run_at = @NextRunAt, last_job_id = @LastJobId
WHERE resource_id = (SELECT id FROM resources WHERE code = @ResourceCode)

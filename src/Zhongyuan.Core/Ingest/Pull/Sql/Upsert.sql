INSERT INTO pull_sources (resource_id, kind, connection, query, url, header_name, header_value, enabled, last_run_at, next_run_at, last_job_id, updated_by, updated_at)
SELECT r.id, @Kind, @Connection, @Query, @Url, @HeaderName, @HeaderValue, @Enabled, NULL, @NextRunAt, NULL, @UpdatedBy, @UpdatedAt
FROM resources r WHERE r.code = @ResourceCode
ON CONFLICT (resource_id) DO UPDATE SET
  kind = excluded.kind, connection = excluded.connection, query = excluded.query, url = excluded.url,
  header_name = excluded.header_name, header_value = excluded.header_value, enabled = excluded.enabled,
  next_run_at = excluded.next_run_at, updated_by = excluded.updated_by, updated_at = excluded.updated_at

SELECT r.code AS ResourceCode, p.kind AS Kind, p.connection AS Connection, p.query AS Query, p.url AS Url,
       p.header_name AS HeaderName, p.header_value AS HeaderValue, p.enabled AS Enabled, p.last_run_at AS LastRunAt,
       p.next_run_at AS NextRunAt, p.last_job_id AS LastJobId, p.updated_by AS UpdatedBy, p.updated_at AS UpdatedAt
FROM pull_sources p
JOIN resources r ON r.id = p.resource_id

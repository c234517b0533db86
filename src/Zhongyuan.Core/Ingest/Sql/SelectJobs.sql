SELECT j.id AS Id, r.code AS ResourceCode, j.state AS State, j.mode AS Mode, j.source AS Source, j.bytes_total AS BytesTotal,
       j.bytes_read AS BytesRead, j.rows_read AS RowsRead, j.rows_rejected AS RowsRejected, j.version AS Version,
       j.error AS Error, j.report AS Report, j.created_by AS CreatedBy, j.created_at AS CreatedAt, j.started_at AS StartedAt, j.finished_at AS FinishedAt
FROM load_jobs j
JOIN resources r ON r.id = j.resource_id

UPDATE load_jobs
SET state = @State, bytes_total = @BytesTotal, bytes_read = @BytesRead, rows_read = @RowsRead, rows_rejected = @RowsRejected,
    version = @Version, error = @Error, report = @Report, started_at = @StartedAt, finished_at = @FinishedAt
WHERE id = @Id

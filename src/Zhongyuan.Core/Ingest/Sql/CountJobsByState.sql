-- Load jobs per state created since a time (the administrators' dashboard).
SELECT state AS State, COUNT(*) AS Count FROM load_jobs WHERE created_at >= @Since GROUP BY state

SELECT resource_id AS ResourceId, connection AS Connection, header_value AS HeaderValue
FROM pull_sources
WHERE connection IS NOT NULL OR header_value IS NOT NULL

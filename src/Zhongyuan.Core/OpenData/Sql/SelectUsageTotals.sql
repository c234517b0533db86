SELECT COALESCE(SUM(api_calls), 0) AS ApiCalls, COALESCE(SUM(downloads), 0) AS Downloads
FROM resource_usage
WHERE (CAST(@Code AS TEXT) IS NULL OR resource_code = @Code) AND day >= @Since

SELECT u.resource_code AS Code, r.name AS Name, SUM(u.api_calls) AS ApiCalls, SUM(u.downloads) AS Downloads
FROM resource_usage u
JOIN resources r ON r.code = u.resource_code
WHERE u.day >= @Since AND r.status = 'Published'
GROUP BY u.resource_code, r.name
ORDER BY SUM(u.api_calls) + SUM(u.downloads) DESC, u.resource_code
LIMIT @Limit

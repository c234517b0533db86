SELECT e.action AS Action, e.from_status AS FromStatus, e.to_status AS ToStatus, e.version AS Version,
       e.actor AS Actor, e.at AS At, e.note AS Note
FROM resource_events e
JOIN resources r ON r.id = e.resource_id
WHERE r.code = @Code
ORDER BY e.id

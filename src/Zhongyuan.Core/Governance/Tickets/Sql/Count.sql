SELECT COUNT(*)
FROM tickets t
JOIN resources r ON r.id = t.resource_id

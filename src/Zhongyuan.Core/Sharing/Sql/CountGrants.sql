SELECT COUNT(*)
FROM grants g
JOIN resources r ON r.id = g.resource_id

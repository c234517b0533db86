SELECT d.id AS DepartmentId, d.name AS DepartmentName,
       COUNT(CASE WHEN t.status = 'Open' THEN 1 END) AS Open,
       COUNT(CASE WHEN t.status = 'Open' AND t.deadline < @Now THEN 1 END) AS Overdue,
       COUNT(CASE WHEN t.status = 'Accepted' THEN 1 END) AS Accepted,
       COUNT(CASE WHEN t.status = 'Rejected' THEN 1 END) AS Rejected
FROM departments d
LEFT JOIN tickets t ON t.provider_id = d.id
WHERE (@DepartmentId IS NULL OR d.id = @DepartmentId)
GROUP BY d.id, d.name
ORDER BY d.id

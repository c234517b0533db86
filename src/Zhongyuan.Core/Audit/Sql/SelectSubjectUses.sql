SELECT e.seq AS Seq, e.at AS At, e.department_id AS DepartmentId, d.name AS DepartmentName, e.application_id AS ApplicationId,
       e.grant_id AS GrantId, e.purpose AS Purpose, e.action AS Action, e.resource_code AS ResourceCode
FROM audit_subjects s
JOIN audit_events e ON e.seq = s.seq
LEFT JOIN departments d ON d.id = e.department_id
WHERE s.subject_hash = @Hash AND e.result = 'ok'
ORDER BY e.seq DESC
LIMIT @Limit

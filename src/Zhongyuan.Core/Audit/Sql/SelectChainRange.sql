SELECT seq, at, user_id, username, role, department_id, application_id, ip, action, resource_code, items, row_count, filter,
       grant_id, purpose, result, detail, subjects, prev_hash, hash
FROM audit_events
WHERE seq >= @from_seq AND seq < @to_seq
ORDER BY seq

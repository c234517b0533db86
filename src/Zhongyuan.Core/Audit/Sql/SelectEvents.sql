SELECT seq AS Seq, at AS At, user_id AS UserId, username AS Username, role AS Role, department_id AS DepartmentId,
       application_id AS ApplicationId, ip AS Ip, action AS Action, resource_code AS ResourceCode, items AS Items,
       row_count AS RowCount, filter AS Filter, grant_id AS GrantId, purpose AS Purpose, result AS Result, detail AS Detail,
       subjects AS Subjects, prev_hash AS PrevHash, hash AS Hash
FROM audit_events

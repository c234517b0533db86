SELECT min(seq) AS First, max(seq) AS Last FROM audit_events

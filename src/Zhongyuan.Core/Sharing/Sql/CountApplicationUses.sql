SELECT (SELECT COUNT(*) FROM share_requests WHERE application_id = @Id) + (SELECT COUNT(*) FROM grants WHERE application_id = @Id)

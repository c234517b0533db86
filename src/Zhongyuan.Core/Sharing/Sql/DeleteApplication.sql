DELETE FROM application_keys WHERE application_id = @Id;
DELETE FROM applications WHERE id = @Id

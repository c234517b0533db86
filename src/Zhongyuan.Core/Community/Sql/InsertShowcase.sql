INSERT INTO showcase_entries (title, kind, description, url, resource_codes, submitter_id, submitter_name, status, created_at)
VALUES (@Title, @Kind, @Description, @Url, @ResourceCodes, @SubmitterId, @SubmitterName, @Status, @CreatedAt)
RETURNING id

INSERT INTO resource_comments (resource_code, author_id, author_name, text, created_at)
VALUES (@ResourceCode, @AuthorId, @AuthorName, @Text, @CreatedAt)
RETURNING id

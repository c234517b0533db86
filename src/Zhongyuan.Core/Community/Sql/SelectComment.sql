SELECT c.id AS Id, c.resource_code AS ResourceCode, c.author_id AS AuthorId, c.author_name AS AuthorName, c.text AS Text,
       c.created_at AS CreatedAt, c.hidden_by_name AS HiddenByName, c.hidden_at AS HiddenAt
FROM resource_comments c

INSERT INTO data_keys (name, wrapped, created_at, retired_at)
VALUES ('data', @Wrapped, @CreatedAt, NULL)
RETURNING id

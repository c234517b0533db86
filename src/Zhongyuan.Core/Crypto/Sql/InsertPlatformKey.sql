INSERT INTO data_keys (name, wrapped, created_at, retired_at)
VALUES (@Name, @Wrapped, @CreatedAt, NULL)
ON CONFLICT DO NOTHING

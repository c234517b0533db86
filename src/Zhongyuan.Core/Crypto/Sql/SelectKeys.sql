SELECT id AS Id, name AS Name, wrapped AS Wrapped, created_at AS CreatedAt, retired_at AS RetiredAt
FROM data_keys
ORDER BY id

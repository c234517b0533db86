INSERT INTO resources (code, classification, provider_id, name, name_key, status, version, metadata, created_at, updated_at, publish_date)
VALUES (@Code, @Classification, @ProviderId, @Name, @NameKey, @Status, @Version, CAST(@Metadata AS jsonb), @CreatedAt, @UpdatedAt, @PublishDate)
RETURNING id

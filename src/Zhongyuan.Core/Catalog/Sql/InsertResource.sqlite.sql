INSERT INTO resources (code, classification, provider_id, name, name_key, status, version, metadata, created_at, updated_at, publish_date)
VALUES (@Code, @Classification, @ProviderId, @Name, @NameKey, @Status, @Version, @Metadata, @CreatedAt, @UpdatedAt, @PublishDate)
RETURNING id

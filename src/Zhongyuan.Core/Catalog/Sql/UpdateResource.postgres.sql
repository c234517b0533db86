UPDATE resources
SET name = @Name, name_key = @NameKey, status = @Status, version = @Version, metadata = CAST(@Metadata AS jsonb),
    updated_at = @UpdatedAt, publish_date = @PublishDate
WHERE id = @Id AND version = @ExpectedVersion AND status = @ExpectedStatus

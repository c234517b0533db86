UPDATE resource_comments SET hidden_by_name = @HiddenByName, hidden_at = @HiddenAt WHERE id = @Id AND hidden_at IS NULL

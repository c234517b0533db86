UPDATE data_keys SET retired_at = @RetiredAt WHERE name = 'data' AND id < @Newest AND retired_at IS NULL

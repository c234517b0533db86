SELECT provider_id AS ProviderId, name_key AS NameKey FROM resources

SELECT name_key FROM resources WHERE provider_id = @ProviderId AND id <> @ExcludeId

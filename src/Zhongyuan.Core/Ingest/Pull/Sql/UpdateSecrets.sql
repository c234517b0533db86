UPDATE pull_sources SET connection = @Connection, header_value = @HeaderValue
WHERE resource_id = @ResourceId AND connection IS NOT DISTINCT FROM @OldConnection AND header_value IS NOT DISTINCT FROM @OldHeaderValue

INSERT INTO showcase_resources (entry_id, resource_code) VALUES (@EntryId, @ResourceCode)

SELECT COUNT(*) AS Count, MAX(updated_at) AS LastUpdatedAt FROM resources

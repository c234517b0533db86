INSERT INTO resource_ratings (resource_code, user_id, stars, rated_at) VALUES (@ResourceCode, @UserId, @Stars, @RatedAt)
ON CONFLICT (resource_code, user_id) DO UPDATE SET stars = excluded.stars, rated_at = excluded.rated_at

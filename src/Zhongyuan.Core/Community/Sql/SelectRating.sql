SELECT count(*) AS Count, CAST(avg(stars) AS double precision) AS Average,
       max(CASE WHEN user_id = @UserId THEN stars END) AS Mine
FROM resource_ratings WHERE resource_code = @ResourceCode

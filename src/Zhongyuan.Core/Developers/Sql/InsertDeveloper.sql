INSERT INTO developers (user_id, email, created_at)
VALUES (@UserId, @Email, @CreatedAt)

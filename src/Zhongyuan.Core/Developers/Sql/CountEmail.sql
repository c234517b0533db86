SELECT COUNT(*) FROM developers WHERE email = @Email

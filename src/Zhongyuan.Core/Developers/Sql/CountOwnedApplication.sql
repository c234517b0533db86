SELECT COUNT(*) FROM applications WHERE id = @Id AND owner_user_id = @OwnerUserId

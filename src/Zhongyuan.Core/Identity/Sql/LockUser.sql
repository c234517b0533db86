UPDATE users SET locked_until = @LockedUntil, failed_sign_ins = 0
WHERE id = @Id

UPDATE users SET password_hash = @PasswordHash, must_change_password = @MustChangePassword, failed_sign_ins = 0,
                 locked_until = NULL, session_version = session_version + 1
WHERE id = @Id

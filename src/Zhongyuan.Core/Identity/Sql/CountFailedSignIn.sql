UPDATE users SET failed_sign_ins = failed_sign_ins + 1
WHERE id = @Id
RETURNING failed_sign_ins

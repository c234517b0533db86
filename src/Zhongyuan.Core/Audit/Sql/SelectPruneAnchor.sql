SELECT seq FROM audit_checkpoints WHERE at <= @Cutoff ORDER BY seq DESC LIMIT 1

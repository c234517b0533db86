SELECT seq AS Seq, at AS At FROM audit_checkpoints ORDER BY seq DESC LIMIT 1

SELECT seq AS Seq, hash AS Hash FROM audit_head WHERE id = 1 FOR UPDATE

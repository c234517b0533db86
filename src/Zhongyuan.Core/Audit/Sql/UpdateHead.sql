UPDATE audit_head SET seq = @Seq, hash = @Hash WHERE id = 1

INSERT INTO audit_checkpoints (seq, hash, at, signer, signature) VALUES (@Seq, @Hash, @At, @Signer, @Signature)
ON CONFLICT DO NOTHING

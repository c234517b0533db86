SELECT seq AS Seq, hash AS Hash, at AS At, signer AS Signer, signature AS Signature FROM audit_checkpoints ORDER BY seq

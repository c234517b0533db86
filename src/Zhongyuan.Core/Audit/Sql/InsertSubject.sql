INSERT INTO audit_subjects (subject_hash, seq) VALUES (@subject_hash, @seq) ON CONFLICT DO NOTHING

DELETE FROM audit_subjects WHERE seq <= @Anchor;
DELETE FROM audit_events WHERE seq <= @Anchor;
DELETE FROM audit_checkpoints WHERE seq < @Anchor;

SELECT COUNT(*) FROM audit_events WHERE seq <= @Anchor

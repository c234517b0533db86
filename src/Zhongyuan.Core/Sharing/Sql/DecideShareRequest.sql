UPDATE share_requests SET status = @Status, decided_by = @DecidedBy, decided_at = @DecidedAt, refusal_reason = @RefusalReason, grant_id = @GrantId
WHERE id = @Id AND status = 'Pending'

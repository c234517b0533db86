UPDATE tickets SET status = @Status, deadline = @Deadline, fixed_in_version = @FixedInVersion,
                   rejection_reason = @RejectionReason, closed_at = @ClosedAt
WHERE id = @Id AND status = @ExpectedStatus

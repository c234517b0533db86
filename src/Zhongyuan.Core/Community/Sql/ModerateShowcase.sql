UPDATE showcase_entries
SET status = @Status, moderator_id = @ModeratorId, moderator_name = @ModeratorName, moderation_reason = @Reason, moderated_at = @At
WHERE id = @Id AND status = @ExpectedStatus

UPDATE data_requests
SET status = @Status, answer = @Answer, answered_by_id = @AnsweredById, answered_by_name = @AnsweredByName, answered_at = @AnsweredAt
WHERE id = @Id AND status = 'Open'

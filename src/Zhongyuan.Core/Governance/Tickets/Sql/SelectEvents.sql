SELECT action AS Action, actor_id AS ActorId, actor_name AS ActorName, at AS At, note AS Note
FROM ticket_events
WHERE ticket_id = @TicketId
ORDER BY id

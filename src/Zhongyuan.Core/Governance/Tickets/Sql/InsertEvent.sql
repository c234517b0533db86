INSERT INTO ticket_events (ticket_id, action, actor_id, actor_name, at, note)
VALUES (@TicketId, @Action, @ActorId, @ActorName, @At, @Note)

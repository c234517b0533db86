INSERT INTO grant_events (grant_id, action, actor, at, note) VALUES (@GrantId, @Action, @Actor, @At, @Note)

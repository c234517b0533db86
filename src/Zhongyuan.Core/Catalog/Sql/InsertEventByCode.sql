INSERT INTO resource_events (resource_id, action, from_status, to_status, version, actor, at, note)
VALUES ((SELECT id FROM resources WHERE code = @Code), @Action, @FromStatus, @ToStatus, @Version, @Actor, @At, @Note)

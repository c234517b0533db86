SELECT action AS Action, actor AS Actor, at AS At, note AS Note FROM grant_events WHERE grant_id = @GrantId ORDER BY id

SELECT rows FROM grant_usage WHERE grant_id = @GrantId AND day = @Day

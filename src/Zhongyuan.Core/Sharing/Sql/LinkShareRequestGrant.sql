UPDATE share_requests SET grant_id = @GrantId WHERE id = @Id

DELETE FROM subscriptions WHERE id = @Id

SELECT secret FROM subscriptions WHERE id = @Id

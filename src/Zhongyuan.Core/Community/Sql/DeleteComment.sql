DELETE FROM resource_comments WHERE id = @Id

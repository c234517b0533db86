SELECT COUNT(*) FROM departments WHERE id = @Id

UPDATE applications SET name = @Name, description = @Description, contact = @Contact, enabled = @Enabled, updated_at = @UpdatedAt
WHERE id = @Id

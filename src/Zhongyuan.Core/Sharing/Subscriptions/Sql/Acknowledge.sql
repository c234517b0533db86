UPDATE subscriptions
SET cursor_version = @CursorVersion, cursor_kind = @CursorKind, cursor_after = @CursorAfter, updated_at = @UpdatedAt
WHERE id = @Id AND cursor_version = @OldVersion AND COALESCE(cursor_after, '') = COALESCE(@OldAfter, '')

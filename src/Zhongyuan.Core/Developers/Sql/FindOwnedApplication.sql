SELECT id FROM applications WHERE department_id = @DepartmentId AND name = @Name AND owner_user_id = @OwnerUserId

INSERT INTO grants (request_id, application_id, consumer_department_id, resource_id, provider_id, items, row_filter, masking, purpose,
                    starts_at, ends_at, daily_quota, status, granted_by, granted_at)
SELECT @RequestId, @ApplicationId, @ConsumerDepartmentId, r.id, r.provider_id, @Items, @RowFilter, @Masking, @Purpose,
       @StartsAt, @EndsAt, @DailyQuota, @Status, @GrantedBy, @GrantedAt
FROM resources r WHERE r.code = @ResourceCode
RETURNING id

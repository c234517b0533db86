INSERT INTO share_requests (resource_id, application_id, consumer_department_id, provider_id, requester_id, requester_name, share_type,
                            purpose, legal_basis, items, row_filter, starts_at, ends_at, expected_volume, complex, status, deadline,
                            created_at, decided_by, decided_at)
SELECT r.id, @ApplicationId, @ConsumerDepartmentId, @ProviderId, @RequesterId, @RequesterName, @ShareType,
       @Purpose, @LegalBasis, @Items, @RowFilter, @StartsAt, @EndsAt, @ExpectedVolume, @Complex, @Status, @Deadline,
       @CreatedAt, @DecidedBy, @DecidedAt
FROM resources r WHERE r.code = @ResourceCode
RETURNING id

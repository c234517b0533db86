SELECT r.id AS Id, r.code AS Code, r.status AS Status, r.version AS Version, CAST(r.metadata AS text) AS Metadata,
       r.created_at AS CreatedAt, r.updated_at AS UpdatedAt, r.publish_date AS PublishDate,
       d.id AS ProviderId, d.name AS ProviderName, d.credit_code AS ProviderCreditCode, d.region_code AS ProviderRegionCode
FROM resources r
JOIN departments d ON d.id = r.provider_id

INSERT INTO departments (name, short_name, credit_code, region_code, level, parent_id, created_at)
VALUES (@Name, @ShortName, @CreditCode, @RegionCode, @Level, NULL, @CreatedAt)
ON CONFLICT (credit_code) DO NOTHING

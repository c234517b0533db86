SELECT id, name, short_name AS ShortName, credit_code AS CreditCode, region_code AS RegionCode, level, parent_id AS ParentId
FROM departments

SELECT file FROM dataset_versions
UNION ALL SELECT rejects_file FROM dataset_versions WHERE rejects_file IS NOT NULL
UNION ALL SELECT changes_file FROM dataset_versions WHERE changes_file IS NOT NULL
UNION ALL SELECT failures_file FROM quality_assessments WHERE failures_file IS NOT NULL

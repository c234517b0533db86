-- Governance: the quality assessment of each dataset version.
CREATE TABLE quality_assessments (
  resource_id     INTEGER NOT NULL REFERENCES resources(id),
  version         INTEGER NOT NULL,
  assessed_at     TEXT NOT NULL,
  row_count       INTEGER NOT NULL,
  rows_rejected   INTEGER NOT NULL,
  completeness    REAL,
  validity        REAL,
  uniqueness      REAL,
  consistency     REAL,
  report          TEXT NOT NULL,
  failures_file   TEXT,
  PRIMARY KEY (resource_id, version)
);

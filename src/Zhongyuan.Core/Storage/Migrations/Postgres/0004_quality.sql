-- Governance: the quality assessment of each dataset version.
CREATE TABLE quality_assessments (
  resource_id     bigint NOT NULL REFERENCES resources(id),
  version         integer NOT NULL,
  assessed_at     timestamptz NOT NULL,
  row_count       bigint NOT NULL,
  rows_rejected   bigint NOT NULL,
  completeness    double precision,
  validity        double precision,
  uniqueness      double precision,
  consistency     double precision,
  report          text NOT NULL,
  failures_file   text,
  PRIMARY KEY (resource_id, version)
);

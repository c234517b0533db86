-- resource_usage: data API calls and downloads per resource per day in China (UTC+8), for the portal's figures and
-- "most used" lists (docs/opendata.md). day is 'yyyy-MM-dd'. No foreign key: usage outlives a retired resource.
CREATE TABLE resource_usage (
  resource_code  text NOT NULL,
  day            text NOT NULL,
  api_calls      bigint NOT NULL,
  downloads      bigint NOT NULL,
  PRIMARY KEY (resource_code, day)
);
CREATE INDEX resource_usage_day ON resource_usage (day);

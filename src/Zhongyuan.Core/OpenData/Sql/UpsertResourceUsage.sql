INSERT INTO resource_usage (resource_code, day, api_calls, downloads)
VALUES (@Code, @Day, @ApiCalls, @Downloads)
ON CONFLICT (resource_code, day) DO UPDATE SET
  api_calls = resource_usage.api_calls + excluded.api_calls,
  downloads = resource_usage.downloads + excluded.downloads

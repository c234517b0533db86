SELECT count(*) FROM showcase_entries s

UPDATE load_jobs SET state = 'Failed', error = @Error, finished_at = @At WHERE state IN ('Queued', 'Running')

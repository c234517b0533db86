SELECT count(*) FROM data_requests q

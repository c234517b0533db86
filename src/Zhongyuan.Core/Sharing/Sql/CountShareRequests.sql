SELECT COUNT(*)
FROM share_requests q

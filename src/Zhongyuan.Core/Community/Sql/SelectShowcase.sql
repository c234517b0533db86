SELECT s.id AS Id, s.title AS Title, s.kind AS Kind, s.description AS Description, s.url AS Url, s.resource_codes AS ResourceCodes,
       s.submitter_id AS SubmitterId, s.submitter_name AS SubmitterName, s.status AS Status, s.moderator_id AS ModeratorId,
       s.moderator_name AS ModeratorName, s.moderation_reason AS ModerationReason, s.moderated_at AS ModeratedAt, s.created_at AS CreatedAt
FROM showcase_entries s

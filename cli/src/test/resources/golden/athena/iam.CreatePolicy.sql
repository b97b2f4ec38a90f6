-- CloudTrail records of iam.amazonaws.com CreatePolicy, its fields as typed columns.
-- Table: the standard CloudTrail table in Athena (cloudtrail_logs); change the name to yours.
-- A list's elements as rows: add to FROM, e.g.
--   CROSS JOIN UNNEST(TRY_CAST(json_extract(requestparameters, '$.tags') AS ARRAY(JSON))) AS t(item)
--   CROSS JOIN UNNEST(TRY_CAST(json_extract(responseelements, '$.policy.tags') AS ARRAY(JSON))) AS t(item)
--   and read an element's field with json_extract_scalar(item, '$.name').
SELECT
  eventtime,
  useridentity.arn AS user_arn,
  useridentity.type AS user_type,
  sourceipaddress,
  useragent,
  awsregion,
  errorcode,
  errormessage,
  json_extract_scalar(requestparameters, '$.policyName') AS request_policy_name,
  json_extract_scalar(requestparameters, '$.path') AS request_path,
  json_extract_scalar(requestparameters, '$.policyDocument') AS request_policy_document,
  json_extract_scalar(requestparameters, '$.description') AS request_description,
  json_extract(requestparameters, '$.tags') AS request_tags,
  json_extract_scalar(responseelements, '$.policy.policyName') AS response_policy_policy_name,
  json_extract_scalar(responseelements, '$.policy.policyId') AS response_policy_policy_id,
  json_extract_scalar(responseelements, '$.policy.arn') AS response_policy_arn,
  json_extract_scalar(responseelements, '$.policy.path') AS response_policy_path,
  json_extract_scalar(responseelements, '$.policy.defaultVersionId') AS response_policy_default_version_id,
  TRY_CAST(json_extract_scalar(responseelements, '$.policy.attachmentCount') AS BIGINT) AS response_policy_attachment_count,
  TRY_CAST(json_extract_scalar(responseelements, '$.policy.permissionsBoundaryUsageCount') AS BIGINT) AS response_policy_permissions_boundary_usage_count,
  TRY_CAST(json_extract_scalar(responseelements, '$.policy.isAttachable') AS BOOLEAN) AS response_policy_is_attachable,
  json_extract_scalar(responseelements, '$.policy.description') AS response_policy_description,
  json_extract_scalar(responseelements, '$.policy.createDate') AS response_policy_create_date,
  json_extract_scalar(responseelements, '$.policy.updateDate') AS response_policy_update_date,
  json_extract(responseelements, '$.policy.tags') AS response_policy_tags
FROM cloudtrail_logs
WHERE eventsource = 'iam.amazonaws.com'
  AND eventname = 'CreatePolicy'
ORDER BY eventtime DESC
LIMIT 100

-- CloudTrail records of dynamodb.amazonaws.com PutItem, its fields as typed columns.
-- Table: the standard CloudTrail table in Athena (cloudtrail_logs); change the name to yours.
-- A list's elements as rows: add to FROM, e.g.
--   CROSS JOIN UNNEST(TRY_CAST(json_extract(requestparameters, '$.item') AS ARRAY(JSON))) AS t(item)
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
  json_extract_scalar(requestparameters, '$.tableName') AS request_table_name,
  json_extract(requestparameters, '$.key') AS request_key,
  json_extract(requestparameters, '$.item') AS request_item,
  json_extract(requestparameters, '$.expected') AS request_expected,
  json_extract_scalar(requestparameters, '$.returnValues') AS request_return_values,
  json_extract_scalar(requestparameters, '$.returnConsumedCapacity') AS request_return_consumed_capacity,
  json_extract_scalar(requestparameters, '$.returnItemCollectionMetrics') AS request_return_item_collection_metrics,
  json_extract_scalar(requestparameters, '$.conditionalOperator') AS request_conditional_operator,
  json_extract_scalar(requestparameters, '$.conditionExpression') AS request_condition_expression,
  json_extract(requestparameters, '$.expressionAttributeNames') AS request_expression_attribute_names,
  json_extract_scalar(requestparameters, '$.returnValuesOnConditionCheckFailure') AS request_return_values_on_condition_check_failure
FROM cloudtrail_logs
WHERE eventsource = 'dynamodb.amazonaws.com'
  AND eventname = 'PutItem'
ORDER BY eventtime DESC
LIMIT 100

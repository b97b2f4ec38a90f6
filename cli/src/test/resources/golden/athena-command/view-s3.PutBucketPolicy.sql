-- CloudTrail records of s3.amazonaws.com PutBucketPolicy: one typed column per field of the API model.
CREATE OR REPLACE VIEW cloudtrail_s3_put_bucket_policy AS
SELECT
  eventtime,
  eventid,
  useridentity.arn AS user_arn,
  useridentity.type AS user_type,
  useridentity.accountid AS user_account_id,
  sourceipaddress,
  useragent,
  awsregion,
  errorcode,
  errormessage,
  readonly,
  account,
  region,
  "timestamp",
  json_extract_scalar(requestparameters, '$.bucketName') AS request_bucket_name,
  json_extract_scalar(requestparameters, '$["Content-MD5"]') AS request_content_md5,
  json_extract_scalar(requestparameters, '$["x-amz-sdk-checksum-algorithm"]') AS request_x_amz_sdk_checksum_algorithm,
  TRY_CAST(json_extract_scalar(requestparameters, '$["x-amz-confirm-remove-self-bucket-access"]') AS BOOLEAN) AS request_x_amz_confirm_remove_self_bucket_access,
  json_extract_scalar(requestparameters, '$.bucketPolicy.Version') AS request_bucket_policy_version,
  json_extract_scalar(requestparameters, '$.bucketPolicy.Id') AS request_bucket_policy_id,
  json_extract(requestparameters, '$.bucketPolicy.Statement') AS request_bucket_policy_statement,
  json_extract_scalar(requestparameters, '$["x-amz-expected-bucket-owner"]') AS request_x_amz_expected_bucket_owner,
  json_extract_scalar(requestparameters, '$.Host') AS request_host,
  json_extract_scalar(requestparameters, '$.policy') AS request_policy,
  json_extract_scalar(additionaleventdata, '$.SignatureVersion') AS additional_signature_version,
  json_extract_scalar(additionaleventdata, '$.CipherSuite') AS additional_cipher_suite,
  TRY_CAST(json_extract_scalar(additionaleventdata, '$.bytesTransferredIn') AS BIGINT) AS additional_bytes_transferred_in,
  TRY_CAST(json_extract_scalar(additionaleventdata, '$.bytesTransferredOut') AS BIGINT) AS additional_bytes_transferred_out,
  json_extract_scalar(additionaleventdata, '$.AuthenticationMethod') AS additional_authentication_method,
  json_extract_scalar(additionaleventdata, '$["x-amz-id-2"]') AS additional_x_amz_id_2,
  json_extract_scalar(additionaleventdata, '$.aclRequired') AS additional_acl_required
FROM cloudtrail_logs
WHERE eventsource = 's3.amazonaws.com'
  AND eventname = 'PutBucketPolicy'

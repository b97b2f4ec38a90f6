/**
 * {@code custodian}: a Cloud Custodian policy skeleton in CloudTrail mode (resource type from {@code trail}'s Custodian table, {@code ids} as JMESPath).
 *
 * <p>Depends on {@code format} and what it may use; a format may quote another's values (examples)
 * but nothing above {@code format}.
 */
package io.github.cloudtrailschema.format.custodian;

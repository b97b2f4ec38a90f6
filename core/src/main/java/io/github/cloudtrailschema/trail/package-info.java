/**
 * What CloudTrail writes, as indexes over curated data ({@code src/main/resources/curated/}, each
 * row with its evidence) and the few rules the data cannot state: which {@code eventSource} and
 * EventBridge {@code source} a service logs under, the event names CloudTrail logs, how a model
 * member is named in {@code requestParameters} and {@code responseElements}, EventBridge delivery,
 * Cloud Custodian's resource types and shortcuts, and how users may name a service.
 *
 * <p>Knowledge, not presentation: depends on {@code model} only.
 */
package io.github.cloudtrailschema.trail;

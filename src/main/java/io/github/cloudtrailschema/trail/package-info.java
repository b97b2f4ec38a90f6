/**
 * CloudTrail semantics over the API model: which {@code eventSource} and EventBridge {@code source}
 * a service logs under, how a model member is named in {@code requestParameters} and {@code
 * responseElements}, and how users may name a service. Depends on {@code model} only.
 */
package io.github.cloudtrailschema.trail;

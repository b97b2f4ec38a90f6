/**
 * {@code selector}: the CloudTrail advanced event selector that logs the event, as {@code aws
 * cloudtrail put-event-selectors --advanced-event-selectors} takes it.
 *
 * <p>Depends on {@code format} and what it may use ({@code walk}, {@code trail}, {@code text}).
 */
package io.github.cloudtrailschema.format.selector;

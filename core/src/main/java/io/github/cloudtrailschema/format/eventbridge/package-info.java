/**
 * {@code eventbridge}: an EventBridge event pattern that matches the event.
 *
 * <p>Depends on {@code format} and what it may use; a format may quote another's values (examples)
 * but nothing above {@code format}.
 */
package io.github.cloudtrailschema.format.eventbridge;

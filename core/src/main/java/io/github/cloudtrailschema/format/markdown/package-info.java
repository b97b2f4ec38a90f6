/**
 * {@code markdown}: a page documenting the event (export writes one page per service).
 *
 * <p>Depends on {@code format} and what it may use; a format may quote another's values (examples)
 * but nothing above {@code format}.
 */
package io.github.cloudtrailschema.format.markdown;

/**
 * {@code athena}: a SQL query over the standard CloudTrail table with one typed column per leaf, and the column rules {@code athena view} shares.
 *
 * <p>Depends on {@code format} and what it may use; a format may quote another's values (examples)
 * but nothing above {@code format}.
 */
package io.github.cloudtrailschema.format.athena;

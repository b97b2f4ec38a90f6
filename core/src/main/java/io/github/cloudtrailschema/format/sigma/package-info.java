/**
 * {@code sigma}: a Sigma rule skeleton for the {@code aws}/{@code cloudtrail} log source.
 *
 * <p>Depends on {@code format} and what it may use; a format may quote another's values (examples)
 * but nothing above {@code format}.
 */
package io.github.cloudtrailschema.format.sigma;

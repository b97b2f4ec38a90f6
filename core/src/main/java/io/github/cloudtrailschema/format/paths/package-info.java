/**
 * {@code paths}: one line per leaf of the record, greppable like gron, and the tab-separated lines of {@code export --format paths} with every alternative spelling.
 *
 * <p>Depends on {@code format} and what it may use; a format may quote another's values (examples)
 * but nothing above {@code format}.
 */
package io.github.cloudtrailschema.format.paths;

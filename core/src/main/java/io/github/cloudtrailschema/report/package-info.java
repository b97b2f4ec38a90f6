/**
 * Reports of the domains below the command line, as text, tables, CSV or JSON: the service and
 * operation listings, {@code scan}'s inventory, {@code check}'s findings, search hits and the
 * models in use. Renders immutable results; computes nothing of its own.
 *
 * <p>Depends on {@code scan}, {@code check}, {@code search}, {@code loading}, {@code trail}, {@code
 * model} and {@code text}.
 */
package io.github.cloudtrailschema.report;

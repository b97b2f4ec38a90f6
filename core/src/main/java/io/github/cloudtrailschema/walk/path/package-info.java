/**
 * Where a value sits in a CloudTrail record: the flattened leaves of an event ({@link
 * io.github.cloudtrailschema.walk.path.LeafPaths}) and the project's path notation ({@code
 * requestParameters.a.b[].c}, {@code *} for any map key) that {@code paths}, {@code lint}, {@code
 * check} and {@code athena} share.
 *
 * <p>Depends on {@code walk}, {@code model} and {@code text}.
 */
package io.github.cloudtrailschema.walk.path;

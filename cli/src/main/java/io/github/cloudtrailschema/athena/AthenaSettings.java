package io.github.cloudtrailschema.athena;

import java.net.URI;

/**
 * How to reach Athena and where it writes results, as the AWS CLI takes them: a null means "the
 * SDK's default chain (or the workgroup's configuration) decides".
 *
 * @param endpoint an Athena-compatible endpoint, e.g. a test server on loopback
 * @param outputLocation {@code s3://…} for query results, unless the workgroup enforces one
 * @param database the Glue database holding the table
 */
public record AthenaSettings(
    String profile,
    String region,
    URI endpoint,
    String workgroup,
    String outputLocation,
    String catalog,
    String database) {}

package io.github.cloudtrailschema.athena;

import java.net.URI;

/**
 * Where and as whom {@link TrinoRunner} runs.
 *
 * @param server the coordinator's base URL, {@code http[s]://host:port}
 * @param user the Trino user ({@code X-Trino-User})
 * @param password for HTTP basic authentication (Trino accepts it over https only), or null
 * @param catalog the catalog of the table (a Hive connector's)
 * @param schema the schema of the table
 */
public record TrinoSettings(URI server, String user, String password, String catalog, String schema) {}

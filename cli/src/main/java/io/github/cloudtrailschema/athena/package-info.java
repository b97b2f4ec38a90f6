/**
 * CloudTrail at organisation scale on Amazon Athena (Trino): the table AWS documents for CloudTrail
 * logs with partition projection, the SQL of {@code scan}'s inventory and field discovery, and a
 * client that runs it through the Athena API and reads the result back into the scan report; the
 * same table for open-source Trino ({@link io.github.cloudtrailschema.athena.TrinoTable}), and a
 * per-event view with one typed column per field of the API model.
 *
 * <p>Depends on {@code scan} (its report types), {@code walk} and {@code
 * format.athena}'s column rules (for the view), and the AWS SDK's Athena client; nothing here parses models.
 */
package io.github.cloudtrailschema.athena;

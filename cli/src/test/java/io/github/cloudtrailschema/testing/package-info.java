/**
 * Test support: CLI runs and their outcome, golden files, fixture models, an S3 server on loopback,
 * the real records the fidelity tests measure on (the shared corpus or its committed subset), the
 * programs some tests drive found on the machine, and skips that say on stderr what is missing.
 * Packaged as the CLI's test jar for the Spark job's tests.
 */
package io.github.cloudtrailschema.testing;

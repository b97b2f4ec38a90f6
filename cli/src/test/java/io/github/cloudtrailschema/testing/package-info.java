/** Test support: in-process CLI runs, golden files, fixture models, an S3 server on loopback. */
package io.github.cloudtrailschema.testing;

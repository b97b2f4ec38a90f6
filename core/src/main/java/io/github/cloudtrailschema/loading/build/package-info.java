/**
 * Build-time compilation of the embedded catalogue: reads the C2J models of {@code
 * com.amazonaws:aws-java-sdk-models} and the S3 classes of the AWS SDK for Java v2, and writes the
 * compact form that {@code ModelCatalog.embedded()} reads. Run by Maven in the {@code
 * process-classes} phase; never at run time.
 */
package io.github.cloudtrailschema.loading.build;

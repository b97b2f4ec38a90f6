/**
 * {@code scan}'s inventory and field discovery as a Spark job, for log trees too large for one
 * machine: the driver lists the inputs through Hadoop's FileSystem (pruned as {@code scan} prunes),
 * executors read each file with the scan library's own reader into a {@link
 * io.github.cloudtrailschema.scan.PartialScan}, and the pieces merge into the report {@code scan
 * --format json} prints.
 *
 * <p>Allowed dependencies: the scan library ({@code scan}, and {@code render}/{@code check} for the
 * report and the schema's explanations), Spark's Java RDD API and Hadoop's FileSystem. {@code
 * System.out} only in {@link io.github.cloudtrailschema.spark.InventoryJob#main}.
 */
package io.github.cloudtrailschema.spark;

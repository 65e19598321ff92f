/**
 * Runs that outgrow one machine, on Apache Spark: batches of jobs ({@code discover batch}), parameter sweeps
 * ({@code discover sweep}), in local mode by default or on a cluster. The only package of the project that
 * imports Spark.
 */
package dev.discover.distributed;

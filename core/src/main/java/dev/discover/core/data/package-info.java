/**
 * Equations and invariants from data, the API types: trajectories ({@link dev.discover.core.data.Trajectory},
 * {@link dev.discover.core.data.TrajectoryData}) and their CSV format ({@link dev.discover.core.data.TrajectoryCsv},
 * read through {@link dev.discover.io.Csv}); the options and immutable results of simulation, equation
 * identification (SINDy) and invariants; and {@link dev.discover.core.data.InvariantFinder}, which finds
 * functions of the state that stay constant along every trajectory. Start from
 * {@link dev.discover.core.Discovery}; the implementations live in {@code dev.discover.core.data.internal}.
 */
package dev.discover.core.data;

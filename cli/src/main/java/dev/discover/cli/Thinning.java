package dev.discover.cli;

import java.util.HashSet;
import java.util.Set;

/**
 * Thinning of series to the pixel resolution of a figure, in place: what cannot be seen is not written. A
 * polyline keeps, for each run of points in the same pixel column, the first, lowest, highest and last point
 * (the min-max decimation of plotting programs), so peaks survive; of markers that would cover the same few
 * pixels, one is kept.
 */
final class Thinning {
  private Thinning() {}

  /** Thins a polyline of {@code n} points (x0 y0 x1 y1 ...); returns the number kept at the front of {@code xy}. */
  static int polyline(double[] xy, int n) {
    int out = 0, i = 0;
    while (i < n) {
      long column = Math.round(xy[2 * i]);
      int j = i, lo = i, hi = i;
      while (j + 1 < n && Math.round(xy[2 * j + 2]) == column) {
        j++;
        if (xy[2 * j + 1] < xy[2 * lo + 1]) lo = j;
        if (xy[2 * j + 1] > xy[2 * hi + 1]) hi = j;
      }
      int[] keep = {i, Math.min(lo, hi), Math.max(lo, hi), j};
      int prev = -1;
      for (int k : keep) {
        if (k == prev) continue;
        xy[2 * out] = xy[2 * k];
        xy[2 * out + 1] = xy[2 * k + 1];
        out++;
        prev = k;
      }
      i = j + 1;
    }
    return out;
  }

  /**
   * Keeps one marker per square of {@code cell} pixels (markers a little larger than the cell overlap anyway);
   * returns the number kept at the front of {@code xy}.
   */
  static int points(double[] xy, int n, double cell) {
    Set<Long> seen = new HashSet<>();
    int out = 0;
    for (int i = 0; i < n; i++) {
      long key = (long) Math.floor(xy[2 * i] / cell) * 1_000_003L + (long) Math.floor(xy[2 * i + 1] / cell);
      if (!seen.add(key)) continue;
      xy[2 * out] = xy[2 * i];
      xy[2 * out + 1] = xy[2 * i + 1];
      out++;
    }
    return out;
  }
}

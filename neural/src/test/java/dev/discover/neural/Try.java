package dev.discover.neural;

import java.nio.file.Path;

public class Try {
  public static void main(String[] a) throws Exception {
    Path p = Path.of("/work/shared/feynman/FeynmanEquations.csv");
    long lim = Long.parseLong(a.length > 1 ? a[1] : "20000");
    double noise = a.length > 2 ? Double.parseDouble(a[2]) : 0;
    for (String id : a[0].split(",")) {
      FeynmanData d = FeynmanData.find(p, id);
      Dataset ds = d.sample(1000, noise, 1);
      FormulaResult r = FormulaSearch.run(ds, FormulaOptions.defaults().withTimeLimitMillis(lim), s -> System.err.println("  " + s));
      for (Candidate c : r.pareto()) System.out.println("     P " + c.complexity() + " " + c.rmse() + " " + c.pretty());
      System.out.println(id + " | truth " + d.formula() + "\n   found " + r.best().pretty() + "  rmse=" + r.best().rmse()
          + " rel=" + r.best().rmse() / r.targetRms() + " cx=" + r.best().complexity() + " t=" + r.elapsedMillis());
    }
  }
}

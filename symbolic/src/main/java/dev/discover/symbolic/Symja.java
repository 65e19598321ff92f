package dev.discover.symbolic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matheclipse.core.eval.ExprEvaluator;

/**
 * The only door to Symja: simplification, factoring, differentiation and LaTeX.
 *
 * <p>Symja's {@code ExprEvaluator} is not thread-safe and binds its engine to the thread that created it, so
 * every call runs on one private daemon thread and is awaited with a timeout; a timeout or a Symja failure
 * throws {@link ExprException}, never returns Symja's {@code $Aborted}. Names are mangled to {@code vvN}
 * before Symja sees them, so user names such as {@code E}, {@code I}, {@code N}, {@code D}, {@code Pi} or
 * {@code O} never meet Symja's built-ins. Only expressions that passed {@link ExprParser} (and so call only
 * whitelisted functions) reach Symja.
 */
public final class Symja {
  /** The worker thread and its evaluator; replaced after a timeout, since Symja may ignore interruption. */
  private record Worker(ExecutorService executor, Future<ExprEvaluator> evaluator) {
    static Worker start() {
      ExecutorService ex = Executors.newSingleThreadExecutor(r -> {
        // Symja recurses over the expression tree: a large stack (reserved, not committed) keeps deep but
        // legal expressions (up to Limits.DEPTH) from ending in StackOverflowError.
        Thread t = new Thread(null, r, "symja", 512L << 20);
        t.setDaemon(true);
        return t;
      });
      return new Worker(ex, ex.submit(Symja::quietEvaluator));
    }
  }

  /**
   * The Symja functions {@link #rewrite} may apply: each rewrites an expression into an equal one, except
   * {@code PowerExpand}, which is exact only where the bases it splits are positive.
   */
  public static final Set<String> REWRITES = Set.of("Simplify", "FullSimplify", "Together",
      "Cancel", "Expand", "ExpandAll", "Factor", "Apart", "PowerExpand", "TrigToExp", "TrigExpand", "TrigReduce");

  private static volatile Worker worker;
  private static final Pattern MANGLED = Pattern.compile("\\bvv(\\d+)\\b");
  private static final Map<String, String> FROM_SYMJA = Map.ofEntries(
      Map.entry("Sin", "sin"), Map.entry("Cos", "cos"), Map.entry("Tan", "tan"), Map.entry("Exp", "exp"),
      Map.entry("Log", "log"), Map.entry("Sqrt", "sqrt"), Map.entry("Abs", "abs"), Map.entry("Sinh", "sinh"),
      Map.entry("Cosh", "cosh"), Map.entry("Tanh", "tanh"), Map.entry("ArcSin", "asin"),
      Map.entry("ArcCos", "acos"), Map.entry("ArcTan", "atan"));
  private static final Pattern SYMJA_CALL = Pattern.compile("\\b([A-Z][A-Za-z]*)\\(");

  static {
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
    System.setProperty("log4j2.level", "OFF");
    // Starts Symja in the background at class load: its first evaluation costs about a second.
    worker = Worker.start();
  }

  /**
   * An evaluator whose engine prints nothing: Symja writes messages such as "InputForm: null." to standard
   * output by default, which would land inside our JSON.
   */
  private static ExprEvaluator quietEvaluator() {
    java.io.PrintStream sink = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    ExprEvaluator ev = new ExprEvaluator();
    org.matheclipse.core.eval.EvalEngine engine = ev.getEvalEngine();
    engine.setOutPrintStream(sink);
    engine.setErrorPrintStream(sink);
    engine.setQuietMode(true);
    return ev;
  }

  private Symja() {}

  /** Starts Symja in the background, so that a later call does not pay for its start-up. */
  public static void warmUp() { worker.evaluator().isDone(); }

  /**
   * Waits until Symja has started (its first start costs about a second, far more on a loaded machine), so
   * that the timeouts of later calls measure only their own work.
   *
   * @throws ExprException when Symja has not started within the limit or failed to start
   */
  public static void awaitStart(long timeoutMillis) {
    try {
      worker.evaluator().get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new ExprException("Symja did not start within " + timeoutMillis + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExprException("interrupted");
    } catch (ExecutionException e) {
      throw new ExprException("Symja failed to start: " + e.getCause());
    }
  }

  /** Names and their mangled forms for one expression. */
  private static final class Mangling {
    final List<String> names = new ArrayList<>();
    final Map<String, Expr> toMangled = new HashMap<>();

    Mangling(Expr e) {
      for (String n : Exprs.names(e)) {
        toMangled.put(n, Expr.sym("vv" + names.size()));
        names.add(n);
      }
    }

    String in(Expr e) { return toSymja(Exprs.substitute(e, toMangled)); }

    Expr out(String symja) { return out(symja, false); }

    /**
     * Symja's answer as our expression; with {@code extended}, functions and constants outside the grammar
     * ({@link SymjaForms}) are rewritten into it instead of failing.
     */
    Expr out(String symja, boolean extended) {
      Matcher m = SYMJA_CALL.matcher(symja);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        String f = FROM_SYMJA.getOrDefault(m.group(1), extended ? SymjaForms.NAMES.get(m.group(1)) : null);
        if (f == null) throw new ExprException("Symja returned a function outside the grammar: " + m.group(1));
        m.appendReplacement(sb, f + "(");
      }
      m.appendTail(sb);
      Expr parsed = eulerToExp(ExprParser.parse(sb.toString(), extended ? SymjaForms.EXTENSIONS : Map.of()));
      if (extended) parsed = SymjaForms.constants(parsed);
      Map<String, Expr> back = new HashMap<>();
      for (int i = 0; i < names.size(); i++) back.put("vv" + i, Expr.sym(names.get(i)));
      for (String n : Exprs.names(parsed)) {
        if (!back.containsKey(n)) throw new ExprException("Symja returned an unexpected symbol " + n);
      }
      return Exprs.substitute(parsed, back);
    }
  }

  /** Symja writes exp(x) as E^x and e as E: back to exp, so the result stays in our grammar. */
  static Expr eulerToExp(Expr e) {
    if (e instanceof Expr.Sym s && s.name().equals("E")) return new Expr.Call("exp", Expr.num(1));
    if (e instanceof Expr.Bin b && b.op() == '^' && b.left() instanceof Expr.Sym s && s.name().equals("E")) {
      return new Expr.Call("exp", eulerToExp(b.right()));
    }
    if (e instanceof Expr.Bin b) return new Expr.Bin(b.op(), eulerToExp(b.left()), eulerToExp(b.right()));
    if (e instanceof Expr.Neg n) return new Expr.Neg(eulerToExp(n.arg()));
    if (e instanceof Expr.Call c) return new Expr.Call(c.function(), eulerToExp(c.arg()));
    return e;
  }

  /** Our syntax to Symja's: functions capitalised, inverse trigonometric ones renamed. */
  static String toSymja(Expr e) {
    String s = Exprs.print(e);
    Matcher m = Pattern.compile("\\b(sin|cos|tan|exp|log|sqrt|abs|sinh|cosh|tanh|asin|acos|atan)\\(").matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String f = m.group(1);
      String g = switch (f) {
        case "asin" -> "ArcSin";
        case "acos" -> "ArcCos";
        case "atan" -> "ArcTan";
        default -> Character.toUpperCase(f.charAt(0)) + f.substring(1);
      };
      m.appendReplacement(sb, g + "(");
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String run(String command, long timeoutMillis) {
    return await(() -> {
      String s = current().eval(command).toString();
      if (s.contains("$Aborted") || s.equals("Null")) throw new ExprException("Symja gave up on " + command);
      return s;
    }, timeoutMillis);
  }

  /** The evaluator of the current worker; called on that worker's thread. */
  private static ExprEvaluator current() throws Exception { return worker.evaluator().get(); }

  /** Runs a job on the Symja thread and waits for it; failures and timeouts become {@link ExprException}. */
  private static <T> T await(java.util.concurrent.Callable<T> job, long timeoutMillis) {
    Worker w = worker;
    Future<T> f = w.executor().submit(job);
    try {
      return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      // The old thread may still be busy: later calls get a fresh one.
      synchronized (Symja.class) {
        if (worker == w) {
          w.executor().shutdownNow();
          worker = Worker.start();
        }
      }
      throw new ExprException("Symja took longer than " + timeoutMillis + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExprException("interrupted");
    } catch (ExecutionException e) {
      throw new ExprException("Symja failed: " + e.getCause());
    }
  }

  /** Applies a Symja function (Factor, Simplify, Expand, Together, ...) and returns the result. */
  public static Expr apply(String function, Expr e, long timeoutMillis) {
    Mangling m = new Mangling(e);
    return m.out(run("InputForm(" + function + "(" + m.in(e) + "))", timeoutMillis));
  }

  /**
   * Applies Symja functions to an expression, innermost first: steps {@code [Together, Simplify]} compute
   * {@code Simplify(Together(e))}. {@code Simplify} and {@code FullSimplify} are told that the names of
   * {@code positive} that {@code e} mentions are real and greater than zero. Only the functions of
   * {@link #REWRITES} are accepted. Note that {@code PowerExpand} expands {@code sqrt(a^2)}, {@code (a*b)^c}
   * and {@code log(a*b)} as if every base were positive, whatever the assumptions say: the caller must know
   * that the bases are positive.
   *
   * @return Symja's result as text in Symja's syntax with our names restored; it may use Symja functions
   *     outside our grammar ({@code Csc}, {@code E^x}), so it is meant for comparison ({@code "0"}) and
   *     messages, not for parsing
   * @throws ExprException on a timeout, a Symja failure or a step outside {@link #REWRITES}
   */
  public static String rewrite(Expr e, List<String> steps, Set<String> positive, long timeoutMillis) {
    Mangling m = new Mangling(e);
    StringBuilder assume = new StringBuilder();
    for (int i = 0; i < m.names.size(); i++) {
      if (!positive.contains(m.names.get(i))) continue;
      assume.append(assume.length() == 0 ? "" : " && ").append("vv").append(i).append(">0");
    }
    String command = m.in(e);
    for (String f : steps) {
      if (!REWRITES.contains(f)) throw new ExprException("unknown rewrite " + f + "; expected one of " + REWRITES);
      boolean assumes = assume.length() > 0 && (f.equals("Simplify") || f.equals("FullSimplify"));
      command = f + "(" + command + (assumes ? ", " + assume : "") + ")";
    }
    String out = run("InputForm(" + command + ")", timeoutMillis);
    Matcher mm = MANGLED.matcher(out);
    StringBuilder sb = new StringBuilder();
    while (mm.find()) mm.appendReplacement(sb, Matcher.quoteReplacement(m.names.get(Integer.parseInt(mm.group(1)))));
    mm.appendTail(sb);
    return sb.toString().trim();
  }

  /**
   * The partial derivative of an expression with respect to a name: Symja's, brought back into the grammar
   * ({@code Cot}, {@code Csc} and the like rewritten through sin and cos), or where Symja's answer cannot be
   * brought back ({@code Hold}, {@code Indeterminate}) or Symja fails or times out, {@link Derivative}'s.
   */
  public static Expr derivative(Expr e, String name, long timeoutMillis) {
    Mangling m = new Mangling(e);
    if (!m.names.contains(name)) return Expr.num(0);
    String v = "vv" + m.names.indexOf(name);
    try {
      return m.out(run("InputForm(D(" + m.in(e) + "," + v + "))", timeoutMillis), true);
    } catch (ExprException failed) {
      return Derivative.of(e, name);
    }
  }

  /**
   * The numeric integral of f over [a, b] in the named variable, by Symja's NIntegrate (which runs Hipparchus
   * quadrature underneath).
   */
  public static double integrate(Expr f, String variable, double a, double b, long timeoutMillis) {
    Mangling m = new Mangling(f);
    String v = m.names.contains(variable) ? "vv" + m.names.indexOf(variable) : "vvx";
    String command = "NIntegrate(" + m.in(f) + ",{" + v + "," + a + "," + b + "})";
    return await(() -> current().eval(command).evalDouble(), timeoutMillis);
  }

  /** LaTeX for an expression, names written as LaTeX symbols (x11 as x_{11}, lambda as \lambda). */
  public static String latex(Expr e, long timeoutMillis) {
    Mangling m = new Mangling(e);
    String tex = run("TeXForm(" + m.in(e) + ")", timeoutMillis);
    Matcher mm = MANGLED.matcher(tex);
    StringBuilder sb = new StringBuilder();
    while (mm.find()) mm.appendReplacement(sb, Matcher.quoteReplacement(Latex.name(m.names.get(Integer.parseInt(mm.group(1))))));
    mm.appendTail(sb);
    return sb.toString().trim();
  }
}

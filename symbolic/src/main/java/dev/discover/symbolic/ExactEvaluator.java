package dev.discover.symbolic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates rational expressions exactly in a {@link Field}: over the rationals, or modulo a prime. Function
 * calls (sin, log, ...) have no exact value and are rejected with {@link ExprException}.
 *
 * <p>Instances can be shared between threads and should be reused: they cache the images of constants.
 *
 * @param <T> the field's element type
 */
public final class ExactEvaluator<T> {
  private final Field<T> field;
  private final Map<String, Integer> index = new HashMap<>();
  /** Images of the constants, computed once: a rational's residue costs a modular inversion. */
  private final Map<Expr.Num, T> constants = new java.util.concurrent.ConcurrentHashMap<>();

  /** An evaluator over the given slots: {@code values[i]} is the value of {@code names.get(i)}. */
  public ExactEvaluator(Field<T> field, List<String> names) {
    this.field = field;
    for (int i = 0; i < names.size(); i++) index.put(names.get(i), i);
  }

  /** The field this evaluator computes in. */
  public Field<T> field() { return field; }

  /** Evaluates; throws ArithmeticException on division by zero. {@code values} is not modified. */
  public T eval(Expr e, T[] values) {
    if (e instanceof Expr.Num n) return constants.computeIfAbsent(n, k -> field.of(k.value()));
    if (e instanceof Expr.Sym s) {
      Integer i = index.get(s.name());
      if (i == null) throw new ExprException("unknown name '" + s.name() + "'");
      return values[i];
    }
    if (e instanceof Expr.Neg n) return field.neg(eval(n.arg(), values));
    if (e instanceof Expr.Call c) throw new ExprException(c.function() + "(...) has no exact value");
    Expr.Bin b = (Expr.Bin) e;
    T l = eval(b.left(), values);
    if (b.op() == '^') {
      java.util.OptionalInt ko = Exprs.integerExponent(b.right());
      if (ko.isEmpty()) throw new ExprException("a non-integer power has no exact value: " + Exprs.print(b));
      int k = ko.getAsInt();
      return field.pow(l, k);
    }
    T r = eval(b.right(), values);
    switch (b.op()) {
      case '+': return field.add(l, r);
      case '-': return field.sub(l, r);
      case '*': return field.mul(l, r);
      default: return field.div(l, r);
    }
  }
}

package dev.discover.core.pde;

/**
 * Conserved densities and fluxes of evolution PDEs u_t = K(u, u_x, ...), exact. For each rank (scaling
 * weight) the candidates are the differential monomials modulo divergences; a density rho is conserved when
 * the Euler operator of D_t rho vanishes, a linear condition on its coefficients solved exactly; the flux J
 * inverts the divergence, and D_t rho + Div J = 0 is checked as a polynomial identity. The method is
 * Hereman's (Hereman, Adams, Eklund, Hickman, Deconinck, "Direct methods and symbolic software for
 * conservation laws of nonlinear equations", 2009; Goktas and Hereman, J. Symbolic Comput. 24, 1997).
 */
public final class PdeLaws {
  private PdeLaws() {}

  /** Finds the conserved densities of a PDE system; throws {@code InputException} for bad input. */
  public static PdeResult find(PdeSpec spec) { return new DensitySearch(new Setup(spec)).run(); }
}

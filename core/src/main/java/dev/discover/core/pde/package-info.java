/**
 * The PDE route: conserved densities, fluxes and, with symbolic parameters, the conditions under which extra
 * densities exist, for systems of evolution equations in one or more space variables. Entry points:
 * {@link dev.discover.core.pde.PdeFile} (system files with {@code "kind": "pde"}) and
 * {@link dev.discover.core.pde.PdeLaws}.
 */
package dev.discover.core.pde;

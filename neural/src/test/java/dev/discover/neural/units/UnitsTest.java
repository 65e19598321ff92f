package dev.discover.neural.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitsTest {
  @TempDir Path dir;

  static Units feynman() throws IOException {
    return Units.read(Path.of("src/test/resources/units/feynman-units.csv"));
  }

  @Test
  void read_feynmanTable_givesChargeAsJoulePerVolt() throws IOException {
    Units u = feynman();
    assertEquals(Units.FEYNMAN_BASES, u.bases());
    assertEquals(120, u.table().size());
    assertEquals(Dimension.ofInts(2, -2, 1, 0, -1), u.of("q").orElseThrow());
    assertEquals("m^2 s^-2 kg V^-1", u.of("q").orElseThrow().format(u.bases()));
    assertEquals("1", u.of("theta").orElseThrow().format(u.bases()));
  }

  @Test
  void read_badExponent_namesFileLineAndField() throws IOException {
    Path f = dir.resolve("u.csv");
    Files.writeString(f, "variable,m,s\nx,1,0\ny,1,two\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Units.read(f));
    assertTrue(e.getMessage().startsWith(f + ": line 3: field 's' of 'y'"), e.getMessage());
  }

  @Test
  void read_wrongFieldCountOrHeader_isRejected() throws IOException {
    Path f = dir.resolve("u.csv");
    Files.writeString(f, "variable,m,s\nx,1\n");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Units.read(f)).getMessage().contains("line 2: expected 3 fields"));
    Files.writeString(f, "name,m,s\nx,1,0\n");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Units.read(f)).getMessage().contains("header"));
    Files.writeString(f, "variable,m\nx,1\nx,2\n");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Units.read(f)).getMessage().contains("twice"));
  }

  @Test
  void with_unitSpec_acceptsIntegersFractionsAndDecimals() {
    Units u = Units.empty(Units.FEYNMAN_BASES).with("r=1,0,0,0,0").with("w=1/2,-0.5,0,0,0");
    assertEquals(Dimension.ofInts(1, 0, 0, 0, 0), u.of("r").orElseThrow());
    assertEquals(Dimension.of(new BigFraction(1, 2), new BigFraction(-1, 2), BigFraction.ZERO, BigFraction.ZERO,
        BigFraction.ZERO), u.of("w").orElseThrow());
  }

  @Test
  void with_badSpec_saysWhatWasExpected() {
    Units u = Units.empty(Units.FEYNMAN_BASES);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> u.with("r")).getMessage().contains("NAME=EXPONENTS"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> u.with("r=1,0")).getMessage().contains("expected 5 exponents"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> u.with("r=1,0,x,0,0")).getMessage().contains("exponent of kg"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> u.with("r=1/0,0,0,0,0")).getMessage().contains("exponent of m"));
  }
}

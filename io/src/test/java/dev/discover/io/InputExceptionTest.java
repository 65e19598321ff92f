package dev.discover.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One message format for every input error, with its parts readable separately. */
class InputExceptionTest {
  @Test
  void factories_writeSourceLinePlaceAndDetailInOneFormat() {
    assertEquals("s.json: field 'basis': is empty", InputException.at("s.json", "basis", "is empty").getMessage());
    assertEquals("s.json: no such file", InputException.at("s.json", null, "no such file").getMessage());
    assertEquals("d.csv:4: time 1 does not increase", InputException.atLine("d.csv", 4, "time 1 does not increase").getMessage());
    InputException e = InputException.atCell("d.csv", 3, "x", "expected a number, got 'a'");
    assertEquals("d.csv:3: column 'x': expected a number, got 'a'", e.getMessage());
    assertEquals("d.csv", e.source().orElseThrow());
    assertEquals(3, e.line().getAsInt());
    assertEquals("column 'x'", e.place().orElseThrow());
    assertEquals("expected a number, got 'a'", e.detail());
  }

  @Test
  void completeMessage_hasNoLocationParts() {
    InputException e = new InputException("--format: expected text or json");
    assertEquals(false, e.source().isPresent());
    assertEquals(false, e.line().isPresent());
    assertEquals("--format: expected text or json", e.detail());
  }
}

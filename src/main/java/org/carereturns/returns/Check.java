package org.carereturns.returns;

/** A cross-table check of a return: Pass or Fail, with the figures behind it. */
public record Check(String id, String description, boolean passed, String figures) {
}

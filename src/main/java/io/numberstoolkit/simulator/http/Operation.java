package io.numberstoolkit.simulator.http;

/** The six endpoints of the numbers API. */
enum Operation {
  LIST,
  SHOW,
  SEARCH,
  CREATE,
  UPDATE,
  DELETE
}

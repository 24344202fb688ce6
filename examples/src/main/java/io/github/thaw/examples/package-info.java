/** Runnable examples of the Thaw API, each compiled and run by a test. */
package io.github.thaw.examples;

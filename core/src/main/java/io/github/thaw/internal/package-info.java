/**
 * The foundation: primitive-array graph and timeline views, edit distance and SplitMix64 seeding,
 * shared by every Thaw package and importing none of them. {@link
 * io.github.thaw.internal.SharedSecrets} is the one access hatch through which API classes hand
 * these views to the library's engines. Not exported and not API: it may change in any release.
 */
package io.github.thaw.internal;

/**
 * Implementation details shared by Thaw's packages: primitive-array graph and timeline views. Not
 * exported and not API: it may change in any release.
 */
package io.github.thaw.internal;
